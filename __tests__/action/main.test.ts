// The orchestration, driven through its collaborators: a command that "runs tests" by writing
// snapshots, the in-memory GitHub port, a recording artifact store and Actions toolkit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { run, type Deps } from '../../src/action/main.js';
import { readSnapshotDirectory } from '../../src/shared/files.js';
import { artifactName } from '../../src/action/artifact-names.js';
import { snapshotOf, linear, type SeriesSpec } from '../helpers/snapshots.js';
import { MemoryGitHub, HttpError, workflowRun } from './support/memory-github.js';
import { buildZip, deflated } from './support/zip-builder.js';
import { report, testResult } from '../helpers/report-builder.js';

const leaking: SeriesSpec = {
  id: 'tests/test_cache.py::test_remember',
  traced: linear(8, 100_000, 50_000),
  sites: [{ file: 'app/cache.py', line: 12, function: 'remember', code: 'CACHE.append(item)', sizes: linear(8, 0, 50_000) }],
};
const clean: SeriesSpec = { id: 'tests/test_cache.py::test_get', traced: linear(8, 100_000, 0) };

interface Recorder {
  failed: string[];
  warnings: string[];
  errors: string[];
  outputs: Record<string, string>;
  summaries: string[];
  uploads: { name: string; files: string[]; root: string }[];
}

async function setup(options: { specs: SeriesSpec[]; exitCode?: number; inputs?: Record<string, string>; payload?: object; eventName?: string; github?: MemoryGitHub }) {
  const workspace = await mkdtemp(join(tmpdir(), 'memleak-main-'));
  const eventPath = join(workspace, 'event.json');
  await writeFile(eventPath, JSON.stringify(options.payload ?? { pull_request: { number: 7, head: { sha: 'head-sha' }, base: { sha: 'base-sha' } }, repository: { default_branch: 'main' } }));
  const github = options.github ?? new MemoryGitHub();
  github.runs.push(workflowRun({ id: 500, event: options.eventName ?? 'pull_request', headBranch: 'feature', createdAt: '2026-11-21T08:00:00Z' }));
  const recorder: Recorder = { failed: [], warnings: [], errors: [], outputs: {}, summaries: [], uploads: [] };
  const inputs: Record<string, string> = { command: 'pytest', 'github-token': 'ghs_x', ...options.inputs };
  const deps: Deps = {
    core: {
      getInput: (name) => inputs[name] ?? '',
      info: () => {},
      warning: (message) => recorder.warnings.push(message),
      error: (message) => recorder.errors.push(message),
      group: (_name, body) => body(),
      setOutput: (name, value) => (recorder.outputs[name] = String(value)),
      setFailed: (message) => recorder.failed.push(message),
      debug: () => {},
      writeSummary: async (markdown) => void recorder.summaries.push(markdown),
    },
    env: {
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '500',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'leaks',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: 'merge-sha',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: workspace,
    },
    github: () => github,
    artifacts: {
      upload: async (name, files, root) => {
        recorder.uploads.push({ name, files, root });
        return { id: 4242 };
      },
    },
    collector: {
      environment: ({ snapshotDir }) => ({ MEMLEAK_SNAPSHOT_DIR: snapshotDir }),
      readSnapshots: readSnapshotDirectory,
    },
    runCommand: async (_command, { env }) => {
      const dir = env.MEMLEAK_SNAPSHOT_DIR!;
      await mkdir(dir, { recursive: true });
      for (const spec of options.specs) await writeFile(join(dir, `${spec.id.replace(/\W+/g, '_')}.json`), JSON.stringify(snapshotOf(spec)));
      return options.exitCode ?? 0;
    },
    now: () => new Date('2026-11-21T09:00:00Z'),
    toolVersion: '0.1.0',
  };
  return { deps, github, recorder, workspace, cleanup: () => rm(workspace, { recursive: true, force: true }) };
}

test('a pull request that adds a leak without a baseline: fails, says why, and publishes everywhere', async () => {
  const { deps, github, recorder, cleanup } = await setup({ specs: [leaking, clean] });
  await run(deps);
  assert.equal(recorder.failed.length, 1);
  assert.match(recorder.failed[0]!, /1 new or regressed leak/);
  assert.deepEqual({ ...recorder.outputs, report: undefined }, { status: 'fail', leaks: '1', 'new-leaks': '1', 'artifact-id': '4242', 'comment-url': 'https://github.com/acme/shop/pull/7#issuecomment-1001', report: undefined });
  const saved = JSON.parse(await readFile(recorder.outputs.report!, 'utf8'));
  assert.equal(saved.status, 'fail');
  assert.equal(recorder.uploads[0]?.name, artifactName('', 'leaks', 1));
  assert.deepEqual(recorder.uploads[0]?.files.map((file) => file.slice(recorder.uploads[0]!.root.length + 1)).sort(), ['report.html', 'report.json', 'report.md', 'snapshots/tests_test_cache_py_test_get.json', 'snapshots/tests_test_cache_py_test_remember.json']);
  const comment = github.comments[0]!;
  assert.match(comment.body, /\*\*No baseline:\*\*/);
  assert.ok(comment.body.includes('[app/cache.py:12](https://github.com/acme/shop/blob/head-sha/app/cache.py#L12)'));
  assert.ok(comment.body.includes('<!-- memleak-action:comment workflow=CI key= -->'));
  const check = github.checkRuns[0]!;
  assert.equal(check.headSha, 'head-sha');
  assert.equal(check.conclusion, 'failure');
  assert.deepEqual(check.outputs[0]?.annotations?.map((annotation) => `${annotation.path}:${annotation.start_line}`), ['app/cache.py:12']);
  assert.equal(recorder.summaries.length, 1);
  assert.match(recorder.summaries[0]!, /tests\/test&#95;cache.py::test&#95;get/, 'the job summary lists every test');
  await cleanup();
});

test('a failing test command fails the report whatever fail-on says, and the snapshots it wrote are still analysed', async () => {
  const { deps, recorder, cleanup } = await setup({ specs: [clean], exitCode: 3, inputs: { 'fail-on': 'never' } });
  await run(deps);
  assert.match(recorder.errors[0] ?? '', /The test command exited with code 3/);
  assert.equal(recorder.failed.length, 1, 'one failure, not the command twice');
  assert.match(recorder.failed[0]!, /^memleak: tests failed: the test command exited with status 3/);
  assert.equal(recorder.outputs.status, 'fail');
  assert.match(recorder.summaries[0] ?? '', /🔴 memleak: failed — the test command failed \(exit status 3\)/);
  assert.doesNotMatch(recorder.summaries[0] ?? '', /passed/);
  await cleanup();
});

test('a read-only token: the verdict, artifact and job summary still happen; publishing becomes one warning', async () => {
  const github = new MemoryGitHub();
  github.writeError = new HttpError(403, 'Resource not accessible by integration');
  const { deps, recorder, cleanup } = await setup({ specs: [leaking], github, inputs: { 'fail-on': 'never' } });
  await run(deps);
  assert.deepEqual(recorder.failed, []);
  assert.equal(recorder.warnings.length, 1);
  assert.match(recorder.warnings[0]!, /check run: Resource not accessible by integration\. The token cannot do this: grant `checks: write`/);
  assert.match(recorder.warnings[0]!, /pull-request comment: .*grant `pull-requests: write`.*two-stage setup/);
  assert.equal(recorder.uploads.length, 1);
  assert.equal(recorder.summaries.length, 1);
  assert.equal(recorder.outputs.leaks, '1');
  await cleanup();
});

test('no snapshots at all fails the step with a hint, never a silent pass', async () => {
  const { deps, recorder, cleanup } = await setup({ specs: [] });
  await run(deps);
  assert.match(recorder.failed[0] ?? '', /No leak test was measured/);
  await cleanup();
});

test('invalid inputs fail before the command runs', async () => {
  const { deps, recorder, cleanup } = await setup({ specs: [leaking], inputs: { 'fail-on': 'sometimes' } });
  let ran = false;
  deps.runCommand = async () => ((ran = true), 0);
  await run(deps);
  assert.equal(ran, false);
  assert.match(recorder.failed[0] ?? '', /fail-on: "sometimes" is not one of/);
  await cleanup();
});

test('publish mode judges the recorded snapshots itself and ignores the recorded report; numbers come from the event', async () => {
  const github = new MemoryGitHub();
  const forged = report([testResult({ id: leaking.id, verdict: 'ok' })]);
  github.artifacts.set(600, [{ id: 61, name: artifactName('', 'leaks', 1), sizeInBytes: 100, expired: false, createdAt: null, runId: 600 }]);
  github.zips.set(61, zipSync({ 'report.json': strToU8(JSON.stringify(forged)), 'snapshots/a.json': strToU8(JSON.stringify(snapshotOf(leaking))) }));
  const payload = {
    workflow_run: { id: 600, workflow_id: 77, head_sha: 'fork-head', event: 'pull_request', pull_requests: [{ number: 9, head: { sha: 'fork-head' }, base: { sha: 'base-sha' } }] },
    repository: { default_branch: 'main' },
  };
  const { deps, recorder, cleanup } = await setup({ specs: [], github, payload, eventName: 'workflow_run', inputs: { mode: 'publish', command: '' } });
  await run(deps);
  assert.match(recorder.failed[0] ?? '', /new or regressed leak/);
  assert.equal(github.comments[0]?.issueNumber, 9);
  assert.equal(github.checkRuns[0]?.headSha, 'fork-head');
  assert.equal(recorder.uploads.length, 0, 'the publisher uploads nothing: it can never write a baseline');
  await cleanup();
});

test('publish mode: an artifact that holds no usable snapshot fails the check on the pull request, never passes it', async () => {
  const github = new MemoryGitHub();
  github.artifacts.set(600, [{ id: 61, name: artifactName('', 'leaks', 1), sizeInBytes: 100, expired: false, createdAt: null, runId: 600 }]);
  github.zips.set(61, zipSync({ 'snapshots/a.json': strToU8('{') }));
  const payload = {
    workflow_run: { id: 600, workflow_id: 77, head_sha: 'fork-head', event: 'pull_request', pull_requests: [{ number: 9, head: { sha: 'fork-head' }, base: { sha: 'base-sha' } }] },
    repository: { default_branch: 'main' },
  };
  const { deps, recorder, cleanup } = await setup({ specs: [], github, payload, eventName: 'workflow_run', inputs: { mode: 'publish', command: '' } });
  await run(deps);
  assert.match(recorder.failed[0] ?? '', /holds no snapshots/);
  assert.equal(github.checkRuns[0]?.conclusion, 'failure');
  assert.equal(github.checkRuns[0]?.headSha, 'fork-head');
  await cleanup();
});

test('publish mode: a zip-bomb snapshot in a fork\'s artifact is refused by name and the other snapshots are still judged', async () => {
  const github = new MemoryGitHub();
  github.artifacts.set(600, [{ id: 61, name: artifactName('', 'leaks', 1), sizeInBytes: 100, expired: false, createdAt: null, runId: 600 }]);
  // Declares 100 bytes, inflates to 16 MiB (the demonstrated input was 1 GiB from a 1 MiB zip).
  github.zips.set(61, buildZip([deflated('snapshots/bomb.json', new Uint8Array(16 * 1024 * 1024), 100), deflated('snapshots/a.json', strToU8(JSON.stringify(snapshotOf(leaking))))]));
  const payload = {
    workflow_run: { id: 600, workflow_id: 77, head_sha: 'fork-head', event: 'pull_request', pull_requests: [{ number: 9, head: { sha: 'fork-head' }, base: { sha: 'base-sha' } }] },
    repository: { default_branch: 'main' },
  };
  const { deps, recorder, cleanup } = await setup({ specs: [], github, payload, eventName: 'workflow_run', inputs: { mode: 'publish', command: '' } });
  await run(deps);
  assert.match(recorder.failed[0] ?? '', /new or regressed leak/, 'the leaking snapshot was judged');
  const body = github.comments[0]?.body ?? '';
  assert.match(body, /recorded artifact memleak[^\n]* at \/snapshots\/bomb\.json: zip entry refused: it inflates to more than the 100 bytes its header declares/);
  await cleanup();
});

test('publish mode outside workflow_run says how it is meant to be used', async () => {
  const { deps, recorder, cleanup } = await setup({ specs: [], inputs: { mode: 'publish', command: '' } });
  await run(deps);
  assert.match(recorder.failed[0] ?? '', /mode "publish" runs on the workflow_run event/);
  await cleanup();
});

test('without actions: read the baseline cannot be searched: said in the comment and in one warning naming the permission', async () => {
  const github = new MemoryGitHub();
  github.getWorkflowRun = async () => {
    throw new HttpError(403, 'Resource not accessible by integration');
  };
  const { deps, recorder, cleanup } = await setup({ specs: [leaking], github });
  await run(deps);
  assert.match(recorder.warnings[0] ?? '', /could not read this workflow run \(Resource not accessible by integration\. The token cannot do this: grant `actions: read`/);
  assert.match(github.comments[0]?.body ?? '', /\*\*No baseline:\*\* This workflow run could not be looked up/);
  assert.match(recorder.failed[0] ?? '', /1 new or regressed leak/, 'without a baseline the leak counts as new');
  await cleanup();
});

test('an inconclusive test passes visibly: listed with its reason in the comment, check run and summary, with a notice on its file', async () => {
  // Three judged batches: fewer than min_batches (4), so inconclusive.
  const short: SeriesSpec = { id: 'tests/test_short.py::test_quick', traced: linear(3, 100_000, 0) };
  const { deps, github, recorder, cleanup } = await setup({ specs: [clean, short] });
  await run(deps);
  assert.deepEqual(recorder.failed, []);
  assert.deepEqual(recorder.warnings, ['memleak: no test leaks; 1 test(s) could not be judged (1 inconclusive: tests/test_short.py::test_quick); fail-on-inconclusive is off, so they do not fail the run']);
  assert.equal(recorder.outputs.status, 'pass');
  const check = github.checkRuns[0]!;
  assert.equal(check.conclusion, 'success');
  assert.equal(check.outputs[0]?.title, 'Passed, 1 inconclusive: no leaks in 2 tests');
  assert.deepEqual(check.outputs[0]?.annotations?.map((a) => [a.path, a.start_line, a.annotation_level, a.title]), [['tests/test_short.py', 1, 'notice', 'Leak test could not be judged (inconclusive)']]);
  assert.match(check.outputs[0]?.annotations?.[0]?.message ?? '', /^tests\/test_short\.py::test_quick: too short to decide: 3 judged batches/);
  for (const text of [check.outputs[0]!.summary, github.comments[0]!.body, recorder.summaries[0]!]) {
    assert.match(text, /^### 🟡 memleak: passed, 1 inconclusive — no leaks in 2 tests/);
    assert.match(text, /- inconclusive: tests\/test&#95;short.py::test&#95;quick: too short to decide: 3 judged batches, at least 4 are needed &#40;raise batches&#41;/);
  }
  await cleanup();
});

test('fail-on-inconclusive: true fails the step and the check run on an inconclusive test, with a failure annotation', async () => {
  const short: SeriesSpec = { id: 'tests/test_short.py::test_quick', traced: linear(3, 100_000, 0) };
  const { deps, github, recorder, cleanup } = await setup({ specs: [clean, short], inputs: { 'fail-on-inconclusive': 'true', comment: 'on-leak' } });
  await run(deps);
  assert.equal(recorder.failed.length, 1);
  assert.match(recorder.failed[0]!, /^memleak: 1 test\(s\) could not be judged \(1 inconclusive: tests\/test_short\.py::test_quick\) \(fail-on-inconclusive\)/);
  assert.equal(recorder.outputs.status, 'fail');
  const check = github.checkRuns[0]!;
  assert.equal(check.conclusion, 'failure');
  assert.equal(check.outputs[0]?.title, 'Failed, 1 inconclusive: no leaks in 2 tests');
  assert.equal(check.outputs[0]?.annotations?.[0]?.annotation_level, 'failure');
  assert.equal(github.comments.length, 1, 'comment "on-leak" is created for a run that fails without a leak too');
  await cleanup();
});

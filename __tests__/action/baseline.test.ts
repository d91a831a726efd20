// Baseline lookup from artifacts: which earlier run is chosen, what is refused, and that a
// missing or unusable baseline is always explained.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zipSync, strToU8 } from 'fflate';
import { ArtifactBaseline, type BaselineRequest } from '../../src/action/baseline.js';
import { artifactName } from '../../src/action/artifact-names.js';
import { MemoryGitHub, HttpError, workflowRun } from './support/memory-github.js';
import { report, testResult } from '../helpers/report-builder.js';

const request: BaselineRequest = { workflowId: 77, runId: 99, repository: 'acme/shop', defaultBranch: 'main', key: '', job: 'leaks' };
const goodZip = (id: string) => zipSync({ 'report.json': strToU8(JSON.stringify(report([testResult({ id })]))) });

function withArtifact(github: MemoryGitHub, runId: number, options: { name?: string; expired?: boolean; zip?: Uint8Array | HttpError } = {}) {
  const id = runId * 10;
  github.artifacts.set(runId, [...(github.artifacts.get(runId) ?? []), { id, name: options.name ?? artifactName('', 'leaks', 1), sizeInBytes: 100, expired: options.expired ?? false, createdAt: '2026-11-20T08:00:00Z', runId }]);
  github.zips.set(id, options.zip ?? goodZip(`from-run-${runId}`));
}

test('a pull request compares with the run of its base commit, even when newer runs exist', async () => {
  const github = new MemoryGitHub();
  github.runs = [workflowRun({ id: 1, headSha: 'base', createdAt: '2026-11-20T01:00:00Z' }), workflowRun({ id: 2, headSha: 'newer', createdAt: '2026-11-20T02:00:00Z' })];
  withArtifact(github, 1);
  withArtifact(github, 2);
  const result = await new ArtifactBaseline(github).fetch({ ...request, baseSha: 'base' });
  assert.equal(result.report?.tests[0]?.id, 'from-run-1');
  assert.equal(result.info.commit, 'base');
  assert.equal(result.info.run_url, 'https://github.com/acme/shop/actions/runs/1');
});

test('without a run at the base commit, the newest default-branch push run with an artifact for this key and job is used', async () => {
  const github = new MemoryGitHub();
  github.runs = [
    workflowRun({ id: 1, createdAt: '2026-11-20T01:00:00Z' }),
    workflowRun({ id: 2, createdAt: '2026-11-20T02:00:00Z', conclusion: 'failure' }),
    workflowRun({ id: 3, createdAt: '2026-11-20T03:00:00Z' }), // uploaded for another key only
    workflowRun({ id: 4, createdAt: '2026-11-20T04:00:00Z', headRepository: 'mallory/shop' }), // not this repository
    workflowRun({ id: 5, createdAt: '2026-11-20T04:30:00Z', headRepository: null }), // head repository unknown
    workflowRun({ id: 99, createdAt: '2026-11-20T05:00:00Z' }), // this run
  ];
  withArtifact(github, 1);
  withArtifact(github, 2, { name: artifactName('', 'leaks', 2) });
  withArtifact(github, 3, { name: artifactName('linux', 'leaks', 1) });
  withArtifact(github, 4);
  withArtifact(github, 5);
  withArtifact(github, 99);
  const result = await new ArtifactBaseline(github).fetch({ ...request, baseSha: 'unknown' });
  assert.equal(result.report?.tests[0]?.id, 'from-run-2', 'any conclusion; the latest attempt');
});

test('pull-request runs are never searched: only pushes to the default branch', async () => {
  const github = new MemoryGitHub();
  github.runs = [workflowRun({ id: 5, event: 'pull_request', headBranch: 'main' }), workflowRun({ id: 6, headBranch: 'feature' })];
  withArtifact(github, 5);
  withArtifact(github, 6);
  const result = await new ArtifactBaseline(github).fetch(request);
  assert.equal(result.report, null);
  assert.match(result.info.reason ?? '', /No completed run of this workflow on a push to main uploaded a memleak artifact for job "leaks"/);
});

test('a push compares with an earlier push, never with a later one', async () => {
  const github = new MemoryGitHub();
  github.runs = [workflowRun({ id: 1, createdAt: '2026-11-20T01:00:00Z' }), workflowRun({ id: 2, createdAt: '2026-11-20T09:00:00Z' })];
  withArtifact(github, 1);
  withArtifact(github, 2);
  const result = await new ArtifactBaseline(github).fetch({ ...request, before: '2026-11-20T05:00:00Z' });
  assert.equal(result.report?.tests[0]?.id, 'from-run-1');
});

test('an expired artifact is named as the reason, whether listed as expired or answered with 410', async () => {
  const listed = new MemoryGitHub();
  listed.runs = [workflowRun({ id: 1 })];
  withArtifact(listed, 1, { expired: true });
  assert.match((await new ArtifactBaseline(listed).fetch(request)).info.reason ?? '', /has expired/);

  const gone = new MemoryGitHub();
  gone.runs = [workflowRun({ id: 1 })];
  withArtifact(gone, 1, { zip: new HttpError(410, 'Gone') });
  const result = await new ArtifactBaseline(gone).fetch(request);
  assert.equal(result.report, null);
  assert.match(result.info.reason ?? '', /has expired/);
  assert.equal(result.info.run_url, 'https://github.com/acme/shop/actions/runs/1');
});

test('a downloaded report that breaks the schema is refused with a problem naming the file and pointer', async () => {
  const github = new MemoryGitHub();
  github.runs = [workflowRun({ id: 1 })];
  const forged = JSON.stringify({ format: 'memleak-report', version: 1, status: 'pass', tests: [{ id: 'x', verdict: 'fine', sources: [] }] });
  withArtifact(github, 1, { zip: zipSync({ 'report.json': strToU8(forged) }) });
  const result = await new ArtifactBaseline(github).fetch(request);
  assert.equal(result.report, null);
  assert.match(result.info.reason ?? '', /could not be read/);
  assert.ok(result.problems.some((problem) => problem.file.endsWith('report.json') && problem.pointer?.startsWith('/tests/0')), JSON.stringify(result.problems));
});

test('a downloaded report with only the fields report.v1 requires is a usable baseline', async () => {
  const github = new MemoryGitHub();
  github.runs = [workflowRun({ id: 1 })];
  const minimal = JSON.stringify({ format: 'memleak-report', version: 1, status: 'pass', tests: [{ id: 'kept', verdict: 'ok', sources: [] }] });
  withArtifact(github, 1, { zip: zipSync({ 'report.json': strToU8(minimal) }) });
  const result = await new ArtifactBaseline(github).fetch(request);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.report?.problems, []);
  assert.equal(result.report?.summary.ok, 1);
});

test('zip entries that would leave the directory are refused; the report is still read', async () => {
  const github = new MemoryGitHub();
  github.runs = [workflowRun({ id: 1 })];
  const zip = zipSync({ '../../evil.sh': strToU8('rm -rf /'), 'report.json': strToU8(JSON.stringify(report([testResult({ id: 'kept' })]))) });
  withArtifact(github, 1, { zip });
  const result = await new ArtifactBaseline(github).fetch(request);
  assert.equal(result.report?.tests[0]?.id, 'kept');
  assert.ok(result.problems.some((problem) => /zip entry refused/.test(problem.message) && problem.pointer === '/../../evil.sh'));
});

test('an oversized artifact is not downloaded', async () => {
  const github = new MemoryGitHub();
  github.runs = [workflowRun({ id: 1 })];
  withArtifact(github, 1);
  github.artifacts.get(1)![0]!.sizeInBytes = 10 ** 10;
  const result = await new ArtifactBaseline(github).fetch(request);
  assert.equal(result.report, null);
  assert.match(result.info.reason ?? '', /larger than/);
  assert.ok(!github.calls.some((call) => call.startsWith('downloadArtifactZip')));
});

test('baseline "service": the service answers for the base commit; none is explained; the report is validated', async () => {
  const { ServiceBaseline } = await import('../../src/action/service-baseline.js');
  const asked: unknown[] = [];
  const stored = report([testResult({ id: 'from-service' })]);
  const client = {
    ingest: async () => ({ id: 1, duplicate: false, baseline: true, baseline_reason: '', branch: 'main', commit: 'x' }),
    baseline: async (query: unknown) => {
      asked.push(query);
      return (query as { commit?: string }).commit === 'base'
        ? { id: 1, commit: 'base', branch: 'main', run_url: 'https://github.com/acme/shop/actions/runs/3', created_at: '2026-11-20T00:00:00Z', provenance: {}, report: stored }
        : null;
    },
    compare: async () => stored,
  };
  const source = new ServiceBaseline(client, 'https://memleak.example');
  const found = await source.fetch({ ...request, key: 'linux', baseSha: 'base' });
  assert.equal(found.report?.tests[0]?.id, 'from-service');
  assert.deepEqual(found.info, { commit: 'base', ref: 'main', run_url: 'https://github.com/acme/shop/actions/runs/3', created_at: '2026-11-20T00:00:00Z', source: 'service' });
  assert.deepEqual(asked[0], { repository: 'acme/shop', branch: 'main', key: 'linux', commit: 'base' });
  const none = await source.fetch({ ...request, baseSha: 'other' });
  assert.equal(none.report, null);
  assert.match(none.info.reason ?? '', /has no baseline for acme\/shop on main yet/);
});

test('baseline "service" that cannot be reached falls back to the artifact baseline and says so; a refusal does not', async () => {
  const { ServiceBaseline } = await import('../../src/action/service-baseline.js');
  const { ServiceError } = await import('../../src/service-client/index.js');
  const github = new MemoryGitHub();
  github.runs = [workflowRun({ id: 1, createdAt: '2026-11-20T01:00:00Z' })];
  withArtifact(github, 1);
  const failing = (error: Error) => ({
    ingest: async () => { throw error; },
    baseline: async () => { throw error; },
    compare: async () => { throw error; },
  });
  const down = new ServiceBaseline(failing(new ServiceError('connect ECONNREFUSED 127.0.0.1:9', 0, 'unreachable')), 'https://memleak.example', new ArtifactBaseline(github));
  const found = await down.fetch({ ...request, baseSha: 'unknown' });
  assert.equal(found.report?.tests[0]?.id, 'from-run-1', 'the artifact baseline');
  assert.match(found.info.reason ?? '', /The memleak service at https:\/\/memleak\.example could not be reached \(connect ECONNREFUSED.*\), so the artifact baseline was used instead/);
  const refusing = new ServiceBaseline(failing(new ServiceError('the memleak service refused GET /baseline (403): wrong repository', 403, 'forbidden')), 'https://memleak.example', new ArtifactBaseline(github));
  await assert.rejects(refusing.fetch({ ...request, baseSha: 'unknown' }), /refused GET \/baseline \(403\)/);
});

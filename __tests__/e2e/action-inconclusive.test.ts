// The action end to end when not every test could be judged, or the test command failed: the
// bundled dist/index.js against the fake GitHub. Nothing may read as a plain pass: the check run,
// the comment and the job summary name the inconclusive test with its reason, and
// `fail-on-inconclusive: true` fails the check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeGitHubForFile, generatedSnapshotProject, runAction } from './support/run-action.js';
import { linear, type SeriesSpec } from '../helpers/snapshots.js';

const fake = await fakeGitHubForFile();
const sha = (seed: string) => seed.repeat(40).slice(0, 40);

const SHORT_ID = 'tests/test_slow.py::test_render[@octocat]';
const SHORT_REASON = 'too short to decide: 3 judged batches, at least 4 are needed (raise batches)';
// Three judged batches: fewer than min_batches (4), so the verdict is inconclusive.
const specs: SeriesSpec[] = [
  { id: SHORT_ID, traced: linear(3, 100_000, 0) },
  { id: 'tests/test_fast.py::test_parse', traced: linear(8, 100_000, 0) },
];


async function pullRequestRun(number: number, seed: string, exitCode: number, inputs: Record<string, string> = {}) {
  const { workspace, command } = await generatedSnapshotProject(specs, exitCode);
  fake.state.seedPullRequest({ number, headSha: sha(seed) });
  const run = fake.state.seedRun({ event: 'pull_request', headSha: sha(seed), headBranch: `branch-${seed}`, pullRequestNumbers: [number], status: 'in_progress', conclusion: null });
  const result = await runAction(fake, run, { workspace, token: fake.token, with: { command, ...inputs } });
  const check = fake.state.checkRuns.find((candidate) => candidate.headSha === sha(seed));
  const comment = fake.state.issueComments.find((candidate) => candidate.issueNumber === number);
  assert.ok(check && comment, result.stdout);
  return { result, check, comment };
}

test('an inconclusive test passes visibly: the check run, comment and summary list it with its reason, and its file gets a notice', async () => {
  const { result, check, comment } = await pullRequestRun(50, '50', 0);
  assert.equal(result.code, 0, result.stdout);
  assert.equal(result.outputs.status, 'pass');
  assert.match(result.stdout, /::warning::memleak: no test leaks; 1 test\(s\) could not be judged/);
  assert.equal(check.conclusion, 'success');
  assert.equal(check.output.title, 'Passed, 1 inconclusive: no leaks in 2 tests');
  for (const text of [check.output.summary ?? '', comment.body, result.summary]) {
    assert.match(text, /### 🟡 memleak: passed, 1 inconclusive — no leaks in 2 tests/);
    assert.match(text, /fail-on-inconclusive is off, so they do not fail the run/);
    // The test id is repository-controlled: escaped, the mention broken.
    assert.ok(text.includes('- inconclusive: tests/test&#95;slow.py::test&#95;render&#91;@&#8203;octocat&#93;: too short to decide: 3 judged batches, at least 4 are needed &#40;raise batches&#41;'), text);
  }
  assert.deepEqual(
    check.annotations.map((annotation) => [annotation.path, annotation.start_line, annotation.annotation_level, annotation.title, annotation.message]),
    [['tests/test_slow.py', 1, 'notice', 'Leak test could not be judged (inconclusive)', `${SHORT_ID}: ${SHORT_REASON}`]],
  );
});

test('fail-on-inconclusive: true fails the step and the check run, and the annotation is a failure', async () => {
  const { result, check, comment } = await pullRequestRun(51, '51', 0, { 'fail-on-inconclusive': 'true' });
  assert.equal(result.code, 1, result.stdout);
  assert.equal(result.outputs.status, 'fail');
  assert.match(result.stdout, /::error::memleak: 1 test\(s\) could not be judged \(1 inconclusive: tests\/test_slow\.py::test_render\[@octocat\]\) \(fail-on-inconclusive\)/);
  assert.equal(check.conclusion, 'failure');
  assert.equal(check.output.title, 'Failed, 1 inconclusive: no leaks in 2 tests');
  assert.match(comment.body, /### 🔴 memleak: failed, 1 inconclusive — no leaks in 2 tests/);
  assert.match(comment.body, /they fail the run \(fail-on-inconclusive\)\./);
  assert.deepEqual(check.annotations.map((annotation) => annotation.annotation_level), ['failure']);
});

test('a test command that fails is "tests failed" everywhere, never "passed", whatever fail-on says', async () => {
  const { result, check, comment } = await pullRequestRun(52, '52', 1, { 'fail-on': 'never' });
  assert.equal(result.code, 1, result.stdout);
  assert.equal(result.outputs.status, 'fail');
  assert.match(result.stdout, /::error::memleak: tests failed: the test command exited with status 1/);
  assert.equal(check.conclusion, 'failure');
  assert.equal(check.output.title, 'Failed, 1 inconclusive: the test command failed (exit status 1)');
  for (const text of [check.output.summary ?? '', comment.body, result.summary]) {
    assert.match(text, /### 🔴 memleak: failed, 1 inconclusive — the test command failed \(exit status 1\)\n\ntests failed: the test command exited with status 1/);
    assert.doesNotMatch(text, /passed/);
  }
});

// The action end to end in the situations that break other tools: a read-only token (a fork's
// pull request) and the fork-safe two-stage setup, GitHub failing and rate-limiting, a report
// too big for a comment with more than 50 annotations, and test names full of markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { marked } from 'marked';
import { fakeGitHubForFile, generatedSnapshotProject, pythonProject, runAction, temporaryDirectory, PYTEST } from './support/run-action.js';
import { linear } from '../helpers/snapshots.js';

const fake = await fakeGitHubForFile();
const sha = (seed: string) => seed.repeat(40).slice(0, 40);

/** `count` leaking tests, each on its own line, named by `idOf`: for scenarios about size, not about pytest. */
function snapshotProject(count: number, idOf: (index: number) => string): Promise<{ workspace: string; command: string }> {
  return generatedSnapshotProject(Array.from({ length: count }, (_, index) => ({
    id: idOf(index),
    traced: linear(8, 100_000, 40_000),
    sites: [{ file: `app/module_${index % 7}.py`, line: index + 1, function: 'handler', code: `KEEP.append(${index})`, sizes: linear(8, 0, 40_000) }],
  })));
}

test('a read-only token (pull request from a fork) still analyses, uploads and writes the job summary; then the publish stage comments', async () => {
  const workspace = await pythonProject();
  fake.state.seedPullRequest({ number: 20, headSha: sha('f1'), headRef: 'feature', headRepoFullName: 'mallory/octo-repo' });
  const recordRun = fake.state.seedRun({ event: 'pull_request', headSha: sha('f1'), headBranch: 'feature', pullRequestNumbers: [20], headRepositoryFullName: 'mallory/octo-repo', status: 'in_progress', conclusion: null });
  const recorded = await runAction(fake, recordRun, { workspace, token: fake.readOnlyToken(), with: { command: `LEAK=1 ${PYTEST}` } });
  assert.equal(recorded.code, 1, 'the new leak still fails the step');
  assert.equal(recorded.outputs.status, 'fail');
  assert.match(recorded.stdout, /::warning::Some of the results could not be published:.*check run: Resource not accessible by integration.*grant `checks: write`/);
  assert.match(recorded.summary, /🔴 memleak: failed — 1 new leak/);
  assert.ok(fake.state.artifacts.some((artifact) => artifact.runId === recordRun.id && artifact.finalized));
  assert.equal(fake.state.issueComments.filter((comment) => comment.issueNumber === 20).length, 0);
  const refusals = fake.requests.filter((request) => request.route === 'POST /repos/{owner}/{repo}/check-runs' && request.status === 403);
  assert.equal(refusals.length, 1, 'a refusal is not retried');
  Object.assign(recordRun, { status: 'completed', conclusion: 'failure' });

  // Stage two: a workflow_run job of the base repository, with a write token, publishes.
  const publishRun = fake.state.seedRun({ event: 'workflow_run', headSha: sha('0e'), workflowPath: '.github/workflows/memleak-publish.yml', status: 'in_progress', conclusion: null });
  const eventDir = await temporaryDirectory('memleak-event-');
  const eventPath = join(eventDir, 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify({
      action: 'completed',
      // GitHub leaves pull_requests empty for forks: the publisher must find the PR itself.
      workflow_run: { id: recordRun.id, workflow_id: recordRun.workflowId, head_sha: sha('f1'), head_branch: 'feature', event: 'pull_request', pull_requests: [], head_repository: { full_name: 'mallory/octo-repo', owner: { login: 'mallory' } } },
      repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
    }),
  );
  const published = await runAction(fake, publishRun, {
    workspace: eventDir,
    token: fake.token,
    with: { mode: 'publish' },
    extraEnv: { GITHUB_EVENT_PATH: eventPath, GITHUB_EVENT_NAME: 'workflow_run' },
  });
  assert.equal(published.outputs.status, 'fail', published.stdout);
  const comments = fake.state.issueComments.filter((comment) => comment.issueNumber === 20);
  assert.equal(comments.length, 1, published.stdout);
  assert.ok(comments[0]!.body.includes(`/blob/${sha('f1')}/app/cache.py#L8`));
  assert.equal(fake.state.checkRuns.find((check) => check.headSha === sha('f1'))?.conclusion, 'failure');
  assert.equal(fake.state.artifacts.filter((artifact) => artifact.runId === publishRun.id).length, 0, 'the publisher uploads nothing');
});

test('GitHub answering 500 and rate limits (429, secondary) is retried until it succeeds', async () => {
  const { workspace, command } = await snapshotProject(2, (index) => `tests/test_retry.py::test_${index}`);
  fake.state.seedPullRequest({ number: 30, headSha: sha('30') });
  const run = fake.state.seedRun({ event: 'pull_request', headSha: sha('30'), headBranch: 'retry', pullRequestNumbers: [30], status: 'in_progress', conclusion: null });
  fake.faults.inject('GET /repos/{owner}/{repo}/actions/runs/{run_id}', 500);
  fake.faults.inject('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 429, { retryAfter: 1 });
  fake.faults.inject('POST /repos/{owner}/{repo}/check-runs', 'secondary-rate-limit', { retryAfter: 1 });
  const result = await runAction(fake, run, { workspace, token: fake.token, with: { command } });
  assert.equal(result.outputs.status, 'fail', result.stdout);
  assert.doesNotMatch(result.stdout, /could not be published/);
  const statuses = (route: string) => fake.requests.filter((request) => request.route === route && request.path.includes(String(run.id)) === route.includes('{run_id}')).map((request) => request.status);
  assert.deepEqual(statuses('GET /repos/{owner}/{repo}/actions/runs/{run_id}'), [500, 200]);
  assert.deepEqual(statuses('POST /repos/{owner}/{repo}/issues/{issue_number}/comments').slice(-2), [429, 201]);
  assert.deepEqual(statuses('POST /repos/{owner}/{repo}/check-runs').slice(-2), [403, 201]);
  assert.equal(fake.state.issueComments.filter((comment) => comment.issueNumber === 30).length, 1);
});

test('a report too big for a comment is shortened with a pointer; 300 annotations go 50 per request', async () => {
  const { workspace, command } = await snapshotProject(300, (index) => `tests/test_big.py::test_case_${index}[${'parameter-'.repeat(15)}]`);
  fake.state.seedPullRequest({ number: 40, headSha: sha('40') });
  const run = fake.state.seedRun({ event: 'pull_request', headSha: sha('40'), headBranch: 'big', pullRequestNumbers: [40], status: 'in_progress', conclusion: null });
  const result = await runAction(fake, run, { workspace, token: fake.token, with: { command } });
  assert.equal(result.outputs.leaks, '300', result.stdout);
  const body = fake.state.issueComments.find((comment) => comment.issueNumber === 40)?.body ?? '';
  assert.ok(body.length > 10_000 && [...body].length <= 65_536, `${body.length} characters`);
  assert.match(body, /shortened to fit GitHub's limit: the full report is in \[the job summary\]\(https:\/\/github.com\/octo-org\/octo-repo\/actions\/runs\/\d+\/attempts\/1\) and \[the report artifact\]/);
  assert.ok(body.trimEnd().endsWith('-->'), 'the marker survives');
  assert.equal((result.summary.match(/test&#95;case&#95;\d+/g) ?? []).length >= 300, true, 'the job summary has every test');
  const check = fake.state.checkRuns.find((candidate) => candidate.headSha === sha('40'));
  assert.equal(check?.annotations.length, 300);
  const checkWrites = fake.requests.filter((request) => request.route.startsWith('POST /repos/{owner}/{repo}/check-runs') || request.route.startsWith('PATCH /repos/{owner}/{repo}/check-runs/'));
  assert.deepEqual(checkWrites.slice(-6).map((request) => `${request.method} ${request.status}`), ['POST 201', 'PATCH 200', 'PATCH 200', 'PATCH 200', 'PATCH 200', 'PATCH 200']);
});

test('test names full of markdown, HTML and @mentions reach the comment as inert text', async () => {
  const hostile = `
@pytest.mark.memleak(batches=6, batch_size=100, warmup=1)
@pytest.mark.parametrize("name", ["x"], ids=["**bold** @octocat #1 <img src=x onerror=alert(1)> [a](https://evil.example) | \`code\`"])
def test_hostile(name):
    remember(name)
`;
  // The project lives in a subdirectory: sources are reported relative to it, linked relative to the repository.
  const workspace = await temporaryDirectory('memleak-monorepo-');
  await pythonProject(hostile, join(workspace, 'services', 'shop'));
  fake.state.seedPullRequest({ number: 50, headSha: sha('50') });
  const run = fake.state.seedRun({ event: 'pull_request', headSha: sha('50'), headBranch: 'hostile', pullRequestNumbers: [50], status: 'in_progress', conclusion: null });
  const result = await runAction(fake, run, { workspace, token: fake.token, with: { command: `LEAK=1 ${PYTEST}`, 'working-directory': 'services/shop' } });
  const body = fake.state.issueComments.find((comment) => comment.issueNumber === 50)?.body ?? '';
  assert.ok(body.includes(`[app/cache.py:8](https://github.com/octo-org/octo-repo/blob/${sha('50')}/services/shop/app/cache.py#L8)`), body);
  assert.ok(fake.state.checkRuns.find((check) => check.headSha === sha('50'))?.annotations.every((annotation) => annotation.path === 'services/shop/app/cache.py'));
  assert.match(body, /test&#95;hostile&#91;&#42;&#42;bold&#42;&#42; @&#8203;octocat #&#8203;1 &#60;img/, body);
  assert.match(body, /\*\*No baseline:\*\*/, 'no push run exists: the comment says so');
  const html = marked.parse(body, { async: false });
  assert.doesNotMatch(html, /<img|<strong>(?!No baseline)|href="https:\/\/evil/);
  assert.equal(result.outputs['new-leaks'], '2');
});

test('an expired baseline artifact is said out loud: every leak counts as new', async () => {
  const { workspace, command } = await snapshotProject(1, () => 'tests/test_expired.py::test_leak');
  const push = fake.state.seedRun({ event: 'push', headSha: sha('e0'), createdAt: new Date(Date.now() - 100 * 86_400_000) });
  const { zipSync, strToU8 } = await import('fflate');
  fake.state.seedArtifact({ runId: push.id, name: 'memleak-_-memleak-1', zip: zipSync({ 'report.json': strToU8('{}') }), expired: true });
  fake.state.seedPullRequest({ number: 60, headSha: sha('60'), baseSha: sha('e0') });
  const run = fake.state.seedRun({ event: 'pull_request', headSha: sha('60'), headBranch: 'expired', pullRequestNumbers: [60], status: 'in_progress', conclusion: null });
  const result = await runAction(fake, run, { workspace, token: fake.token, with: { command } });
  assert.equal(result.code, 1);
  const body = fake.state.issueComments.find((comment) => comment.issueNumber === 60)?.body ?? '';
  assert.ok(body.includes(`**No baseline:** The baseline artifact of the last run on main has expired. [The run it came from](https://github.com/octo-org/octo-repo/actions/runs/${push.id}). Every leak counts as new.`), body);
});

test('a sticky comment a maintainer hid is left hidden; the new report goes into a new comment', async () => {
  const { workspace, command } = await snapshotProject(1, () => 'tests/test_hidden.py::test_leak');
  fake.state.seedPullRequest({ number: 80, headSha: sha('80') });
  const marker = '<!-- memleak-action:comment workflow=memleak key= -->';
  const hidden = fake.state.seedIssueComment({ issueNumber: 80, body: `old report\n${marker}`, minimized: true, minimizedReason: 'OUTDATED' });
  const run = fake.state.seedRun({ event: 'pull_request', headSha: sha('80'), headBranch: 'hidden', pullRequestNumbers: [80], status: 'in_progress', conclusion: null });
  const result = await runAction(fake, run, { workspace, token: fake.token, with: { command } });
  const comments = fake.state.issueComments.filter((comment) => comment.issueNumber === 80);
  assert.equal(comments.length, 2, result.stdout);
  assert.equal(comments[0]?.body, hidden.body);
  assert.ok(comments[1]?.body.includes(marker));
  assert.ok(fake.requests.some((request) => request.route === 'POST /graphql' && request.status === 200), 'minimization is read through GraphQL');
});

test('matrix legs with their own key keep their own artifact, check run and comment; a repeated key is refused with a hint', async () => {
  const { workspace, command } = await snapshotProject(1, () => 'tests/test_matrix.py::test_leak');
  fake.state.seedPullRequest({ number: 90, headSha: sha('90') });
  const run = fake.state.seedRun({ event: 'pull_request', headSha: sha('90'), headBranch: 'matrix', pullRequestNumbers: [90], status: 'in_progress', conclusion: null });
  for (const key of ['py3.11', 'py3.12']) {
    const leg = await runAction(fake, run, { workspace, token: fake.token, with: { command, key } });
    assert.equal(leg.outputs.status, 'fail', leg.stdout);
  }
  assert.deepEqual(fake.state.artifacts.filter((artifact) => artifact.runId === run.id).map((artifact) => artifact.name).sort(), ['memleak-py3.11-memleak-1', 'memleak-py3.12-memleak-1']);
  assert.deepEqual(fake.state.checkRuns.filter((check) => check.headSha === sha('90')).map((check) => check.name).sort(), ['memleak (py3.11)', 'memleak (py3.12)']);
  const comments = fake.state.issueComments.filter((comment) => comment.issueNumber === 90);
  assert.equal(comments.length, 2);
  assert.match(comments[0]!.body, /memleak &#40;py3\.11&#41;: failed/);

  const repeated = await runAction(fake, run, { workspace, token: fake.token, with: { command, key: 'py3.11' } });
  assert.match(repeated.stdout, /::error::.*Could not upload the artifact memleak-py3\.11-memleak-1: .*give each \(e\.g\. each matrix leg\) its own `key` input/);
});

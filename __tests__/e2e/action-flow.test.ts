// The action end to end, as a workflow uses it: the bundled dist/index.js runs a real pytest
// project with the real collector against the fake GitHub. A push to the default branch records
// the baseline; a pull request that adds a leak fails with the line in the comment, the check
// run, an annotation and a review comment; the next push that fixes it passes and updates the
// same comment.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { fakeGitHubForFile, pythonProject, runAction, PYTEST } from './support/run-action.js';

const fake = await fakeGitHubForFile();
let workspace: string;
const sha = (letter: string) => letter.repeat(40);
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

before(async () => {
  workspace = await pythonProject();
});

// Hunk of the pull request: lines 7 and 8 of app/cache.py are new.
const patch = '@@ -4,3 +4,5 @@\n \n \n def remember(item):\n+    if os.environ.get("LEAK") == "1":\n+        _CACHE.append(bytearray(1024))\n     return item';

test('push records a baseline; a leaking pull request fails with its line; the fix passes and updates the same comment', async () => {
  // 1. A push to main: no leak, no earlier baseline.
  const push = fake.state.seedRun({ event: 'push', headSha: sha('a'), status: 'in_progress', conclusion: null, createdAt: minutesAgo(30) });
  const first = await runAction(fake, push, { workspace, token: fake.token, with: { command: PYTEST } });
  assert.equal(first.code, 0, first.stdout);
  assert.equal(first.outputs.status, 'pass');
  assert.equal(first.outputs.leaks, '0');
  const baseline = fake.state.artifacts.find((artifact) => artifact.runId === push.id);
  assert.equal(baseline?.name, 'memleak-_-memleak-1');
  assert.equal(first.outputs['artifact-id'], String(baseline?.id));
  assert.match(first.summary, /memleak: passed/);
  Object.assign(push, { status: 'completed', conclusion: 'success' });

  // 2. A pull request based on that commit adds the leak.
  const pull = fake.state.seedPullRequest({ number: 1, headSha: sha('b'), baseSha: sha('a'), files: [{ filename: 'app/cache.py', status: 'modified', patch }] });
  const prRun = fake.state.seedRun({ event: 'pull_request', headSha: sha('b'), headBranch: 'feature-1', pullRequestNumbers: [1], status: 'in_progress', conclusion: null, createdAt: minutesAgo(20) });
  const leaking = await runAction(fake, prRun, { workspace, token: fake.token, with: { command: `LEAK=1 ${PYTEST}` } });
  assert.equal(leaking.code, 1, leaking.stdout);
  assert.match(leaking.stdout, /::error::memleak: 1 new or regressed leak/);
  assert.equal(leaking.outputs.status, 'fail');
  assert.equal(leaking.outputs['new-leaks'], '1');
  const comments = () => fake.state.issueComments.filter((comment) => comment.issueNumber === 1);
  assert.equal(comments().length, 1);
  const body = comments()[0]!.body;
  assert.ok(body.includes(`[app/cache.py:8](https://github.com/octo-org/octo-repo/blob/${sha('b')}/app/cache.py#L8)`), body);
  assert.match(body, /🆕 new leak/);
  assert.match(body, new RegExp(`Compared with the baseline of \`aaaaaaa\` on main from \\[its run\\]\\(https://github.com/octo-org/octo-repo/actions/runs/${push.id}\\)`));
  assert.match(body, /```mermaid\nxychart-beta/);
  assert.equal(leaking.outputs['comment-url'], `https://github.com/octo-org/octo-repo/pull/1#issuecomment-${comments()[0]!.id}`);
  const failedCheck = fake.state.checkRuns.find((check) => check.headSha === sha('b'));
  assert.equal(failedCheck?.name, 'memleak');
  assert.equal(failedCheck?.conclusion, 'failure');
  assert.ok(failedCheck?.annotations.some((annotation) => annotation.path === 'app/cache.py' && annotation.start_line === 8 && annotation.annotation_level === 'failure'));
  const reviews = fake.state.reviewComments.filter((comment) => comment.pullNumber === 1);
  assert.equal(reviews.length, 1);
  assert.equal(reviews[0]?.line, 8);
  assert.match(leaking.summary, /tests\/test&#95;cache.py::test&#95;remember/);
  // The artifact carries report.html (self-contained: Chart.js inline) and a plain report.md; the comment and the job summary link to it.
  const prArtifact = fake.state.artifacts.find((artifact) => artifact.runId === prRun.id)!;
  const files = unzipSync(new Uint8Array(fake.state.artifactZip(prArtifact.id)!));
  const page = strFromU8(files['report.html']!);
  assert.match(page, /^<!doctype html>/);
  assert.ok(page.includes('tests/test_cache.py::test_remember') && page.includes('Chart.js v4') && page.includes('<canvas id="chart-0"'), 'report.html names the test and carries its chart library');
  const localMarkdown = strFromU8(files['report.md']!);
  assert.ok(localMarkdown.includes('tests/test_cache.py::test_remember') && !/&#\d+;/.test(localMarkdown), 'the artifact\'s report.md reads as plain text');
  const artifactLink = `[the report artifact](https://github.com/octo-org/octo-repo/actions/runs/${prRun.id}/artifacts/${prArtifact.id}) (open report.html in it for a chart of every test)`;
  assert.ok(body.includes(artifactLink), body);
  assert.ok(leaking.summary.includes(artifactLink), leaking.summary);
  const download = fake.requests.filter((request) => request.service === 'blob' && request.method === 'GET');
  assert.ok(download.length > 0 && download.every((request) => !request.hasAuthorization), 'the baseline zip is fetched from blob storage without our token');
  Object.assign(prRun, { status: 'completed', conclusion: 'failure' });

  // 3. The next push to the pull request removes the leak (the PR run above never became a baseline).
  pull.head.sha = sha('c');
  pull.commits.push(sha('c'));
  const fixRun = fake.state.seedRun({ event: 'pull_request', headSha: sha('c'), headBranch: 'feature-1', pullRequestNumbers: [1], status: 'in_progress', conclusion: null, createdAt: minutesAgo(10) });
  const fixed = await runAction(fake, fixRun, { workspace, token: fake.token, with: { command: PYTEST } });
  assert.equal(fixed.code, 0, fixed.stdout);
  assert.equal(fixed.outputs.status, 'pass');
  assert.equal(comments().length, 1, 'the same comment, updated in place');
  assert.match(comments()[0]!.body, /🟢 memleak: passed/);
  assert.match(comments()[0]!.body, /`aaaaaaa`/, 'still compared with the push, not with the leaking pull-request run');
  assert.equal(fake.state.checkRuns.find((check) => check.headSha === sha('c'))?.conclusion, 'success');
  assert.equal(fake.state.reviewComments.length, 1, 'no new review comment');
});

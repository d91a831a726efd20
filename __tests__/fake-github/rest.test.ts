// The fake's REST API as Octokit from @actions/github sees it: headers, pagination, runs
// filters, issue comments, and the refusals GitHub gives a workflow token.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getOctokit } from '@actions/github';
import { GITHUB_ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';

type Octokit = ReturnType<typeof getOctokit>;

function statusOf(promise: Promise<unknown>): Promise<{ status: number; message: string; headers: Record<string, string | undefined> }> {
  return promise.then(
    () => assert.fail('expected the request to be refused'),
    (error: { status: number; message: string; response?: { headers: Record<string, string | undefined> } }) => ({ status: error.status, message: error.message, headers: error.response?.headers ?? {} }),
  );
}

describe('fake GitHub REST', () => {
  let fake: FakeGitHub;
  let octokit: Octokit;
  const repo = { owner: 'acme', repo: 'widgets' };

  before(async () => {
    fake = await startFakeGitHub({ repository: { owner: 'acme', name: 'widgets', private: true } });
    octokit = getOctokit(fake.token, { baseUrl: fake.url });
  });
  after(() => fake.close());

  it('answers GET /repos/{owner}/{repo} with GitHub headers and a shrinking rate limit', async () => {
    const first = await octokit.rest.repos.get(repo);
    const second = await octokit.rest.repos.get(repo);
    assert.equal(first.data.default_branch, 'main');
    assert.equal(first.data.private, true);
    assert.equal(first.data.full_name, 'acme/widgets');
    assert.match(first.headers['x-github-request-id'] ?? '', /^[0-9A-F]+(:[0-9A-F]+){4}$/);
    assert.equal(first.headers['x-ratelimit-limit'], '1000');
    assert.equal(Number(second.headers['x-ratelimit-remaining']), Number(first.headers['x-ratelimit-remaining']) - 1);
    assert.equal(Number(second.headers['x-ratelimit-used']), Number(first.headers['x-ratelimit-used']) + 1);
    assert.ok(Number(first.headers['x-ratelimit-reset']) > Date.now() / 1000);
  });

  it('refuses GET /user for the workflow token (403), a bad token (401) and another repository (404)', async () => {
    const user = await statusOf(octokit.rest.users.getAuthenticated());
    assert.equal(user.status, 403);
    assert.match(user.message, /Resource not accessible by integration/);
    const bad = await statusOf(getOctokit('ghs_notatoken', { baseUrl: fake.url }).rest.repos.get(repo));
    assert.equal(bad.status, 401);
    assert.match(bad.message, /Bad credentials/);
    const other = await statusOf(octokit.rest.repos.get({ owner: 'acme', repo: 'secret' }));
    assert.equal(other.status, 404);
    const anonymous = await fetch(`${fake.url}/repos/acme/widgets`);
    assert.equal(anonymous.status, 404, 'a private repository is invisible without a token');
  });

  it('returns GitHub error bodies with message, documentation_url and status', async () => {
    const response = await fetch(`${fake.url}/user`, { headers: { authorization: `Bearer ${fake.token}` } });
    assert.equal(response.status, 403);
    assert.deepEqual(await response.json(), {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
      status: '403',
    });
  });

  it('lets a read-only (fork pull request) token read but not write', async () => {
    fake.state.seedPullRequest({ number: 7, headSha: 'a'.repeat(40) });
    const readOnly = getOctokit(fake.readOnlyToken(), { baseUrl: fake.url });
    await readOnly.rest.issues.listComments({ ...repo, issue_number: 7 });
    const refused = await statusOf(readOnly.rest.issues.createComment({ ...repo, issue_number: 7, body: 'hi' }));
    assert.equal(refused.status, 403);
    assert.match(refused.message, /Resource not accessible by integration/);
    assert.equal(refused.headers['x-accepted-github-permissions'], 'issues=write; pull_requests=write');
    const noChecks = getOctokit(fake.issueToken({ issues: 'write' }), { baseUrl: fake.url });
    const checkRefused = await statusOf(noChecks.rest.checks.create({ ...repo, name: 'memleak', head_sha: 'a'.repeat(40) }));
    assert.equal(checkRefused.status, 403, 'a scope left out of permissions is none');
  });

  it('paginates issue comments 30 per page by default with link headers', async () => {
    fake.state.seedPullRequest({ number: 12, headSha: 'b'.repeat(40) });
    for (let index = 0; index < 75; index += 1) fake.state.seedIssueComment({ issueNumber: 12, body: `comment ${index}`, user: { login: 'octocat', id: 1, type: 'User' } });
    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 12 });
    assert.equal(first.data.length, 30);
    assert.match(first.headers.link ?? '', /[?&]page=2>; rel="next"/);
    assert.match(first.headers.link ?? '', /[?&]page=3>; rel="last"/);
    const before = fake.requests.length;
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 12 });
    assert.deepEqual(
      all.map((comment) => comment.body),
      Array.from({ length: 75 }, (_, index) => `comment ${index}`),
    );
    assert.equal(fake.requests.length - before, 3);
    const capped = await octokit.rest.issues.listComments({ ...repo, issue_number: 12, per_page: 500 });
    assert.equal(capped.data.length, 75, 'per_page is capped at 100, not refused');
  });

  it('creates, edits and deletes comments as github-actions[bot], refusing bodies over 65536 characters', async () => {
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: '<!-- memleak -->\nfirst' });
    assert.equal(created.status, 201);
    assert.equal(created.data.user?.login, GITHUB_ACTIONS_BOT.login);
    assert.equal(created.data.user?.type, 'Bot');
    const tooLong = await statusOf(octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: 'x'.repeat(65537) }));
    assert.equal(tooLong.status, 422);
    assert.match(tooLong.message, /Body is too long \(maximum is 65536 characters\)/);
    // The limit counts characters: 65536 emoji (131072 UTF-16 units) fit.
    const emoji = await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: '🧠'.repeat(65536) });
    assert.equal(emoji.status, 200);
    await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: '<!-- memleak -->\nsecond' });
    assert.equal(fake.state.issueComments.find((comment) => comment.id === created.data.id)?.body, '<!-- memleak -->\nsecond');
    const deleted = await octokit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
    assert.equal(deleted.status, 204);
    assert.equal((await statusOf(octokit.rest.issues.getComment({ ...repo, comment_id: created.data.id }))).status, 404);
    assert.equal((await statusOf(octokit.rest.issues.createComment({ ...repo, issue_number: 999, body: 'x' }))).status, 404);
  });

  it('filters workflow runs by workflow file or id, branch, event, status/conclusion and head_sha, newest first', async () => {
    const t = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));
    const baseline = fake.state.seedRun({ headBranch: 'main', event: 'push', conclusion: 'success', createdAt: t(1), headSha: '1'.repeat(40) });
    const failed = fake.state.seedRun({ headBranch: 'main', event: 'push', conclusion: 'failure', createdAt: t(2) });
    const newest = fake.state.seedRun({ headBranch: 'main', event: 'push', conclusion: 'success', createdAt: t(3) });
    fake.state.seedRun({ headBranch: 'feature', event: 'pull_request', conclusion: 'success', createdAt: t(4) });
    fake.state.seedRun({ headBranch: 'main', event: 'push', conclusion: 'success', createdAt: t(5), workflowPath: '.github/workflows/ci.yml' });
    const running = fake.state.seedRun({ headBranch: 'main', event: 'push', status: 'in_progress', createdAt: t(6) });

    const byFile = await octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 'memleak.yml', branch: 'main', event: 'push', status: 'success' });
    assert.equal(byFile.data.total_count, 2);
    assert.deepEqual(byFile.data.workflow_runs.map((run) => run.id), [newest.id, baseline.id]);
    assert.equal(byFile.data.workflow_runs[0]?.path, '.github/workflows/memleak.yml');
    const byId = await octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: newest.workflowId, status: 'completed' });
    assert.ok(!byId.data.workflow_runs.some((run) => run.id === running.id));
    assert.ok(byId.data.workflow_runs.some((run) => run.id === failed.id));
    const bySha = await octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, head_sha: '1'.repeat(40) });
    assert.deepEqual(bySha.data.workflow_runs.map((run) => run.id), [baseline.id]);
    assert.equal((await statusOf(octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 'missing.yml' }))).status, 404);
    const single = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: running.id });
    assert.equal(single.data.status, 'in_progress');
    assert.equal(single.data.conclusion, null);
  });

  it('minimizes a comment over GraphQL and reports isMinimized', async () => {
    const comment = fake.state.seedIssueComment({ issueNumber: 7, body: 'old report' });
    const mutation = `mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized minimizedReason } } }`;
    const result = await octokit.graphql<{ minimizeComment: { minimizedComment: { isMinimized: boolean; minimizedReason: string } } }>(mutation, { id: comment.nodeId, baseUrl: fake.url });
    assert.equal(result.minimizeComment.minimizedComment.isMinimized, true);
    assert.equal(result.minimizeComment.minimizedComment.minimizedReason, 'outdated');
    assert.equal(fake.state.issueComments.find((candidate) => candidate.id === comment.id)?.minimized, true);
    const query = await octokit.graphql<{ nodes: { isMinimized: boolean }[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { isMinimized } } }`, { ids: [comment.nodeId], baseUrl: fake.url });
    assert.equal(query.nodes[0]?.isMinimized, true);
    const readOnly = getOctokit(fake.readOnlyToken(), { baseUrl: fake.url });
    await assert.rejects(readOnly.graphql(mutation, { id: comment.nodeId, baseUrl: fake.url }), /Resource not accessible by integration/);
  });
});

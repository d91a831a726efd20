// Check runs (the 50-annotation limit, accumulation across updates, value validation) and
// pull request files, review comments and reviews anchored to the diff.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getOctokit } from '@actions/github';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';

const HEAD = 'c'.repeat(40);
const repo = { owner: 'octo-org', repo: 'octo-repo' };

const annotations = (count: number, from = 1) =>
  Array.from({ length: count }, (_, index) => ({ path: 'app/cache.py', start_line: from + index, end_line: from + index, annotation_level: 'failure' as const, message: `leak ${from + index}` }));

async function refusal(promise: Promise<unknown>): Promise<{ status: number; message: string; errors: unknown }> {
  try {
    await promise;
  } catch (error) {
    const failure = error as { status: number; message: string; response?: { data?: { errors?: unknown } } };
    return { status: failure.status, message: failure.message, errors: failure.response?.data?.errors };
  }
  return assert.fail('expected a refusal');
}

describe('fake GitHub check runs', () => {
  let fake: FakeGitHub;
  let octokit: ReturnType<typeof getOctokit>;
  before(async () => {
    fake = await startFakeGitHub();
    octokit = getOctokit(fake.token, { baseUrl: fake.url });
  });
  after(() => fake.close());

  it('refuses more than 50 annotations in one request with 422 and creates nothing', async () => {
    const refused = await refusal(octokit.rest.checks.create({ ...repo, name: 'memleak', head_sha: HEAD, output: { title: 't', summary: 's', annotations: annotations(51) } }));
    assert.equal(refused.status, 422);
    assert.match(refused.message, /No more than 50 items are allowed; 51 were supplied\./);
    assert.equal(fake.state.checkRuns.length, 0);
  });

  it('accumulates annotations across updates and completes on a conclusion', async () => {
    const created = await octokit.rest.checks.create({ ...repo, name: 'memleak', head_sha: HEAD, status: 'in_progress', output: { title: 'Leaks', summary: 'scanning', annotations: annotations(50) } });
    assert.equal(created.status, 201);
    assert.equal(created.data.output.annotations_count, 50);
    const refused = await refusal(octokit.rest.checks.update({ ...repo, check_run_id: created.data.id, output: { title: 'Leaks', summary: 'more', annotations: annotations(60, 51) } }));
    assert.equal(refused.status, 422);
    const updated = await octokit.rest.checks.update({ ...repo, check_run_id: created.data.id, conclusion: 'failure', output: { title: 'Leaks', summary: '2 leaks', annotations: annotations(30, 51) } });
    assert.equal(updated.data.status, 'completed');
    assert.equal(updated.data.conclusion, 'failure');
    assert.equal(updated.data.output.annotations_count, 80);
    assert.equal(updated.data.output.summary, '2 leaks');
    const listed = await octokit.paginate(octokit.rest.checks.listAnnotations, { ...repo, check_run_id: created.data.id, per_page: 50 });
    assert.deepEqual(listed.map((annotation) => annotation.start_line), Array.from({ length: 80 }, (_, index) => index + 1));
    const forRef = await octokit.rest.checks.listForRef({ ...repo, ref: HEAD, check_name: 'memleak' });
    assert.equal(forRef.data.total_count, 1);
    assert.equal(forRef.data.check_runs[0]?.id, created.data.id);
  });

  it('validates status, conclusion, output and annotation fields', async () => {
    // Deliberately invalid bodies, which Octokit's types would not let through.
    const createUntyped = (body: Record<string, unknown>) => octokit.request('POST /repos/{owner}/{repo}/check-runs' as string, { ...repo, name: 'x', head_sha: HEAD, ...body });
    const badConclusion = await refusal(createUntyped({ conclusion: 'passed' }));
    assert.equal(badConclusion.status, 422);
    assert.match(badConclusion.message, /"passed" is not one of/);
    const completedWithout = await refusal(octokit.rest.checks.create({ ...repo, name: 'x', head_sha: HEAD, status: 'completed' }));
    assert.equal(completedWithout.status, 422);
    const noSummary = await refusal(createUntyped({ output: { title: 't' } }));
    assert.match(noSummary.message, /"summary" wasn't supplied/);
    const badLevel = await refusal(createUntyped({ output: { title: 't', summary: 's', annotations: [{ ...annotations(1)[0], annotation_level: 'error' }] } }));
    assert.equal(badLevel.status, 422);
  });
});

const PATCH = ['@@ -10,4 +10,6 @@ class Cache:', '     def get(self, key):', '-        return self.items[key]', '+        value = load(key)', '+        self.items[key] = value', '+        return value', '     def size(self):', ' ', '@@ -40,2 +42,3 @@ def main():', '     cache = Cache()', '+    cache.warm()', '     run(cache)'].join('\n');

describe('fake GitHub pull requests', () => {
  let fake: FakeGitHub;
  let octokit: ReturnType<typeof getOctokit>;
  before(async () => {
    fake = await startFakeGitHub();
    octokit = getOctokit(fake.token, { baseUrl: fake.url });
    const files = [{ filename: 'app/cache.py', status: 'modified' as const, patch: PATCH }, ...Array.from({ length: 40 }, (_, index) => ({ filename: `docs/page${index}.md`, status: 'added' as const, patch: '@@ -0,0 +1 @@\n+hello' }))];
    fake.state.seedPullRequest({ number: 3, headSha: HEAD, files });
  });
  after(() => fake.close());

  it('serves the pull request and its files with patches, paginated', async () => {
    const pull = await octokit.rest.pulls.get({ ...repo, pull_number: 3 });
    assert.equal(pull.data.head.sha, HEAD);
    assert.equal(pull.data.changed_files, 41);
    const firstPage = await octokit.rest.pulls.listFiles({ ...repo, pull_number: 3 });
    assert.equal(firstPage.data.length, 30);
    assert.equal(firstPage.data[0]?.patch, PATCH);
    assert.equal(firstPage.data[0]?.additions, 4);
    assert.equal(firstPage.data[0]?.deletions, 1);
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: 3 });
    assert.equal(all.length, 41);
  });

  it('accepts a review comment on a line of the diff and refuses one outside it', async () => {
    const created = await octokit.rest.pulls.createReviewComment({ ...repo, pull_number: 3, commit_id: HEAD, path: 'app/cache.py', line: 12, side: 'RIGHT', body: 'grows here' });
    assert.equal(created.status, 201);
    assert.equal(created.data.line, 12);
    assert.match(created.data.diff_hunk, /^@@ -10,4 \+10,6 @@[\s\S]*\+        self\.items\[key\] = value$/);
    const deletedLine = await octokit.rest.pulls.createReviewComment({ ...repo, pull_number: 3, commit_id: HEAD, path: 'app/cache.py', line: 11, side: 'LEFT', body: 'old line' });
    assert.equal(deletedLine.data.side, 'LEFT');
    const outside = await refusal(octokit.rest.pulls.createReviewComment({ ...repo, pull_number: 3, commit_id: HEAD, path: 'app/cache.py', line: 30, side: 'RIGHT', body: 'not in diff' }));
    assert.equal(outside.status, 422);
    assert.deepEqual(outside.errors, [{ resource: 'PullRequestReviewComment', code: 'custom', field: 'pull_request_review_thread.line', message: 'could not be resolved' }]);
    const crossHunk = await refusal(octokit.rest.pulls.createReviewComment({ ...repo, pull_number: 3, commit_id: HEAD, path: 'app/cache.py', start_line: 12, line: 43, body: 'two hunks' }));
    assert.equal(crossHunk.status, 422);
    const wrongFile = await refusal(octokit.rest.pulls.createReviewComment({ ...repo, pull_number: 3, commit_id: HEAD, path: 'app/other.py', line: 1, body: 'x' }));
    assert.equal(wrongFile.status, 422);
  });

  it('creates a review with comments all-or-nothing, and refuses approval by GitHub Actions', async () => {
    const before = fake.state.reviewComments.length;
    const refused = await refusal(
      octokit.rest.pulls.createReview({ ...repo, pull_number: 3, event: 'COMMENT', body: 'memleak', comments: [{ path: 'app/cache.py', line: 12, body: 'ok' }, { path: 'app/cache.py', line: 99, body: 'bad' }] }),
    );
    assert.equal(refused.status, 422);
    assert.match(refused.message, /Pull request review thread line must be part of the diff/);
    assert.equal(fake.state.reviewComments.length, before);
    const review = await octokit.rest.pulls.createReview({ ...repo, pull_number: 3, event: 'COMMENT', body: 'memleak', comments: [{ path: 'app/cache.py', line: 43, body: 'warm() allocates' }] });
    assert.equal(review.data.state, 'COMMENTED');
    assert.equal(review.data.user?.login, 'github-actions[bot]');
    const comments = await octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 3 });
    assert.equal(comments.data.at(-1)?.pull_request_review_id, review.data.id);
    const approval = await refusal(octokit.rest.pulls.createReview({ ...repo, pull_number: 3, event: 'APPROVE' }));
    assert.equal(approval.status, 422);
    assert.match(approval.message, /GitHub Actions is not permitted to approve pull requests/);
  });
});

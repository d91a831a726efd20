// Injected faults answered the way GitHub answers them, survived by Octokit with the
// retry and throttling plugins (delays scaled down through the plugins' own options).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';

const ROUTE = 'GET /repos/{owner}/{repo}/actions/runs';

describe('fake GitHub fault injection', () => {
  let fake: FakeGitHub;
  const limits: { kind: string; retryAfter: number }[] = [];
  let octokit: ReturnType<typeof getOctokit>;
  const repo = { owner: 'octo-org', repo: 'octo-repo' };

  before(async () => {
    fake = await startFakeGitHub();
    fake.state.seedRun();
    octokit = getOctokit(
      fake.token,
      {
        baseUrl: fake.url,
        retry: { retryAfterBaseValue: 5 },
        throttle: {
          retryAfterBaseValue: 5,
          onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
            limits.push({ kind: 'primary', retryAfter });
            return retryCount < 2;
          },
          onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
            limits.push({ kind: 'secondary', retryAfter });
            return retryCount < 2;
          },
        },
      },
      retry,
      throttling,
    );
  });
  after(() => fake.close());

  const statuses = (since: number) => fake.requests.slice(since).map((request) => request.status);

  it('recovers from two 500s and a 502', async () => {
    fake.faults.inject(ROUTE, 500, { times: 2 });
    fake.faults.inject(ROUTE, 502);
    const start = fake.requests.length;
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo(repo);
    assert.equal(data.total_count, 1);
    assert.deepEqual(statuses(start), [500, 500, 502, 200]);
  });

  it('answers a 429 primary rate limit with remaining 0, a near reset and retry-after; Octokit retries it', async () => {
    fake.faults.inject(ROUTE, 429, { retryAfter: 2 });
    const raw = await fetch(`${fake.url}/repos/octo-org/octo-repo/actions/runs`, { headers: { authorization: `token ${fake.token}` } });
    assert.equal(raw.status, 429);
    assert.equal(raw.headers.get('x-ratelimit-remaining'), '0');
    assert.equal(raw.headers.get('retry-after'), '2');
    const resetIn = Number(raw.headers.get('x-ratelimit-reset')) - Date.now() / 1000;
    assert.ok(resetIn > 0 && resetIn <= 3, `reset ${resetIn}s ahead`);
    fake.faults.inject(ROUTE, 429);
    const start = fake.requests.length;
    await octokit.rest.actions.listWorkflowRunsForRepo(repo);
    assert.deepEqual(statuses(start), [429, 200]);
  });

  it('waits out a 403 primary rate limit through the throttling plugin until x-ratelimit-reset', async () => {
    fake.faults.inject(ROUTE, 'primary-rate-limit', { retryAfter: 1 });
    const start = fake.requests.length;
    limits.length = 0;
    await octokit.rest.actions.listWorkflowRunsForRepo(repo);
    assert.deepEqual(statuses(start), [403, 200]);
    assert.equal(limits[0]?.kind, 'primary');
    assert.ok(limits[0]!.retryAfter >= 1 && limits[0]!.retryAfter <= 3, `waits until x-ratelimit-reset, got ${limits[0]!.retryAfter}`);
  });

  it('recognises a secondary rate limit 403 and honours retry-after', async () => {
    fake.faults.inject(ROUTE, 'secondary-rate-limit', { retryAfter: 7 });
    const start = fake.requests.length;
    limits.length = 0;
    await octokit.rest.actions.listWorkflowRunsForRepo(repo);
    assert.deepEqual(statuses(start), [403, 200]);
    assert.deepEqual(limits, [{ kind: 'secondary', retryAfter: 7 }]);
  });

  it('gives up when the fault outlasts the client, surfacing GitHub\'s status', async () => {
    fake.faults.inject(ROUTE, 500, { times: 10 });
    await assert.rejects(octokit.rest.actions.listWorkflowRunsForRepo(repo), (error: { status?: number }) => error.status === 500);
    fake.faults.clear();
    await octokit.rest.actions.listWorkflowRunsForRepo(repo);
  });

  it('refuses with 403 once an installation token spends its hourly rate limit', async () => {
    const small = await startFakeGitHub({ rateLimit: { installation: 2 } });
    try {
      const client = getOctokit(small.token, { baseUrl: small.url });
      await client.rest.repos.get({ owner: 'octo-org', repo: 'octo-repo' });
      const last = await client.rest.repos.get({ owner: 'octo-org', repo: 'octo-repo' });
      assert.equal(last.headers['x-ratelimit-remaining'], '0');
      await assert.rejects(client.rest.repos.get({ owner: 'octo-org', repo: 'octo-repo' }), (error: { status?: number; message?: string }) => {
        assert.equal(error.status, 403);
        assert.match(error.message ?? '', /API rate limit exceeded for installation ID \d+/);
        return true;
      });
    } finally {
      await small.close();
    }
  });
});

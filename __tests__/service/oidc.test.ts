// Writes authenticated by GitHub Actions OIDC tokens from a local issuer (discovery document and
// JWKS over HTTP): only a push to the default branch of the same repository makes a baseline,
// and every forged, expired, misdirected or unknown-key token is refused with a clear message.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { openStorage } from '../../src/service/storage/storage.js';
import { startHarness, type Harness } from './support/harness.js';
import { analyzedReport, sha } from './support/reports.js';

const REPO = '/api/v1/repos/acme/widget';
const report = analyzedReport([{ id: 'tests/test_x.py::test_leak', leakPerOp: 1024 }]);

describe('OIDC-verified writes', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  const ingest = (token: string, query = '') => h.request('POST', `${REPO}/reports${query}`, { token, body: report });

  test('a push to the default branch of the same repository is a baseline', async () => {
    const response = await ingest(await h.pushToken({ sha: sha(1) }));
    assert.equal(response.status, 201, response.text);
    assert.equal(response.body.baseline, true);
    assert.match(response.body.baseline_reason, /push to the default branch main/);
  });

  test('pull-request runs are stored but are never baselines, whatever the request says', async () => {
    for (const claims of [
      { event_name: 'pull_request', ref: 'refs/pull/7/merge' },
      // pull_request_target runs with the base branch as its ref: still not a push.
      { event_name: 'pull_request_target', ref: 'refs/heads/main' },
      { event_name: 'workflow_dispatch', ref: 'refs/heads/main' },
      { event_name: 'push', ref: 'refs/heads/feature' },
      { event_name: 'push', ref: 'refs/tags/main' },
      { event_name: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-7-0123abcd' },
    ]) {
      const response = await ingest(await h.pullRequestToken({ ...claims, sha: sha(2) }));
      assert.equal(response.status, 201, response.text);
      assert.equal(response.body.baseline, false, JSON.stringify(claims));
    }
    const pr = await h.pullRequestToken({ sha: sha(2) });
    const claimsMain = await ingest(pr, '?branch=main');
    assert.equal(claimsMain.status, 403);
    assert.match(claimsMain.body.message, /refs\/pull\/7\/merge, not branch main/);
    const baseline = await h.request('GET', `${REPO}/baseline`, { token: pr });
    assert.equal(baseline.body.commit, sha(1), 'the baseline is still the push');
  });

  test('the default branch comes from the repository configuration, or a claim, never the request', async () => {
    const storage = await openStorage(h.database.url);
    try {
      const repository = await storage.upsertRepository('acme/trunked');
      await storage.setDefaultBranch(repository.id, 'trunk');
    } finally {
      await storage.close();
    }
    const claims = { repository: 'acme/trunked', repository_id: '31' };
    const onMain = await h.request('POST', '/api/v1/repos/acme/trunked/reports', { token: await h.pushToken({ ...claims, ref: 'refs/heads/main' }), body: report });
    assert.equal(onMain.body.baseline, false, onMain.text);
    const onTrunk = await h.request('POST', '/api/v1/repos/acme/trunked/reports', { token: await h.pushToken({ ...claims, ref: 'refs/heads/trunk' }), body: report });
    assert.equal(onTrunk.body.baseline, true, onTrunk.text);
    const claimed = await h.request('POST', '/api/v1/repos/acme/claimed/reports', {
      token: await h.pushToken({ repository: 'acme/claimed', repository_id: '32', ref: 'refs/heads/develop', default_branch: 'develop' }),
      body: report,
    });
    assert.equal(claimed.body.baseline, true, claimed.text);
  });

  test('a baseline must be the pushed commit, run and attempt of the token', async () => {
    const token = await h.pushToken({ sha: sha(3), run_id: '9001', run_attempt: '2' });
    assert.equal((await ingest(token, `?commit=${sha(4)}`)).status, 403);
    assert.equal((await ingest(token, '?run_id=9002')).status, 403);
    assert.equal((await ingest(token, '?run_attempt=1')).status, 403);
    const ok = await ingest(token, `?commit=${sha(3)}&run_id=9001&run_attempt=2`);
    assert.equal(ok.status, 201, ok.text);
  });

  test('forged, expired, misdirected and unknown-key tokens are refused', async () => {
    const published = h.issuer;
    const stray = await published.strayKey();
    const cases: [string, Promise<string> | string, number, RegExp][] = [
      ['signed by another key under a published kid', h.pushToken({}, { key: await published.strayKey(), kid: kidOf(await h.pushToken()) }), 401, /signature does not verify/],
      ['expired', h.pushToken({}, { expiresIn: -120 }), 401, /expired/],
      ['wrong audience', h.pushToken({}, { audience: 'sts.amazonaws.com' }), 401, /audience is not memleak-action/],
      ['wrong issuer', h.pushToken({}, { issuer: 'https://token.example.com' }), 401, /not issued by/],
      ['unknown key id', h.pushToken({}, { key: stray }), 401, /key .* does not publish/],
      ['another repository', h.pushToken({ repository: 'evil/fork', repository_id: '666' }), 403, /evil\/fork, not acme\/widget/],
      ['not a JWT', 'hello.world.again', 401, /malformed/],
      ['HS256 with a guessed secret', new SignJWT({ repository: 'acme/widget' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('secret')), 401, /RS256|malformed|key/],
    ];
    for (const [name, token, status, message] of cases) {
      const response = await ingest(await token);
      assert.equal(response.status, status, `${name}: ${response.text}`);
      assert.match(response.body.message, message, name);
    }
    const missingClaims = await h.issuer.mint({ repository: 'acme/widget' } as never);
    assert.equal((await ingest(missingClaims)).status, 401);
  });

  test('a repository name re-created under another GitHub id cannot write', async () => {
    const response = await ingest(await h.pushToken({ repository_id: '1234567' }));
    assert.equal(response.status, 403);
    assert.match(response.body.message, /bound to GitHub repository id 4242/);
  });

  test('key rotation: the key set is cached, refetched for a new key id, and a withdrawn key stops working', async () => {
    const before = h.issuer.jwksFetches();
    for (let i = 0; i < 3; i += 1) assert.equal((await ingest(await h.pullRequestToken())).status, 201);
    assert.equal(h.issuer.jwksFetches(), before, 'no fetch while the key is known');
    const oldKeyToken = await h.pullRequestToken();
    await h.issuer.rotate();
    const fresh = await ingest(await h.pullRequestToken());
    assert.equal(fresh.status, 201, fresh.text);
    assert.equal(h.issuer.jwksFetches(), before + 1, 'one refetch for the new key id');
    const withdrawn = await ingest(oldKeyToken);
    assert.equal(withdrawn.status, 401);
    assert.match(withdrawn.body.message, /does not publish/);
  });
});

test('merge-queue runs become baselines only when enabled, and for the default branch', async () => {
  for (const enabled of [false, true]) {
    const h = await startHarness({ mergeGroupBaselines: enabled, publicReads: true });
    try {
      const queued = await h.request('POST', `${REPO}/reports`, { token: await h.pushToken({ event_name: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-12-deadbeef', sha: sha(7) }), body: report });
      assert.equal(queued.status, 201, queued.text);
      assert.equal(queued.body.baseline, enabled);
      assert.equal(queued.body.branch, enabled ? 'main' : 'gh-readonly-queue/main/pr-12-deadbeef');
      const other = await h.request('POST', `${REPO}/reports`, { token: await h.pushToken({ event_name: 'merge_group', ref: 'refs/heads/gh-readonly-queue/release/pr-13-deadbeef', sha: sha(8) }), body: report });
      assert.equal(other.body.baseline, false);
    } finally {
      await h.close();
    }
  }
});

test('an unreachable issuer is a 503, not a verdict on the token', async () => {
  const h = await startHarness({ oidcIssuer: 'http://127.0.0.1:9/nowhere' });
  try {
    const response = await h.request('POST', `${REPO}/reports`, { token: await h.pushToken(), body: report });
    assert.equal(response.status, 503, response.text);
    assert.match(response.body.message, /cannot fetch the OIDC issuer's keys/);
  } finally {
    await h.close();
  }
});

function kidOf(token: string): string {
  const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as { kid: string };
  return header.kid;
}

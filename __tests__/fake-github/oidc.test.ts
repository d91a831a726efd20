// The fake's OIDC issuer: @actions/core's getIDToken fetches a token that jose verifies
// against the published discovery document and JWKS, with GitHub's claims.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getIDToken } from '@actions/core';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { startFakeGitHub, startOidcIssuer, type FakeGitHub } from '../helpers/fake-github/index.js';

describe('fake GitHub OIDC', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await startFakeGitHub({ repository: { owner: 'acme', name: 'widgets' } });
  });
  after(() => fake.close());

  async function tokenFor(request: { url: string; token: string }, audience: string): Promise<string> {
    process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] = request.url;
    process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = request.token;
    return getIDToken(audience);
  }

  it('issues a push token that verifies against the discovered JWKS', async () => {
    const run = fake.state.seedRun({ event: 'push', headBranch: 'main', headSha: 'd'.repeat(40) });
    const token = await tokenFor(fake.idTokenRequest(run), 'memleak-service');
    const discovery = (await (await fetch(`${fake.oidc.issuer}/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    assert.equal(discovery.issuer, fake.oidc.issuer);
    const { payload, protectedHeader } = await jwtVerify(token, createRemoteJWKSet(new URL(discovery.jwks_uri)), { issuer: fake.oidc.issuer, audience: 'memleak-service', algorithms: ['RS256'] });
    assert.equal(protectedHeader.alg, 'RS256');
    assert.ok(protectedHeader.kid);
    assert.equal(payload.sub, 'repo:acme/widgets:ref:refs/heads/main');
    assert.equal(payload['repository'], 'acme/widgets');
    assert.equal(payload['repository_owner'], 'acme');
    assert.equal(payload['ref'], 'refs/heads/main');
    assert.equal(payload['sha'], 'd'.repeat(40));
    assert.equal(payload['event_name'], 'push');
    assert.equal(payload['run_id'], String(run.id));
    assert.equal(payload['run_attempt'], '1');
    assert.equal(payload['job_workflow_ref'], 'acme/widgets/.github/workflows/memleak.yml@refs/heads/main');
    assert.ok(payload.exp! > payload.iat! && payload.nbf! <= payload.iat!);
  });

  it('gives a pull request run the pull_request subject and merge ref', async () => {
    fake.state.seedPullRequest({ number: 5, headSha: 'e'.repeat(40), headRef: 'leaky' });
    const run = fake.state.seedRun({ event: 'pull_request', headBranch: 'leaky', headSha: 'e'.repeat(40), pullRequestNumbers: [5] });
    const token = await tokenFor(fake.idTokenRequest(run), 'memleak-service');
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(fake.oidc.jwksUrl)), { issuer: fake.oidc.issuer, audience: 'memleak-service' });
    assert.equal(payload.sub, 'repo:acme/widgets:pull_request');
    assert.equal(payload['ref'], 'refs/pull/5/merge');
    assert.equal(payload['head_ref'], 'leaky');
    assert.equal(payload['base_ref'], 'main');
  });

  it('refuses an unknown request token, and its tokens fail verification against another issuer', async () => {
    const run = fake.state.seedRun();
    const request = fake.idTokenRequest(run);
    await assert.rejects(tokenFor({ ...request, token: 'forged' }, 'memleak-service'), /401/);
    const other = await startOidcIssuer();
    try {
      const token = await tokenFor(request, 'memleak-service');
      await assert.rejects(jwtVerify(token, createRemoteJWKSet(new URL(other.jwksUrl)), { audience: 'memleak-service' }));
      const expired = await fake.oidc.sign({ sub: 'repo:acme/widgets:ref:refs/heads/main', aud: 'memleak-service' }, { issuedAt: new Date(Date.now() - 3600_000) });
      await assert.rejects(jwtVerify(expired, createRemoteJWKSet(new URL(fake.oidc.jwksUrl))), /"exp" claim timestamp check failed/);
    } finally {
      await other.close();
    }
  });
});

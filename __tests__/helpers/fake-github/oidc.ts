// GitHub Actions' OIDC provider: an issuer publishing /.well-known/openid-configuration and
// a JWKS, and the per-job ID-token endpoint a workflow calls with
// `ACTIONS_ID_TOKEN_REQUEST_URL&audience=X` and `Authorization: Bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN`.
// Usable on its own (startOidcIssuer) by tests that only need to verify tokens.
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import { listen, requestUrl, sendJson } from './http.js';
import { describeRequest, type LoggedRequest } from './request-log.js';
import type { FakeState, WorkflowRun } from './state.js';

export interface OidcIssuer {
  /** The `iss` claim and discovery base (GitHub: https://token.actions.githubusercontent.com). */
  issuer: string;
  jwksUrl: string;
  /** Signs any claims with the published key (RS256, with `kid`), for tests that need odd tokens. */
  sign(claims: JWTPayload, options?: { expiresInSeconds?: number; issuedAt?: Date }): Promise<string>;
  close(): Promise<void>;
}

/** Answers an ID-token request: the claims for the job holding this request token, or undefined. */
export type TokenRequestResolver = (requestToken: string, path: string) => JWTPayload | undefined;

export async function startOidcIssuer(options: { resolve?: TokenRequestResolver; log?: LoggedRequest[] } = {}): Promise<OidcIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  const publicJwk = { ...jwk, kid, alg: 'RS256', use: 'sig' };
  let issuer = '';

  const sign: OidcIssuer['sign'] = (claims, { expiresInSeconds = 300, issuedAt = new Date() } = {}) => {
    const iat = Math.floor(issuedAt.getTime() / 1000);
    return new SignJWT({ jti: randomUUID(), ...claims, iss: issuer, nbf: iat - 5, iat, exp: iat + expiresInSeconds })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid, x5t: kid })
      .sign(privateKey);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = requestUrl(req);
    let status = 200;
    if (url.pathname === '/.well-known/openid-configuration') {
      sendJson(res, 200, {
        issuer,
        jwks_uri: `${issuer}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'sha', 'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'run_id', 'run_number', 'run_attempt', 'actor', 'actor_id', 'workflow', 'workflow_ref', 'workflow_sha', 'head_ref', 'base_ref', 'event_name', 'ref_type', 'ref_protected', 'environment', 'job_workflow_ref', 'job_workflow_sha', 'repository_visibility', 'runner_environment'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      });
    } else if (url.pathname === '/.well-known/jwks') {
      sendJson(res, 200, { keys: [publicJwk] });
    } else if (url.pathname.endsWith('/idtoken') && req.method === 'GET') {
      const requestToken = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      const claims = requestToken && options.resolve ? options.resolve(requestToken, url.pathname) : undefined;
      if (!claims) {
        status = 401;
        sendJson(res, 401, { message: 'Unauthorized' });
      } else {
        const audience = url.searchParams.get('audience') ?? `https://github.com/${String(claims['repository_owner'])}`;
        sendJson(res, 200, { value: await sign({ ...claims, aud: audience }) });
      }
    } else {
      status = 404;
      sendJson(res, 404, { message: 'Not Found' });
    }
    options.log?.push({ service: 'oidc', ...describeRequest(req, url), route: `${req.method} ${url.pathname}`, body: '', status, at: new Date() });
  };

  const server = await listen(handle);
  issuer = server.origin;
  return { issuer, jwksUrl: `${issuer}/.well-known/jwks`, sign, close: server.close };
}

/** The claims GitHub puts in a job's ID token, derived from the run that requests it. */
export function githubClaims(state: FakeState, run: WorkflowRun): JWTPayload {
  const { repository } = state;
  const workflow = state.workflows.find((candidate) => candidate.id === run.workflowId)!;
  const pull = run.pullRequestNumbers[0] !== undefined ? state.pullRequest(run.pullRequestNumbers[0]) : undefined;
  const isPullRequest = run.event === 'pull_request' || run.event === 'pull_request_target';
  const ref = run.event === 'pull_request' && pull ? `refs/pull/${pull.number}/merge` : `refs/heads/${isPullRequest && pull ? pull.base.ref : run.headBranch}`;
  const workflowRef = `${state.fullName}/${workflow.path}@${ref}`;
  return {
    sub: isPullRequest ? `repo:${state.fullName}:pull_request` : `repo:${state.fullName}:ref:${ref}`,
    ref,
    sha: run.headSha,
    repository: state.fullName,
    repository_id: String(repository.id),
    repository_owner: repository.owner,
    repository_owner_id: String(repository.ownerId),
    repository_visibility: repository.private ? 'private' : 'public',
    run_id: String(run.id),
    run_number: String(run.runNumber),
    run_attempt: String(run.runAttempt),
    actor: run.actor.login,
    actor_id: String(run.actor.id),
    workflow: workflow.name,
    workflow_ref: workflowRef,
    workflow_sha: run.headSha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: run.headSha,
    head_ref: isPullRequest && pull ? pull.head.ref : '',
    base_ref: isPullRequest && pull ? pull.base.ref : '',
    event_name: run.event,
    ref_type: 'branch',
    ref_protected: String(!isPullRequest && run.headBranch === repository.defaultBranch),
    runner_environment: 'github-hosted',
  };
}

/** One secret per run: what a job receives as ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
export function newRequestToken(): string {
  return randomBytes(24).toString('base64url');
}

// Who is calling, and what they may do. Writes come from GitHub Actions OIDC tokens (or project
// API tokens); whether a write becomes a baseline is decided here from verified claims alone,
// never from anything in the request that the caller could choose.
import type { ApiTokenRecord, RepositoryRecord, Storage } from '../storage/storage.js';
import { hashApiToken, looksLikeApiToken } from './api-tokens.js';
import { AuthError, type ActionsIdentity, type OidcVerifier } from './oidc.js';

export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'oidc'; identity: ActionsIdentity }
  | { kind: 'api-token'; token: ApiTokenRecord };

export interface AccessPolicy {
  publicReads: boolean;
  /** Treat merge-queue runs for the default branch as baselines (off: a queued group may never land). */
  mergeGroupBaselines: boolean;
  /** Base of run links, e.g. https://github.com. */
  githubUrl: string;
}

/** What the caller asked to store; every field is checked against the credentials. */
export interface WriteRequest {
  branch?: string;
  commit?: string;
  runId?: string;
  runAttempt?: number;
  runUrl?: string;
}

export interface WriteDecision {
  branch: string;
  commit: string;
  runId: string;
  runAttempt: number;
  runUrl: string | null;
  eventName: string | null;
  isBaseline: boolean;
  /** Why the report is, or is not, a baseline: returned to the client. */
  baselineReason: string;
}

export async function authenticate(header: string | undefined, storage: Storage, oidc: OidcVerifier): Promise<Principal> {
  if (!header) return { kind: 'anonymous' };
  const [scheme = '', value = ''] = header.split(/\s+/, 2);
  let credential: string;
  if (/^bearer$/i.test(scheme)) credential = value;
  // Basic (any user name, the token as password) lets a browser show a private dashboard.
  else if (/^basic$/i.test(scheme)) credential = Buffer.from(value, 'base64').toString('utf8').split(':').slice(1).join(':');
  else throw new AuthError(401, `unsupported Authorization scheme "${scheme}": use Bearer`);
  if (!credential) throw new AuthError(401, 'empty credentials');
  if (looksLikeApiToken(credential)) {
    const token = await storage.findApiToken(hashApiToken(credential));
    if (!token) throw new AuthError(401, 'unknown API token');
    if (token.revokedAt) throw new AuthError(401, 'this API token was revoked');
    return { kind: 'api-token', token };
  }
  return { kind: 'oidc', identity: await oidc.verify(credential) };
}

const sameRepository = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function repositoryOf(principal: Principal): string | null {
  if (principal.kind === 'oidc') return principal.identity.repository;
  if (principal.kind === 'api-token') return principal.token.repositorySlug;
  return null;
}

/** The repositories a caller may list: all when reads are public, else the one its credential names. */
export function readableRepository(principal: Principal, policy: AccessPolicy): string | 'all' {
  if (policy.publicReads) return 'all';
  const repository = repositoryOf(principal);
  if (!repository) throw new AuthError(401, 'reads need a token: an OIDC token or a project API token of the repository');
  return repository;
}

export function checkRead(principal: Principal, repository: string, policy: AccessPolicy): void {
  if (policy.publicReads) return;
  const allowed = readableRepository(principal, policy);
  if (allowed !== 'all' && !sameRepository(allowed, repository)) throw new AuthError(403, `this token is for ${allowed}, not ${repository}`);
}

const HEADS = 'refs/heads/';

export function decideWrite(principal: Principal, repository: RepositoryRecord, request: WriteRequest, policy: AccessPolicy): WriteDecision {
  if (principal.kind === 'anonymous') throw new AuthError(401, 'writes need a GitHub Actions OIDC token (permissions: id-token: write) or a project API token');
  if (principal.kind === 'api-token') return decideApiTokenWrite(principal.token, repository, request);
  return decideOidcWrite(principal.identity, repository, request, policy);
}

function decideApiTokenWrite(token: ApiTokenRecord, repository: RepositoryRecord, request: WriteRequest): WriteDecision {
  if (token.repositoryId !== repository.id) throw new AuthError(403, `this API token is for ${token.repositorySlug}, not ${repository.name}`);
  if (!request.branch || !request.commit || !request.runId) throw new AuthError(403, 'writes with an API token must name branch, commit and run_id');
  const onDefault = request.branch === repository.defaultBranch;
  const isBaseline = token.canWriteBaselines && onDefault;
  return {
    branch: request.branch,
    commit: request.commit,
    runId: request.runId,
    runAttempt: request.runAttempt ?? 1,
    runUrl: request.runUrl ?? null,
    eventName: null,
    isBaseline,
    baselineReason: isBaseline
      ? `baseline: API token "${token.name}" may write baselines and ${request.branch} is the default branch`
      : !token.canWriteBaselines
        ? `not a baseline: API token "${token.name}" may not write baselines`
        : `not a baseline: ${request.branch} is not the default branch (${repository.defaultBranch})`,
  };
}

function decideOidcWrite(identity: ActionsIdentity, repository: RepositoryRecord, request: WriteRequest, policy: AccessPolicy): WriteDecision {
  if (!sameRepository(identity.repository, repository.name)) throw new AuthError(403, `this OIDC token is for ${identity.repository}, not ${repository.name}`);
  if (repository.githubId && identity.repositoryId && repository.githubId !== identity.repositoryId) {
    throw new AuthError(403, `${repository.name} is bound to GitHub repository id ${repository.githubId}, the token names ${identity.repositoryId} (was the repository deleted and re-created?)`);
  }
  const defaultBranch = identity.defaultBranch ?? repository.defaultBranch;
  const branchOfRef = identity.ref.startsWith(HEADS) ? identity.ref.slice(HEADS.length) : identity.ref;
  const queueTarget = identity.eventName === 'merge_group' ? /^gh-readonly-queue\/(.+)\/pr-\d+-[0-9a-f]+$/.exec(branchOfRef)?.[1] : undefined;

  let isBaseline = false;
  let branch = branchOfRef;
  let baselineReason: string;
  if (identity.eventName === 'push' && identity.ref === HEADS + defaultBranch) {
    isBaseline = true;
    baselineReason = `baseline: a push to the default branch ${defaultBranch}`;
  } else if (queueTarget === defaultBranch && policy.mergeGroupBaselines) {
    isBaseline = true;
    branch = defaultBranch;
    baselineReason = `baseline: a merge-queue run for the default branch ${defaultBranch}`;
  } else {
    baselineReason = `not a baseline: the token shows a ${identity.eventName} event on ${identity.ref}; only pushes to ${defaultBranch} are baselines`;
  }

  if (request.branch !== undefined && request.branch !== branch) throw new AuthError(403, `the OIDC token is for ${identity.ref}, not branch ${request.branch}`);
  if (request.runId !== undefined && request.runId !== identity.runId) throw new AuthError(403, `the OIDC token is for run ${identity.runId}, not ${request.runId}`);
  if (request.runAttempt !== undefined && request.runAttempt !== identity.runAttempt) throw new AuthError(403, `the OIDC token is for run attempt ${identity.runAttempt}, not ${request.runAttempt}`);
  // A pull request's report may name the head commit (the token carries the merge commit);
  // a baseline must be the very commit that was pushed.
  if (isBaseline && request.commit !== undefined && request.commit !== identity.sha) throw new AuthError(403, `the OIDC token is for commit ${identity.sha}, not ${request.commit}`);
  return {
    branch,
    commit: request.commit ?? identity.sha,
    runId: identity.runId,
    runAttempt: identity.runAttempt,
    runUrl: `${policy.githubUrl}/${identity.repository}/actions/runs/${identity.runId}/attempts/${identity.runAttempt}`,
    eventName: identity.eventName,
    isBaseline,
    baselineReason,
  };
}

// The REST front door: authentication, rate-limit accounting, injected faults, repository
// resolution and permission checks, in the order GitHub applies them, then the route handler.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlobSigner } from '../blob.js';
import type { Fault, Faults } from '../faults.js';
import { readBody, requestUrl, RouteTable, sendJson } from '../http.js';
import { describeRequest, type LoggedRequest } from '../request-log.js';
import type { FakeState } from '../state.js';
import { allows, type InstallationGrant, type PermissionScope, type TokenRegistry } from '../tokens.js';
import { GitHubError, type RestContext, type RestResponse, type RestRoute } from './context.js';

const DOCS = 'https://docs.github.com/rest';
const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

export interface RestServerDeps {
  state: FakeState;
  tokens: TokenRegistry;
  faults: Faults;
  log: LoggedRequest[];
  blobs: BlobSigner;
  routes: RestRoute[];
  /** Requests per hour for an installation token (GitHub: 1,000 per repository for GITHUB_TOKEN) and anonymously (60). */
  rateLimit: { installation: number; anonymous: number };
  urls: () => { apiUrl: string; serverUrl: string };
}

interface Bucket {
  limit: number;
  used: number;
  reset: number;
}

export function restHandler(deps: RestServerDeps) {
  const table = new RouteTable<RestRoute>();
  for (const route of deps.routes) table.add(route.route, route);
  const buckets = new Map<string, Bucket>();

  const bucketFor = (identity: string, limit: number): Bucket => {
    const nowSeconds = Math.floor(deps.state.now().getTime() / 1000);
    let bucket = buckets.get(identity);
    if (!bucket || bucket.reset <= nowSeconds) {
      bucket = { limit, used: 0, reset: nowSeconds + 3600 };
      buckets.set(identity, bucket);
    }
    return bucket;
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = requestUrl(req);
    const raw = await readBody(req);
    const method = req.method ?? 'GET';
    const matched = table.match(method, url.pathname.replace(/\/+$/, '') || '/');
    const { apiUrl, serverUrl } = deps.urls();
    const requestId = `${randomBytes(2).toString('hex').toUpperCase()}:${randomBytes(3).toString('hex').toUpperCase()}:${randomBytes(4).toString('hex').toUpperCase()}:${randomBytes(4).toString('hex').toUpperCase()}:${randomBytes(4).toString('hex').toUpperCase()}`;
    const headers: Record<string, string> = {
      'x-github-request-id': requestId,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'access-control-expose-headers':
        'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
    };
    const docsUrl = matched?.value.docs ?? DOCS;

    let response: RestResponse;
    try {
      const grant = authenticate(req, deps.tokens);
      const bucket = bucketFor(grant ? grant.token : `anonymous:${req.socket.remoteAddress}`, grant ? deps.rateLimit.installation : deps.rateLimit.anonymous);
      const exhausted = bucket.used >= bucket.limit;
      if (!exhausted) bucket.used += 1;
      Object.assign(headers, rateLimitHeaders(bucket));
      if (exhausted) {
        const who = grant ? `installation ID ${grant.installationId}` : req.socket.remoteAddress;
        throw new GitHubError(403, `API rate limit exceeded for ${who}. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`);
      }
      if (!matched) throw new GitHubError(404, 'Not Found');
      const fault = deps.faults.take(matched.route);
      if (fault) throw faultError(fault, requestId, headers, deps.state.now());
      const accepted = grant ? acceptedPermissions(matched.value) : undefined;
      if (accepted) headers['x-accepted-github-permissions'] = accepted;
      authorize(matched.value, matched.params, grant, deps.state);
      let body: Record<string, unknown> = {};
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
        } catch {
          throw new GitHubError(400, 'Problems parsing JSON');
        }
      }
      const context: RestContext = {
        state: deps.state,
        params: matched.params,
        query: url.searchParams,
        body: body && typeof body === 'object' ? body : {},
        grant,
        apiUrl,
        serverUrl,
        requestUrl: new URL(url.pathname + url.search, apiUrl),
        blobs: deps.blobs,
      };
      response = await matched.value.handle(context);
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      response = {
        status: error.status,
        headers: error.headers,
        body: { message: error.message, ...(error.errors ? { errors: error.errors } : {}), documentation_url: /rate limit/.test(error.message) ? RATE_LIMIT_DOCS : docsUrl, status: String(error.status) },
      };
    }

    const allHeaders = { ...headers, ...response.headers };
    if (response.body === undefined) {
      res.writeHead(response.status, allHeaders);
      res.end();
    } else sendJson(res, response.status, response.body, allHeaders);
    deps.log.push({ service: 'rest', ...describeRequest(req, url), route: matched?.route ?? `${method} ${url.pathname}`, body: raw.toString('utf8'), status: response.status, at: new Date() });
  };
}

/** `Authorization: token X` or `Bearer X`. A credential GitHub does not know is a 401 on every route. */
function authenticate(req: IncomingMessage, tokens: TokenRegistry): InstallationGrant | undefined {
  const header = req.headers.authorization;
  if (header === undefined) return undefined;
  const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())?.[1];
  const grant = token ? tokens.lookup(token) : undefined;
  if (!grant) throw new GitHubError(401, 'Bad credentials');
  return grant;
}

/** Sets of permissions that each allow the route, in the x-accepted-github-permissions format ("a=read; b=read"). */
function acceptedPermissions(route: RestRoute): string | undefined {
  const needed = route.permission;
  if (!needed) return undefined;
  const scopes: readonly PermissionScope[] = typeof needed.scope === 'string' ? [needed.scope] : needed.scope;
  return scopes.map((scope) => `${scope}=${needed.access}`).join('; ');
}

function authorize(route: RestRoute, params: Record<string, string>, grant: InstallationGrant | undefined, state: FakeState): void {
  if (params['owner'] !== undefined) {
    const sameRepo = params['owner'].toLowerCase() === state.repository.owner.toLowerCase() && params['repo']?.toLowerCase() === state.repository.name.toLowerCase();
    // An installation token only reaches the repository it was issued for; others look absent.
    if (!sameRepo || (state.repository.private && !grant)) throw new GitHubError(404, 'Not Found');
  }
  const needed = route.permission;
  if (!needed) return;
  if (!grant) {
    if (needed.access === 'write') throw new GitHubError(401, 'Requires authentication');
    return; // anonymous reads of a public repository
  }
  const scopes: readonly PermissionScope[] = typeof needed.scope === 'string' ? [needed.scope] : needed.scope;
  const readOfPublic = needed.access === 'read' && !state.repository.private;
  if (readOfPublic || scopes.some((scope) => allows(grant.permissions[scope], needed.access))) return;
  throw new GitHubError(403, 'Resource not accessible by integration');
}

function rateLimitHeaders(bucket: Bucket): Record<string, string> {
  return {
    'x-ratelimit-limit': String(bucket.limit),
    'x-ratelimit-remaining': String(Math.max(0, bucket.limit - bucket.used)),
    'x-ratelimit-reset': String(bucket.reset),
    'x-ratelimit-used': String(bucket.used),
    'x-ratelimit-resource': 'core',
  };
}

function faultError(fault: Fault, requestId: string, headers: Record<string, string>, now: Date): GitHubError {
  const retryAfter = String(fault.retryAfter);
  switch (fault.kind) {
    case 429:
    case 'primary-rate-limit':
      headers['x-ratelimit-remaining'] = '0';
      headers['x-ratelimit-reset'] = String(Math.ceil(now.getTime() / 1000) + fault.retryAfter);
      return new GitHubError(fault.kind === 429 ? 429 : 403, `API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`, undefined, { 'retry-after': retryAfter });
    case 'secondary-rate-limit':
      return new GitHubError(
        403,
        `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        undefined,
        { 'retry-after': retryAfter },
      );
    case 502:
      return new GitHubError(502, 'Server Error');
    case 503:
      return new GitHubError(503, 'Service Unavailable', undefined, { 'retry-after': retryAfter });
    default:
      return new GitHubError(500, 'Server Error');
  }
}

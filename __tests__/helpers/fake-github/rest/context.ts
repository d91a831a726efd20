// What every REST route handler receives and returns, plus GitHub's error and pagination conventions.
import type { BlobSigner } from '../blob.js';
import type { FakeState } from '../state.js';
import type { InstallationGrant, PermissionScope } from '../tokens.js';

export interface RestContext {
  state: FakeState;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON request body (an empty object when none was sent). */
  body: Record<string, unknown>;
  grant: InstallationGrant | undefined;
  apiUrl: string;
  serverUrl: string;
  /** Absolute URL of this request, used to build `link` headers. */
  requestUrl: URL;
  blobs: BlobSigner;
}

/** What rendering GitHub's JSON shapes needs (also used outside requests, for event payloads). */
export type RenderContext = Pick<RestContext, 'state' | 'apiUrl' | 'serverUrl'>;

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RestRoute {
  /** octokit-style template, e.g. `GET /repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  route: string;
  /** The docs page GitHub names in `documentation_url` for this endpoint. */
  docs: string;
  /**
   * The token permission GitHub requires; with several scopes, any one of them suffices (issue
   * comments accept `issues` or `pull_requests`). Absent: the route authorizes itself (GET /user).
   */
  permission?: { scope: PermissionScope | readonly PermissionScope[]; access: 'read' | 'write' };
  handle(context: RestContext): RestResponse | Promise<RestResponse>;
}

/** An error answered with GitHub's JSON error shape: `{message, documentation_url, status}` (+ `errors`). */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = () => new GitHubError(404, 'Not Found');

/** 422 from GitHub's JSON-schema validation of a request body. */
export const invalidRequest = (detail: string) => new GitHubError(422, `Invalid request.\n\n${detail}`);

/** 422 from a model validation ("Validation Failed" with an errors array). */
export const validationFailed = (errors: unknown[]) => new GitHubError(422, 'Validation Failed', errors);

export function isoSeconds(date: Date | null): string | null {
  return date ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
}

/**
 * GitHub's page-based pagination: `per_page` (default 30 unless the endpoint says otherwise, at most 100)
 * and `page` (from 1), with a `link` header naming prev/next/last/first pages of the same URL.
 */
export function paginate<T>(context: RestContext, items: T[], defaultPerPage = 30): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number.parseInt(context.query.get('per_page') ?? '', 10) || defaultPerPage));
  const page = Math.max(1, Number.parseInt(context.query.get('page') ?? '', 10) || 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const pageUrl = (n: number) => {
    const url = new URL(context.requestUrl);
    url.searchParams.set('page', String(n));
    return `<${url.href}>; rel=`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${pageUrl(Math.min(page - 1, lastPage))}"prev"`);
  if (page < lastPage) links.push(`${pageUrl(page + 1)}"next"`, `${pageUrl(lastPage)}"last"`);
  if (page > 1) links.push(`${pageUrl(1)}"first"`);
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  };
}

export function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}

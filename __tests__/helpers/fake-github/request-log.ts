// Every request any fake service answered, in order, for tests to assert on.
import type { IncomingMessage } from 'node:http';

export type Service = 'rest' | 'graphql' | 'results' | 'blob' | 'oidc';

export interface LoggedRequest {
  service: Service;
  method: string;
  path: string;
  query: Record<string, string>;
  /** The matched route template (`GET /repos/{owner}/{repo}/actions/runs`), or the raw path when none matched. */
  route: string;
  /** Request headers with credentials redacted; `hasAuthorization` says whether one was sent. */
  headers: Record<string, string>;
  hasAuthorization: boolean;
  /** Request body as text (JSON for REST/Twirp; blob uploads are logged by size only). */
  body: string;
  status: number;
  at: Date;
}

export function describeRequest(req: IncomingMessage, url: URL): Pick<LoggedRequest, 'method' | 'path' | 'query' | 'headers' | 'hasAuthorization'> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name] = name === 'authorization' ? '[redacted]' : Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    hasAuthorization: req.headers.authorization !== undefined,
  };
}

// A small typed client of the memleak service's /api/v1, for the action's `baseline: service`
// mode. It depends on nothing but fetch and the core's types, so the action bundle stays small,
// and every failure becomes a ServiceError whose message says what to do.
import type { FailOn, Report } from '../core/index.js';

export interface ServiceClientOptions {
  /** Base URL of the service, e.g. https://memleak.example.com */
  url: string;
  /** A GitHub Actions OIDC token (audience memleak-action) or a project API token. */
  token?: string;
  /** Per request; default 30 s. */
  timeoutMs?: number;
}

export interface ReportCoordinates {
  /** owner/name */
  repository: string;
  branch?: string;
  key?: string;
}

export interface IngestRequest extends ReportCoordinates {
  commit?: string;
  /** ISO-8601 time of the commit: orders baselines. */
  committedAt?: string;
  runId?: string;
  runAttempt?: number;
  runUrl?: string;
  report: Report;
}

export interface IngestResult {
  id: number;
  duplicate: boolean;
  baseline: boolean;
  baseline_reason: string;
  branch: string;
  commit: string;
}

export interface BaselineRequest extends ReportCoordinates {
  /** The commit to compare against (a pull request's base): exact match, else the newest before it. */
  commit?: string;
  /** ISO-8601: only baselines of commits made at or before this time. */
  before?: string;
}

export interface BaselineResult {
  id: number;
  commit: string;
  branch: string;
  run_url: string | null;
  created_at: string;
  provenance: { commit?: string; ref?: string; run_url?: string; created_at?: string; source?: string };
  report: Report;
}

export interface CompareRequest extends BaselineRequest {
  head: Report;
  failOn?: FailOn;
  /** Override the head report's fail_on_inconclusive. */
  failOnInconclusive?: boolean;
}

export class ServiceError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the service could not be reached. */
    readonly status: number,
    readonly code: string,
    readonly problems: { pointer: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export interface ServiceClient {
  ingest(request: IngestRequest): Promise<IngestResult>;
  /** The baseline, or null when the service has none for these coordinates. */
  baseline(request: BaselineRequest): Promise<BaselineResult | null>;
  /** The head compared with the service's baseline by the core's compare (as `memleak compare` would). */
  compare(request: CompareRequest): Promise<Report>;
}

function repositoryPath(repository: string): string {
  const [owner, name, ...rest] = repository.split('/');
  if (!owner || !name || rest.length) throw new ServiceError(`"${repository}" is not an owner/name repository`, 0, 'invalid_repository');
  return `/api/v1/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
}

function query(parameters: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  const base = options.url.replace(/\/+$/, '');

  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, allowNoBaseline = false): Promise<T | null> {
    const url = base + path;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: 'application/json',
          ...(options.token && { authorization: `Bearer ${options.token}` }),
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs ?? 30_000} ms` : (cause?.code ?? cause?.message ?? (error as Error).message);
      throw new ServiceError(`the memleak service at ${base} is unreachable (${reason}): check the service URL and that the service is running`, 0, 'unreachable');
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      throw new ServiceError(`the memleak service at ${base} answered ${method} ${path.split('?')[0]} with ${response.status} and a body that is not JSON: is the URL right?`, response.status, 'not_json');
    }
    if (response.ok) return parsed as T;
    const error = (parsed ?? {}) as { error?: string; message?: string; problems?: { pointer: string; message: string }[] };
    // Only the service's own "no baseline" answer means none; a 404 from elsewhere is a wrong URL.
    if (allowNoBaseline && response.status === 404 && error.error === 'no_baseline') return null;
    throw new ServiceError(
      `the memleak service refused ${method} ${path.split('?')[0]} (${response.status}): ${error.message ?? response.statusText}`,
      response.status,
      error.error ?? 'http_error',
      error.problems ?? [],
    );
  }

  return {
    async ingest(request) {
      const path = repositoryPath(request.repository) + '/reports' + query({
        branch: request.branch,
        key: request.key,
        commit: request.commit,
        committed_at: request.committedAt,
        run_id: request.runId,
        run_attempt: request.runAttempt,
        run_url: request.runUrl,
      });
      return (await call<IngestResult>('POST', path, request.report))!;
    },
    async baseline(request) {
      const path = repositoryPath(request.repository) + '/baseline' + query({ branch: request.branch, key: request.key, commit: request.commit, before: request.before });
      return call<BaselineResult>('GET', path, undefined, true);
    },
    async compare(request) {
      const path = repositoryPath(request.repository) + '/compare' + query({ branch: request.branch, key: request.key, commit: request.commit, before: request.before, fail_on: request.failOn, fail_on_inconclusive: request.failOnInconclusive === undefined ? undefined : String(request.failOnInconclusive) });
      return (await call<Report>('POST', path, request.head))!;
    },
  };
}

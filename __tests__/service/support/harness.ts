// A started service (real HTTP on 127.0.0.1) with its local OIDC issuer and a throwaway
// database, plus helpers to mint GitHub Actions tokens and call the API.
import { startService, type ServiceOptions } from '../../../src/service/index.js';
import { startOidcIssuer, type GithubClaims, type LocalOidcIssuer, type MintOptions } from '../../helpers/oidc-issuer.js';
import { sqliteDatabase, type TestDatabase } from './databases.js';

export interface Harness {
  url: string;
  issuer: LocalOidcIssuer;
  database: TestDatabase;
  /** A token of a push to `ref` (default refs/heads/main) of acme/widget unless claims say otherwise. */
  pushToken(claims?: Partial<GithubClaims>, options?: MintOptions): Promise<string>;
  pullRequestToken(claims?: Partial<GithubClaims>, options?: MintOptions): Promise<string>;
  request(method: string, path: string, options?: { token?: string; body?: unknown; rawBody?: string; contentType?: string; headers?: Record<string, string> }): Promise<{ status: number; body: any; text: string; headers: Headers }>;
  close(): Promise<void>;
}

let runCounter = 0;
const nextRunId = () => String(500_000 + ++runCounter);

export async function startHarness(options: Partial<ServiceOptions> & { database?: TestDatabase } = {}): Promise<Harness> {
  const issuer = await startOidcIssuer();
  const database = options.database ?? sqliteDatabase();
  const service = await startService({
    port: 0,
    db: database.url,
    oidcIssuer: issuer.issuer,
    oidcAudience: 'memleak-action',
    publicReads: false,
    logger: false,
    jwksCooldownMs: 0,
    ...options,
  });
  const base = { repository: 'acme/widget', repository_id: '4242', sha: 'a'.repeat(40) };
  return {
    url: service.url,
    issuer,
    database,
    pushToken: (claims = {}, mintOptions) => issuer.mint({ ...base, ref: 'refs/heads/main', event_name: 'push', run_id: nextRunId(), ...claims }, mintOptions),
    pullRequestToken: (claims = {}, mintOptions) => issuer.mint({ ...base, ref: 'refs/pull/7/merge', event_name: 'pull_request', run_id: nextRunId(), ...claims }, mintOptions),
    async request(method, path, { token, body, rawBody, contentType, headers = {} } = {}) {
      const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
      const response = await fetch(service.url + path, {
        method,
        headers: {
          ...(token && { authorization: `Bearer ${token}` }),
          ...(payload !== undefined && { 'content-type': contentType ?? 'application/json' }),
          ...headers,
        },
        body: payload,
      });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: response.status, body: parsed, text, headers: response.headers };
    },
    async close() {
      await service.close();
      await issuer.close();
      if (!options.database) await database.drop();
    },
  };
}

// The baseline-comparison service: stores reports per repository, branch and commit, serves
// baselines and comparisons to the action, and shows the history on a dashboard.
import type { FastifyServerOptions } from 'fastify';
import { createOidcVerifier } from './auth/oidc.js';
import { buildApp } from './http/app.js';
import { openStorage } from './storage/storage.js';
import { DEFAULT_BODY_LIMIT_BYTES } from './params.js';

export { DEFAULT_BODY_LIMIT_BYTES };

export interface ServiceOptions {
  port: number;
  /** Interface to listen on; 127.0.0.1 unless told (a container passes 0.0.0.0). */
  host?: string;
  /** postgres://… for PostgreSQL, else a SQLite file path (sqlite:path and file:path also work). */
  db: string;
  oidcIssuer: string;
  oidcAudience: string;
  /** Let anyone read baselines, history and the dashboard; otherwise a token of the repository is needed. */
  publicReads: boolean;
  logger: FastifyServerOptions['logger'];
  bodyLimitBytes?: number;
  jwksCooldownMs?: number;
  githubUrl?: string;
  mergeGroupBaselines?: boolean;
}

export interface RunningService {
  url: string;
  close(): Promise<void>;
}

export async function startService(options: ServiceOptions): Promise<RunningService> {
  const storage = await openStorage(options.db);
  try {
    await storage.migrate();
  } catch (error) {
    await storage.close();
    throw new Error(`cannot prepare the database ${storage.description}: ${(error as Error).message}`);
  }
  const app = buildApp({
    storage,
    oidc: createOidcVerifier({ issuer: options.oidcIssuer, audience: options.oidcAudience, jwksCooldownMs: options.jwksCooldownMs }),
    policy: { publicReads: options.publicReads, mergeGroupBaselines: options.mergeGroupBaselines ?? false, githubUrl: (options.githubUrl ?? 'https://github.com').replace(/\/$/, '') },
    bodyLimit: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    logger: options.logger,
  });
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port, host });
  } catch (error) {
    await storage.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    async close() {
      await app.close();
      await storage.close();
    },
  };
}

// Assembles the HTTP application: body parsing and limits, the error shape, health probes, the
// JSON API, the OpenAPI document and the dashboard. No state lives here but the database handle.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { AccessPolicy } from '../auth/access.js';
import type { OidcVerifier } from '../auth/oidc.js';
import type { Storage } from '../storage/storage.js';
import { registerDashboardRoutes } from '../dashboard/routes.js';
import { registerApiRoutes } from './api-routes.js';
import { HttpError, sendError, toErrorReply } from './errors.js';
import { servedOpenApiDocument } from './openapi.js';

export interface AppOptions {
  storage: Storage;
  oidc: OidcVerifier;
  policy: AccessPolicy;
  bodyLimit: number;
  logger: FastifyServerOptions['logger'];
}

export function buildApp({ storage, oidc, policy, bodyLimit, logger }: AppOptions): FastifyInstance {
  const app = Fastify({ logger, bodyLimit, ajv: { customOptions: { allErrors: false } } });

  // Reports are kept as text until the core's parseReport reads them, so a syntax error and a
  // schema violation are reported by the same code, with the same pointers, as in the CLI.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorReply(error as Parameters<typeof toErrorReply>[0], request);
    return sendError(reply, status, body);
  });
  // ajv coerces "1e999" to Infinity and lets it through integer bounds; no route wants it.
  app.addHook('preHandler', async (request) => {
    for (const [scope, values] of [['querystring', request.query], ['params', request.params]] as const) {
      for (const [name, value] of Object.entries((values ?? {}) as Record<string, unknown>)) {
        if (typeof value === 'number' && !Number.isFinite(value)) {
          throw new HttpError(400, 'invalid_request', `/${scope}/${name} must be a finite number`, [{ pointer: `/${scope}/${name}`, message: 'must be a finite number' }]);
        }
      }
    }
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, { error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` }));

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const reason = await storage.unreadyReason();
    return reason ? reply.code(503).send({ status: 'unready', reason }) : { status: 'ready', database: storage.dialect };
  });
  const openapi = servedOpenApiDocument();
  app.get('/api/v1/openapi.json', async () => openapi);

  registerApiRoutes(app, { storage, oidc, policy });
  registerDashboardRoutes(app, { storage, oidc, policy });
  return app;
}

// Serves the dashboard pages and their static assets. Pages obey the same read policy as the
// API; a browser can pass a project API token by HTTP Basic auth (any user name).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticate, checkRead, readableRepository } from '../auth/access.js';
import { AuthError } from '../auth/oidc.js';
import { branch as branchQuery, keyFilter as keyQuery, repoParams, type RouteDependencies } from '../http/api-routes.js';
import { DASHBOARD_CSS, DASHBOARD_JS, readChartJs } from './assets.js';
import { messagePage, repositoriesPage, repositoryPage } from './pages.js';

const CHART_WINDOW = 30;
const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .code(status)
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(html);
}

function sendAuthError(reply: FastifyReply, error: AuthError): FastifyReply {
  if (error.statusCode === 401) reply.header('www-authenticate', 'Basic realm="memleak dashboard", charset="UTF-8"');
  return sendHtml(reply, error.statusCode, messagePage(error.statusCode === 403 ? 'Forbidden' : 'Sign in', error.message));
}

export function registerDashboardRoutes(app: FastifyInstance, { storage, oidc, policy }: RouteDependencies): void {
  let chartJs: string | undefined;
  app.get('/assets/chart.umd.js', async (_request, reply) => {
    chartJs ??= readChartJs();
    return reply.type('application/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(chartJs);
  });
  app.get('/assets/dashboard.js', async (_request, reply) => reply.type('application/javascript; charset=utf-8').send(DASHBOARD_JS));
  app.get('/assets/dashboard.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(DASHBOARD_CSS));

  // Auth failures become HTML pages here (with a Basic challenge a browser understands).
  const html = <R extends FastifyRequest>(handler: (request: R, reply: FastifyReply) => Promise<FastifyReply>) =>
    async (request: R, reply: FastifyReply) => {
      try {
        return await handler(request, reply);
      } catch (error) {
        if (error instanceof AuthError) return sendAuthError(reply, error);
        throw error;
      }
    };

  app.get(
    '/',
    html(async (request, reply) => {
      const allowed = readableRepository(await authenticate(request.headers.authorization, storage, oidc), policy);
      const repositories = (await storage.listRepositories()).filter((repository) => allowed === 'all' || repository.slug === allowed.toLowerCase());
      return sendHtml(reply, 200, repositoriesPage(repositories));
    }),
  );

  app.get<{ Params: { owner: string; repo: string }; Querystring: { branch?: string; key?: string } }>(
    '/:owner/:repo',
    {
      schema: {
        params: repoParams,
        querystring: { type: 'object', properties: { branch: branchQuery, key: keyQuery } },
      },
    },
    html(async (request, reply) => {
      const name = `${request.params.owner}/${request.params.repo}`;
      checkRead(await authenticate(request.headers.authorization, storage, oidc), name, policy);
      const repository = await storage.findRepository(name);
      if (!repository) return sendHtml(reply, 404, messagePage('Not found', `The service has no reports for ${name}.`));
      const branch = request.query.branch ?? repository.defaultBranch;
      const keys = await storage.listKeys(repository.id, branch);
      const key = request.query.key ?? (keys.includes('default') || !keys[0] ? 'default' : keys[0]);
      const { reports, results } = await storage.recentResults({ repositoryId: repository.id, branch, key, limit: CHART_WINDOW, baselinesOnly: false });
      const newest = reports.at(-1);
      const latest = newest ? (await storage.getReport(repository.id, newest.id))?.report : undefined;
      return sendHtml(reply, 200, repositoryPage({ repository: repository.name, githubUrl: policy.githubUrl, branch, key, keys, reports, results, latest }));
    }),
  );
}

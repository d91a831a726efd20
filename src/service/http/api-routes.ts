// The JSON API under /api/v1 (described in openapi/openapi.json). Reports travel as the request
// body, exactly as `memleak analyze` wrote them, and are checked by the core's schema check
// (after report-body.ts bounds their depth and numbers): the service accepts what the CLI
// accepts within those bounds and compares with the core's compare, so it can never disagree
// with `memleak compare`. The run's coordinates travel in the query string.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { compare, ThresholdError, type BaselineInfo, type FailOn, type Report } from '../../core/index.js';
import { authenticate, checkRead, decideWrite, readableRepository, type AccessPolicy, type Principal } from '../auth/access.js';
import type { OidcVerifier } from '../auth/oidc.js';
import type { ReportRecord, RepositoryRecord, Storage, StoredReport } from '../storage/storage.js';
import { HttpError } from './errors.js';
import { parseReportBody } from './report-body.js';
import { repoParams } from '../params.js';

export { repoParams };

export interface RouteDependencies {
  storage: Storage;
  oidc: OidcVerifier;
  policy: AccessPolicy;
}

export const branch = { type: 'string', minLength: 1, maxLength: 255, pattern: '^[^\\u0000-\\u001f]+$' } as const;
// The key tells apart several reports of one commit (a matrix of Python versions, say).
export const keyFilter = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^\\u0000-\\u001f]+$' } as const;
const key = { ...keyFilter, default: 'default' } as const;
const commit = { type: 'string', pattern: '^[0-9a-fA-F]{7,64}$' } as const;
const timestamp = { type: 'string', format: 'date-time' } as const;

interface RepoParams { owner: string; repo: string }
interface IngestQuery { branch?: string; commit?: string; committed_at?: string; run_id?: string; run_attempt?: number; run_url?: string; key: string }
interface BaselineQuery { branch?: string; key: string; commit?: string; before?: string }
interface CompareQuery extends BaselineQuery { fail_on?: FailOn; fail_on_inconclusive?: boolean }

/** A date-time parameter as ISO-8601 UTC (ajv's format admits leap seconds, which Date does not). */
function isoTime(name: string, value: string): string {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) {
    throw new HttpError(400, 'invalid_request', `/querystring/${name} is not a time this service can order by`, [{ pointer: `/querystring/${name}`, message: 'not a representable time' }]);
  }
  return time.toISOString();
}

function parseBody(request: FastifyRequest): Report {
  return parseReportBody(typeof request.body === 'string' ? request.body : '');
}

function provenance(stored: StoredReport | ReportRecord): Omit<BaselineInfo, 'found'> {
  return { commit: stored.commit, ref: `refs/heads/${stored.branch}`, ...(stored.runUrl && { run_url: stored.runUrl }), created_at: stored.createdAt, source: 'service' };
}

function reportMeta(record: ReportRecord) {
  return {
    id: record.id,
    branch: record.branch,
    key: record.key,
    commit: record.commit,
    commit_time: record.commitTime,
    run_id: record.runId,
    run_attempt: record.runAttempt,
    run_url: record.runUrl,
    baseline: record.isBaseline,
    event_name: record.eventName,
    status: record.status,
    tests: record.testsCount,
    leaks: record.leaksCount,
    created_at: record.createdAt,
  };
}

export function registerApiRoutes(app: FastifyInstance, { storage, oidc, policy }: RouteDependencies): void {
  const principalOf = (request: FastifyRequest): Promise<Principal> => authenticate(request.headers.authorization, storage, oidc);

  async function readableRepositoryRecord(request: FastifyRequest<{ Params: RepoParams }>): Promise<RepositoryRecord | undefined> {
    const name = `${request.params.owner}/${request.params.repo}`;
    checkRead(await principalOf(request), name, policy);
    return storage.findRepository(name);
  }

  async function requireRepository(request: FastifyRequest<{ Params: RepoParams }>): Promise<RepositoryRecord> {
    const repository = await readableRepositoryRecord(request);
    if (!repository) throw new HttpError(404, 'unknown_repository', `the service has no reports for ${request.params.owner}/${request.params.repo}`);
    return repository;
  }

  app.get('/api/v1/repos', async (request) => {
    const allowed = readableRepository(await principalOf(request), policy);
    const repositories = (await storage.listRepositories()).filter((repository) => allowed === 'all' || repository.slug === allowed.toLowerCase());
    return { repositories: repositories.map((r) => ({ name: r.name, default_branch: r.defaultBranch, reports: r.reports, last_ingest_at: r.lastIngestAt })) };
  });

  app.post<{ Params: RepoParams; Querystring: IngestQuery }>(
    '/api/v1/repos/:owner/:repo/reports',
    {
      schema: {
        params: repoParams,
        querystring: {
          type: 'object',
          properties: {
            branch,
            key,
            commit,
            committed_at: timestamp,
            run_id: { type: 'string', pattern: '^[0-9A-Za-z._-]{1,64}$' },
            run_attempt: { type: 'integer', minimum: 1, maximum: 1000 },
            run_url: { type: 'string', maxLength: 2000, pattern: '^https?://[^\\u0000-\\u001f]+$' },
          },
        },
      },
    },
    async (request, reply) => {
      const principal = await principalOf(request);
      const name = `${request.params.owner}/${request.params.repo}`;
      const known = await storage.findRepository(name);
      const query = request.query;
      const decision = decideWrite(
        principal,
        known ?? { id: -1, slug: name.toLowerCase(), name, defaultBranch: 'main', githubId: null },
        { branch: query.branch, commit: query.commit, runId: query.run_id, runAttempt: query.run_attempt, runUrl: query.run_url },
        policy,
      );
      const report = parseBody(request);
      const commitTime = query.committed_at ? isoTime('committed_at', query.committed_at) : new Date().toISOString();
      const repository = known ?? (await storage.upsertRepository(principal.kind === 'oidc' ? principal.identity.repository : name));
      // Only a baseline's token binds the GitHub id: a binding refuses every later token of
      // another id, so a pull request's token that bound first could keep baselines out.
      if (principal.kind === 'oidc' && decision.isBaseline && principal.identity.repositoryId && !repository.githubId) {
        await storage.bindGithubId(repository.id, principal.identity.repositoryId);
      }
      const { outcome, id } = await storage.insertReport({
        repositoryId: repository.id,
        branch: decision.branch,
        key: query.key,
        commit: decision.commit,
        commitTime,
        runId: decision.runId,
        runAttempt: decision.runAttempt,
        runUrl: decision.runUrl,
        isBaseline: decision.isBaseline,
        eventName: decision.eventName,
        report,
      });
      if (outcome === 'conflict') {
        throw new HttpError(409, 'conflict', `run ${decision.runId} attempt ${decision.runAttempt} key ${query.key} already stored a different report (id ${id}): use another key for another report`);
      }
      return reply.code(outcome === 'created' ? 201 : 200).send({
        id,
        duplicate: outcome === 'duplicate',
        baseline: decision.isBaseline,
        baseline_reason: decision.baselineReason,
        branch: decision.branch,
        commit: decision.commit,
      });
    },
  );

  app.get<{ Params: RepoParams; Querystring: { branch?: string; key?: string; limit: number } }>(
    '/api/v1/repos/:owner/:repo/reports',
    { schema: { params: repoParams, querystring: { type: 'object', properties: { branch, key: keyFilter, limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } } } } },
    async (request) => {
      const repository = await requireRepository(request);
      const reports = await storage.listReports({ repositoryId: repository.id, branch: request.query.branch, key: request.query.key, limit: request.query.limit });
      return { reports: reports.map(reportMeta) };
    },
  );

  app.get<{ Params: RepoParams & { id: number } }>(
    '/api/v1/repos/:owner/:repo/reports/:id',
    { schema: { params: { ...repoParams, required: [...repoParams.required, 'id'], properties: { ...repoParams.properties, id: { type: 'integer', minimum: 1, maximum: 2147483647 } } } } },
    async (request) => {
      const repository = await requireRepository(request);
      const stored = await storage.getReport(repository.id, request.params.id);
      if (!stored) throw new HttpError(404, 'unknown_report', `${repository.name} has no report ${request.params.id}`);
      return { ...reportMeta(stored), report: stored.report };
    },
  );

  const baselineQuery = { type: 'object', properties: { branch, key, commit, before: timestamp } } as const;

  async function findBaseline(repository: RepositoryRecord | undefined, query: BaselineQuery) {
    if (!repository) return undefined;
    return storage.findBaseline({ repositoryId: repository.id, branch: query.branch ?? repository.defaultBranch, key: query.key, commit: query.commit, before: query.before && isoTime('before', query.before) });
  }

  app.get<{ Params: RepoParams; Querystring: BaselineQuery }>('/api/v1/repos/:owner/:repo/baseline', { schema: { params: repoParams, querystring: baselineQuery } }, async (request) => {
    const repository = await readableRepositoryRecord(request);
    const found = await findBaseline(repository, request.query);
    if (!found) throw new HttpError(404, 'no_baseline', noBaselineReason(request.params, repository, request.query));
    return { ...reportMeta(found), provenance: provenance(found), report: found.report };
  });

  app.post<{ Params: RepoParams; Querystring: CompareQuery }>(
    '/api/v1/repos/:owner/:repo/compare',
    { schema: { params: repoParams, querystring: { ...baselineQuery, properties: { ...baselineQuery.properties, fail_on: { enum: ['new-leak', 'any-leak', 'never'] }, fail_on_inconclusive: { type: 'boolean' } } } } },
    async (request) => {
      const repository = await readableRepositoryRecord(request);
      const head = parseBody(request);
      const found = await findBaseline(repository, request.query);
      try {
        return compare(found?.report ?? null, head, {
          now: new Date(),
          ...(request.query.fail_on && { failOn: request.query.fail_on }),
          ...(request.query.fail_on_inconclusive !== undefined && { failOnInconclusive: request.query.fail_on_inconclusive }),
          baseline: found ? provenance(found) : { reason: noBaselineReason(request.params, repository, request.query), source: 'service' },
        });
      } catch (error) {
        // The schema admits any number as a threshold; the core refuses unusable ones, naming
        // the threshold, as `memleak compare` does.
        if (!(error instanceof ThresholdError)) throw error;
        const pointer = `/settings/thresholds/${error.threshold}`;
        throw new HttpError(422, 'invalid_report', `request body: ${pointer}: ${error.message}`, [{ pointer, message: error.message }]);
      }
    },
  );

  app.get<{ Params: RepoParams; Querystring: { test: string; branch?: string; key: string; limit: number } }>(
    '/api/v1/repos/:owner/:repo/tests/history',
    {
      schema: {
        params: repoParams,
        querystring: { type: 'object', required: ['test'], properties: { test: { type: 'string', minLength: 1, maxLength: 4096 }, branch, key, limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } } },
      },
    },
    async (request) => {
      const repository = await requireRepository(request);
      const branchName = request.query.branch ?? repository.defaultBranch;
      const points = await storage.testHistory({ repositoryId: repository.id, branch: branchName, key: request.query.key, testId: request.query.test, limit: request.query.limit });
      return {
        repository: repository.name,
        branch: branchName,
        key: request.query.key,
        test: request.query.test,
        points: points.map((point) => ({
          report_id: point.reportId,
          commit: point.commit,
          commit_time: point.commitTime,
          run_url: point.runUrl,
          baseline: point.isBaseline,
          verdict: point.verdict,
          growth_per_op_bytes: point.growthPerOpBytes,
          top_source: point.topSource,
        })),
      };
    },
  );
}

function noBaselineReason(params: RepoParams, repository: RepositoryRecord | undefined, query: BaselineQuery): string {
  if (!repository) return `no baseline: the service has no reports for ${params.owner}/${params.repo}`;
  const where = `${repository.name} branch ${query.branch ?? repository.defaultBranch} key ${query.key}`;
  return query.commit || query.before ? `no baseline for ${where} at or before ${query.commit ?? query.before}` : `no baseline for ${where} yet`;
}

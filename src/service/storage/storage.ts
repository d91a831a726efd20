// The storage layer: every read and write the service makes, written once against Kysely so
// SQLite and PostgreSQL behave the same. Callers see plain records, never rows or SQL.
import { createHash } from 'node:crypto';
import { Migrator, type Kysely, type Selectable } from 'kysely';
import type { Report } from '../../core/index.js';
import { openDatabase, type Dialect } from './database.js';
import { migrationProvider } from './migrations.js';
import type { ReportsTable, Tables } from './tables.js';

export interface RepositoryRecord {
  id: number;
  slug: string;
  name: string;
  defaultBranch: string;
  githubId: string | null;
}

export interface RepositorySummary extends RepositoryRecord {
  reports: number;
  lastIngestAt: string | null;
}

/** Where a report came from: the run that sent it. */
interface ReportCoordinates {
  repositoryId: number;
  branch: string;
  key: string;
  commit: string;
  /** ISO-8601; the commit's own time when the client knows it, else the ingestion time. */
  commitTime: string;
  runId: string;
  runAttempt: number;
  runUrl: string | null;
  isBaseline: boolean;
  eventName: string | null;
}

export interface NewReport extends ReportCoordinates {
  report: Report;
}

export interface ReportRecord extends ReportCoordinates {
  id: number;
  status: string;
  testsCount: number;
  leaksCount: number;
  createdAt: string;
}

export interface StoredReport extends ReportRecord {
  report: Report;
}

/**
 * created: new row (also when a baseline took the place of a run that was not one but held its
 * run id, attempt and key); duplicate: the same run/attempt/key was stored before with the same
 * report; conflict: with a different one.
 */
export type InsertOutcome = { outcome: 'created' | 'duplicate' | 'conflict'; id: number };

export interface BaselineQuery {
  repositoryId: number;
  branch: string;
  key: string;
  commit?: string;
  /** ISO-8601: only baselines of commits made at or before this time. */
  before?: string;
}

export interface TestResultRecord {
  reportId: number;
  testId: string;
  verdict: string;
  growthPerOpBytes: number;
  topSource: { file: string; line: number } | null;
}

export interface HistoryPoint extends TestResultRecord {
  commit: string;
  commitTime: string;
  runUrl: string | null;
  isBaseline: boolean;
}

export interface ApiTokenRecord {
  id: number;
  repositoryId: number;
  repositorySlug: string;
  name: string;
  canWriteBaselines: boolean;
  createdAt: string;
  revokedAt: string | null;
}

export interface Storage {
  readonly dialect: Dialect;
  readonly description: string;
  /** Applies pending migrations (idempotent; safe with several instances starting at once). */
  migrate(): Promise<void>;
  /** Null when the database answers and every migration is applied, else why not. */
  unreadyReason(): Promise<string | null>;
  upsertRepository(name: string): Promise<RepositoryRecord>;
  findRepository(name: string): Promise<RepositoryRecord | undefined>;
  setDefaultBranch(repositoryId: number, branch: string): Promise<void>;
  bindGithubId(repositoryId: number, githubId: string): Promise<void>;
  listRepositories(): Promise<RepositorySummary[]>;
  insertReport(report: NewReport): Promise<InsertOutcome>;
  /** Bulk load in one transaction (benchmarks, imports); no idempotency checks. */
  insertReports(reports: NewReport[]): Promise<void>;
  findBaseline(query: BaselineQuery): Promise<StoredReport | undefined>;
  getReport(repositoryId: number, id: number): Promise<StoredReport | undefined>;
  listReports(query: { repositoryId: number; branch?: string; key?: string; limit: number }): Promise<ReportRecord[]>;
  listKeys(repositoryId: number, branch: string): Promise<string[]>;
  /** The newest `limit` reports of a branch and key, oldest first, with their per-test results. */
  recentResults(query: { repositoryId: number; branch: string; key: string; limit: number; baselinesOnly: boolean }): Promise<{ reports: ReportRecord[]; results: TestResultRecord[] }>;
  testHistory(query: { repositoryId: number; branch: string; key: string; testId: string; limit: number }): Promise<HistoryPoint[]>;
  createApiToken(token: { repositoryId: number; tokenHash: string; name: string; canWriteBaselines: boolean }): Promise<number>;
  findApiToken(tokenHash: string): Promise<ApiTokenRecord | undefined>;
  listApiTokens(repositoryId: number): Promise<ApiTokenRecord[]>;
  revokeApiToken(repositoryId: number, id: number): Promise<boolean>;
  close(): Promise<void>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const testKey = sha256;
const slugOf = (name: string) => name.toLowerCase();
const PARSED_REPORT_CACHE_BYTES = 32 * 1024 * 1024;
// Rows per multi-row INSERT: well under SQLite's and PostgreSQL's bound-parameter limits.
const CHUNK = 500;

function toRepository(row: Selectable<Tables['repositories']>): RepositoryRecord {
  return { id: Number(row.id), slug: row.slug, name: row.name, defaultBranch: row.default_branch, githubId: row.github_id };
}

function toReportRecord(row: Omit<Selectable<ReportsTable>, 'report_json' | 'report_sha256'>): ReportRecord {
  return {
    id: Number(row.id),
    repositoryId: Number(row.repository_id),
    branch: row.branch,
    key: row.key,
    commit: row.commit_sha,
    commitTime: row.commit_time,
    runId: row.run_id,
    runAttempt: Number(row.run_attempt),
    runUrl: row.run_url,
    isBaseline: Number(row.is_baseline) === 1,
    eventName: row.event_name,
    status: row.status,
    testsCount: Number(row.tests_count),
    leaksCount: Number(row.leaks_count),
    createdAt: row.created_at,
  };
}

const META_COLUMNS = [
  'id', 'repository_id', 'branch', 'key', 'commit_sha', 'commit_time', 'run_id', 'run_attempt', 'run_url',
  'is_baseline', 'event_name', 'status', 'tests_count', 'leaks_count', 'created_at',
] as const;

function toTestResult(row: Selectable<Tables['test_results']>): TestResultRecord {
  return {
    reportId: Number(row.report_id),
    testId: row.test_id,
    verdict: row.verdict,
    growthPerOpBytes: Number(row.growth_per_op_bytes),
    topSource: row.top_source_file === null ? null : { file: row.top_source_file, line: Number(row.top_source_line) },
  };
}

function reportRow(input: NewReport, reportJson: string, now: string) {
  return {
    repository_id: input.repositoryId,
    branch: input.branch,
    key: input.key,
    commit_sha: input.commit,
    commit_time: input.commitTime,
    run_id: input.runId,
    run_attempt: input.runAttempt,
    run_url: input.runUrl,
    is_baseline: input.isBaseline ? 1 : 0,
    event_name: input.eventName,
    status: input.report.status,
    tests_count: input.report.tests.length,
    leaks_count: input.report.tests.filter((test) => test.verdict === 'leak').length,
    report_json: reportJson,
    report_sha256: sha256(reportJson),
    created_at: now,
  };
}

/** PostgreSQL text cannot hold U+0000, which JSON strings may; the full report keeps it (escaped). */
const withoutNul = (text: string) => text.replaceAll('\u0000', '\ufffd');

async function insertTestResults(trx: Kysely<Tables>, reportId: number, report: Report): Promise<void> {
  // Only a malformed report lists a test twice; its first entry is kept for the history.
  const seen = new Set<string>();
  const rows = [];
  for (const test of report.tests) {
    const key = testKey(test.id);
    if (seen.has(key)) continue;
    seen.add(key);
    const top = test.sources[0];
    rows.push({
      report_id: reportId,
      test_key: key,
      test_id: withoutNul(test.id),
      verdict: test.verdict,
      growth_per_op_bytes: Number.isFinite(test.growth_per_op_bytes) ? test.growth_per_op_bytes : 0,
      top_source_file: top ? withoutNul(top.file) : null,
      top_source_line: top?.line ?? null,
    });
  }
  for (let start = 0; start < rows.length; start += CHUNK) {
    await trx.insertInto('test_results').values(rows.slice(start, start + CHUNK)).execute();
  }
}

export async function openStorage(url: string): Promise<Storage> {
  const { db, dialect, description } = await openDatabase(url);
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });

  async function findRepository(name: string) {
    const row = await db.selectFrom('repositories').selectAll().where('slug', '=', slugOf(name)).executeTakeFirst();
    return row && toRepository(row);
  }

  // Stored reports never change, so parsed ones are kept (bounded by their JSON size): a popular
  // baseline is read and parsed once, not once per comparison. Callers treat reports as immutable.
  const parsedReports = new Map<number, { report: Report; size: number }>();
  let parsedBytes = 0;

  /** A repository's reports on one branch and key: where baselines and histories are searched. */
  const reportsOn = (repositoryId: number, branch: string, key: string) =>
    db.selectFrom('reports').select(META_COLUMNS).where('repository_id', '=', repositoryId).where('branch', '=', branch).where('key', '=', key);

  /** API tokens with their repository's slug, as every token lookup needs them. */
  const tokensWithRepository = () =>
    db.selectFrom('api_tokens as t').innerJoin('repositories as r', 'r.id', 't.repository_id').selectAll('t').select('r.slug');

  async function withReport(row: Omit<Selectable<ReportsTable>, 'report_json' | 'report_sha256'> | undefined): Promise<StoredReport | undefined> {
    if (!row) return undefined;
    const record = toReportRecord(row);
    let entry = parsedReports.get(record.id);
    if (entry) {
      parsedReports.delete(record.id); // re-inserted below: most recently used last
    } else {
      const { report_json } = await db.selectFrom('reports').select('report_json').where('id', '=', record.id).executeTakeFirstOrThrow();
      entry = { report: JSON.parse(report_json) as Report, size: report_json.length };
      parsedBytes += entry.size;
      for (const [id, old] of parsedReports) {
        if (parsedBytes <= PARSED_REPORT_CACHE_BYTES) break;
        parsedReports.delete(id);
        parsedBytes -= old.size;
      }
    }
    parsedReports.set(record.id, entry);
    return { ...record, report: entry.report };
  }

  return {
    dialect,
    description,

    async migrate() {
      const { error } = await migrator.migrateToLatest();
      if (error) throw error instanceof Error ? error : new Error(String(error));
    },

    async unreadyReason() {
      try {
        const pending = (await migrator.getMigrations()).filter((migration) => !migration.executedAt);
        return pending.length ? `migrations not applied: ${pending.map((m) => m.name).join(', ')}` : null;
      } catch (error) {
        return `database unreachable: ${(error as Error).message}`;
      }
    },

    async upsertRepository(name) {
      await db
        .insertInto('repositories')
        .values({ slug: slugOf(name), name, default_branch: 'main', github_id: null, created_at: new Date().toISOString() })
        .onConflict((conflict) => conflict.column('slug').doNothing())
        .execute();
      const repository = await findRepository(name);
      if (!repository) throw new Error(`repository ${name} vanished while being created`);
      return repository;
    },

    findRepository,

    async setDefaultBranch(repositoryId, branch) {
      await db.updateTable('repositories').set({ default_branch: branch }).where('id', '=', repositoryId).execute();
    },

    async bindGithubId(repositoryId, githubId) {
      await db.updateTable('repositories').set({ github_id: githubId }).where('id', '=', repositoryId).where('github_id', 'is', null).execute();
    },

    async listRepositories() {
      const rows = await db
        .selectFrom('repositories as r')
        .selectAll('r')
        .select((eb) => [
          eb.selectFrom('reports').whereRef('reports.repository_id', '=', 'r.id').select((e) => e.fn.countAll<number>().as('n')).as('reports'),
          eb.selectFrom('reports').whereRef('reports.repository_id', '=', 'r.id').select((e) => e.fn.max('created_at').as('m')).as('last_ingest_at'),
        ])
        .orderBy('r.slug')
        .execute();
      return rows.map((row) => ({ ...toRepository(row), reports: Number(row.reports ?? 0), lastIngestAt: (row.last_ingest_at as string | null) ?? null }));
    },

    async insertReport(input) {
      const reportJson = JSON.stringify(input.report);
      const row = reportRow(input, reportJson, new Date().toISOString());
      return db.transaction().execute(async (trx) => {
        // ON CONFLICT DO NOTHING keeps concurrent retries of one run from racing to a unique-key error.
        const insert = async () => {
          const inserted = await trx
            .insertInto('reports')
            .values(row)
            .onConflict((conflict) => conflict.columns(['repository_id', 'run_id', 'run_attempt', 'key']).doNothing())
            .returning('id')
            .executeTakeFirst();
          return inserted && Number(inserted.id);
        };
        const sameRun = () =>
          trx
            .selectFrom('reports')
            .select(['id', 'report_sha256', 'is_baseline'])
            .where('repository_id', '=', input.repositoryId)
            .where('run_id', '=', input.runId)
            .where('run_attempt', '=', input.runAttempt)
            .where('key', '=', input.key)
            .executeTakeFirstOrThrow();
        let id = await insert();
        if (id === undefined) {
          let existing = await sameRun();
          // A run id names one workflow run, of one event: GitHub never gives a pull request's run
          // and a push the same one. When a run that is not a baseline holds the id a baseline
          // arrives with (a forged or mistaken run id), the verified baseline takes its place, so
          // no other write can keep a baseline out.
          if (input.isBaseline && Number(existing.is_baseline) === 0) {
            await trx.deleteFrom('test_results').where('report_id', '=', existing.id).execute();
            await trx.deleteFrom('reports').where('id', '=', existing.id).where('is_baseline', '=', 0).execute();
            id = await insert();
            if (id === undefined) existing = await sameRun(); // a concurrent copy of this write won
          }
          if (id === undefined) return { outcome: existing.report_sha256 === row.report_sha256 ? 'duplicate' : 'conflict', id: Number(existing.id) } as const;
        }
        await insertTestResults(trx, id, input.report);
        return { outcome: 'created', id } as const;
      });
    },

    async insertReports(inputs) {
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        for (const input of inputs) {
          const inserted = await trx.insertInto('reports').values(reportRow(input, JSON.stringify(input.report), now)).returning('id').executeTakeFirstOrThrow();
          await insertTestResults(trx, Number(inserted.id), input.report);
        }
      });
    },

    async findBaseline({ repositoryId, branch, key, commit, before }) {
      const baselines = reportsOn(repositoryId, branch, key).where('is_baseline', '=', 1);
      if (commit) {
        const exact = await baselines.where('commit_sha', '=', commit).orderBy('id', 'desc').limit(1).executeTakeFirst();
        if (exact) return withReport(exact);
      }
      let cutoff = before;
      if (!cutoff && commit) {
        // A commit with a baseline under another key or branch still has a known time to search
        // back from. Only baselines may place it: they come from verified default-branch pushes,
        // while any other run (a pull request's) may name any commit with any time, and would
        // then choose which baseline everyone else is compared with.
        const seen = await db
          .selectFrom('reports')
          .select('commit_time')
          .where('repository_id', '=', repositoryId)
          .where('commit_sha', '=', commit)
          .where('is_baseline', '=', 1)
          .orderBy('id', 'asc')
          .limit(1)
          .executeTakeFirst();
        cutoff = seen?.commit_time;
      }
      const query = cutoff ? baselines.where('commit_time', '<=', cutoff) : baselines;
      return withReport(await query.orderBy('commit_time', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst());
    },

    async getReport(repositoryId, id) {
      return withReport(await db.selectFrom('reports').select(META_COLUMNS).where('repository_id', '=', repositoryId).where('id', '=', id).executeTakeFirst());
    },

    async listReports({ repositoryId, branch, key, limit }) {
      let query = db.selectFrom('reports').select(META_COLUMNS).where('repository_id', '=', repositoryId);
      if (branch !== undefined) query = query.where('branch', '=', branch);
      if (key !== undefined) query = query.where('key', '=', key);
      const rows = await query.orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toReportRecord);
    },

    async listKeys(repositoryId, branch) {
      const rows = await db.selectFrom('reports').select('key').distinct().where('repository_id', '=', repositoryId).where('branch', '=', branch).orderBy('key').execute();
      return rows.map((row) => row.key);
    },

    async recentResults({ repositoryId, branch, key, limit, baselinesOnly }) {
      let query = reportsOn(repositoryId, branch, key);
      if (baselinesOnly) query = query.where('is_baseline', '=', 1);
      const rows = await query.orderBy('commit_time', 'desc').orderBy('id', 'desc').limit(limit).execute();
      const reports = rows.map(toReportRecord).reverse();
      if (!reports.length) return { reports, results: [] };
      const results = await db.selectFrom('test_results').selectAll().where('report_id', 'in', reports.map((report) => report.id)).execute();
      return { reports, results: results.map(toTestResult) };
    },

    async testHistory({ repositoryId, branch, key, testId, limit }) {
      const rows = await db
        .selectFrom('reports as r')
        .innerJoin('test_results as t', (join) => join.onRef('t.report_id', '=', 'r.id').on('t.test_key', '=', testKey(testId)))
        .selectAll('t')
        .select(['r.commit_sha', 'r.commit_time', 'r.run_url', 'r.is_baseline'])
        .where('r.repository_id', '=', repositoryId)
        .where('r.branch', '=', branch)
        .where('r.key', '=', key)
        .orderBy('r.commit_time', 'desc')
        .orderBy('r.id', 'desc')
        .limit(limit)
        .execute();
      return rows.reverse().map((row) => ({
        ...toTestResult(row),
        commit: row.commit_sha,
        commitTime: row.commit_time,
        runUrl: row.run_url,
        isBaseline: Number(row.is_baseline) === 1,
      }));
    },

    async createApiToken({ repositoryId, tokenHash, name, canWriteBaselines }) {
      const row = await db
        .insertInto('api_tokens')
        .values({ repository_id: repositoryId, token_hash: tokenHash, name, can_write_baselines: canWriteBaselines ? 1 : 0, created_at: new Date().toISOString(), revoked_at: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async findApiToken(tokenHash) {
      const row = await tokensWithRepository().where('t.token_hash', '=', tokenHash).executeTakeFirst();
      return row && toApiToken(row);
    },

    async listApiTokens(repositoryId) {
      const rows = await tokensWithRepository().where('t.repository_id', '=', repositoryId).orderBy('t.id').execute();
      return rows.map(toApiToken);
    },

    async revokeApiToken(repositoryId, id) {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: new Date().toISOString() })
        .where('id', '=', id)
        .where('repository_id', '=', repositoryId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async close() {
      await db.destroy();
    },
  };
}

function toApiToken(row: Selectable<Tables['api_tokens']> & { slug: string }): ApiTokenRecord {
  return {
    id: Number(row.id),
    repositoryId: Number(row.repository_id),
    repositorySlug: row.slug,
    name: row.name,
    canWriteBaselines: Number(row.can_write_baselines) === 1,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

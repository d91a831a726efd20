// The service under load, on SQLite and on PostgreSQL:
//  - ingestion throughput: OIDC-authenticated POSTs of a 20-test report, 10 clients at a time;
//  - compare latency (p50/p99) with 50 concurrent clients posting a head report to /compare
//    (token verification, baseline lookup, the core's compare, JSON out): once saturating (each
//    client sends again as soon as it is answered: latency is then mostly queueing, 50 / rate)
//    and once paced (each client one request per 100 ms, 500/s in all). The service runs in
//    its own process; on a 2-core machine the load generator takes the other core;
//  - baseline lookup time with 1,000 and with 100,000 reports stored for the same repository,
//    branch and key (bulk-loaded through the storage layer), exact-commit and "newest before",
//    and the dashboard's query for a branch's last 30 runs.
// Targets: compare p99 < 50 ms at 50 clients; lookup at 100k within 2x of 1k.
// Run: node --import tsx bench/service.ts  (BENCH_SERVICE_REPORTS=20000 for a quicker run)
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { markdownTable } from 'markdown-table';
import { analyze, type Report } from '../src/core/index.js';
import { median } from '../src/core/statistics.js';
import { openStorage, type NewReport, type Storage } from '../src/service/storage/storage.js';
import { startOidcIssuer, type LocalOidcIssuer } from '../__tests__/helpers/oidc-issuer.js';
import { fileOf, linear } from '../__tests__/helpers/snapshots.js';
import { spawnServe } from '../__tests__/service/support/cli.js';
import { postgresDatabase, postgresUnavailable, sqliteDatabase, type TestDatabase } from '../__tests__/service/support/databases.js';

export interface ServiceFigures {
  dialect: string;
  ingestPerSecond: number;
  /** 50 clients, each sending its next request as soon as the last is answered. */
  compareP50Ms: number;
  compareP99Ms: number;
  comparePerSecond: number;
  /** 50 clients, each sending one request every 100 ms. */
  pacedP50Ms: number;
  pacedP99Ms: number;
  /** Baseline lookups, and the dashboard's query for the last 30 runs (historyMedianMs). */
  lookupSmall: { reports: number; medianMs: number; p99Ms: number; historyMedianMs: number };
  lookupLarge: { reports: number; medianMs: number; p99Ms: number; historyMedianMs: number };
}

const sha = (n: number) => createHash('sha1').update(String(n)).digest('hex');
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

function reportOf(tests: number, leakEvery: number): Report {
  const files = Array.from({ length: tests }, (_, i) =>
    fileOf({
      id: `tests/test_mod_${i}.py::test_case`,
      traced: linear(8, 3_000_000, i % leakEvery === 0 ? 102_400 + i * 100 : 0),
      sites: i % leakEvery === 0 ? [{ file: `app/mod_${i}.py`, line: 10 + i, function: 'handle', code: 'CACHE.append(x)', sizes: linear(8, 0, 102_400 + i * 100) }] : [],
    }),
  );
  return analyze(files, { now: new Date('2026-11-21T00:00:00Z') });
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

async function timedMs(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function post(url: string, token: string, body: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
}

async function httpFigures(database: TestDatabase, issuer: LocalOidcIssuer, ingests: number, compares: number) {
  // The service runs in its own process, as in production, so the load generator does not share its event loop.
  const service = spawnServe(['--port', '0', '--db', database.url], { MEMLEAK_OIDC_ISSUER: issuer.issuer, MEMLEAK_LOG_LEVEL: 'error' });
  try {
    const base = `${await service.ready}/api/v1/repos/acme/bench`;
    const body = JSON.stringify(reportOf(20, 4));
    const tokens = await Promise.all(Array.from({ length: ingests }, (_, i) => issuer.mint({ repository: 'acme/bench', repository_id: '1', ref: 'refs/heads/main', event_name: 'push', sha: sha(i), run_id: String(i + 1) })));
    await post(`${base}/reports`, tokens[0]!, body); // warm-up (JIT, key set fetch)
    const ingestMs = await timedMs(() => pool(tokens.slice(1), 10, (token) => post(`${base}/reports`, token, body)));

    const head = JSON.stringify(reportOf(20, 3));
    const reader = await issuer.mint({ repository: 'acme/bench', repository_id: '1', ref: 'refs/pull/1/merge', event_name: 'pull_request', sha: sha(-1), run_id: '999999' }, { expiresIn: 3600 });
    const compareUrl = `${base}/compare?commit=${sha(Math.floor(ingests / 2))}`;
    for (let i = 0; i < 200; i++) await post(compareUrl, reader, head);
    // Saturating: every client sends its next request as soon as the last one is answered.
    const saturated: number[] = [];
    const saturatedMs = await timedMs(() => pool(Array.from({ length: compares }), 50, async () => {
      saturated.push(await timedMs(() => post(compareUrl, reader, head)));
    }));
    // Paced: every client sends one request every 100 ms (500 requests/s in all), after the
    // saturating phase's backlog and garbage have settled.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const paced: number[] = [];
    const start = performance.now();
    await Promise.all(Array.from({ length: 50 }, async (_, client) => {
      for (let slot = 0; slot < compares / 50; slot++) {
        const due = start + slot * 100 + client * 2;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
        paced.push(await timedMs(() => post(compareUrl, reader, head)));
      }
    }));
    return {
      ingestPerSecond: ((ingests - 1) * 1000) / ingestMs,
      compareP50Ms: percentile(saturated, 50),
      compareP99Ms: percentile(saturated, 99),
      comparePerSecond: (compares * 1000) / saturatedMs,
      pacedP50Ms: percentile(paced, 50),
      pacedP99Ms: percentile(paced, 99),
    };
  } finally {
    service.child.kill('SIGTERM');
    if (service.child.exitCode === null) await once(service.child, 'exit');
  }
}

async function bulkLoad(storage: Storage, repositoryId: number, from: number, to: number, report: Report): Promise<void> {
  const chunk = 1000;
  for (let start = from; start < to; start += chunk) {
    const batch: NewReport[] = [];
    for (let i = start; i < Math.min(to, start + chunk); i++) {
      batch.push({ repositoryId, branch: 'main', key: 'default', commit: sha(i), commitTime: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(), runId: String(i), runAttempt: 1, runUrl: null, isBaseline: true, eventName: 'push', report });
    }
    await storage.insertReports(batch);
  }
}

async function lookups(storage: Storage, repositoryId: number, stored: number, samples: number) {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const target = Math.floor(Math.random() * stored);
    const exact = i % 2 === 0;
    const found = await (async () => {
      let result: Awaited<ReturnType<Storage['findBaseline']>>;
      times.push(await timedMs(async () => {
        result = await storage.findBaseline(exact
          ? { repositoryId, branch: 'main', key: 'default', commit: sha(target) }
          : { repositoryId, branch: 'main', key: 'default', before: new Date(Date.UTC(2020, 0, 1) + target * 60_000 + 30_000).toISOString() });
      }));
      return result!;
    })();
    if (found?.commit !== sha(target)) throw new Error(`lookup ${i} found ${found?.commit}, expected ${sha(target)}`);
  }
  const history: number[] = [];
  for (let i = 0; i < 200; i++) {
    history.push(await timedMs(() => storage.recentResults({ repositoryId, branch: 'main', key: 'default', limit: 30, baselinesOnly: false })));
  }
  return { reports: stored, medianMs: median(times), p99Ms: percentile(times, 99), historyMedianMs: median(history) };
}

async function lookupFigures(database: TestDatabase, large: number) {
  const storage = await openStorage(database.url);
  try {
    await storage.migrate();
    const repository = await storage.upsertRepository('acme/lookup');
    // Other repositories' reports share the tables, as in a real deployment.
    const noise = await storage.upsertRepository('acme/noise');
    const report = reportOf(3, 2);
    await bulkLoad(storage, noise.id, 0, 1000, report);
    await bulkLoad(storage, repository.id, 0, 1000, report);
    await lookups(storage, repository.id, 1000, 200); // warm-up
    const lookupSmall = await lookups(storage, repository.id, 1000, 1000);
    await bulkLoad(storage, repository.id, 1000, large, report);
    await lookups(storage, repository.id, large, 200);
    const lookupLarge = await lookups(storage, repository.id, large, 1000);
    return { lookupSmall, lookupLarge };
  } finally {
    await storage.close();
  }
}

export async function benchService(options: { ingests?: number; compares?: number; largeReports?: number } = {}): Promise<ServiceFigures[]> {
  const ingests = options.ingests ?? 1000;
  const compares = options.compares ?? 5000;
  const large = options.largeReports ?? 100_000;
  const issuer = await startOidcIssuer();
  const figures: ServiceFigures[] = [];
  try {
    const skipPostgres = await postgresUnavailable();
    if (skipPostgres) console.error(`skipping PostgreSQL: ${skipPostgres}`);
    for (const [dialect, create] of [['sqlite', async () => sqliteDatabase()], ...(skipPostgres ? [] : [['postgres', postgresDatabase]])] as [string, () => Promise<TestDatabase>][]) {
      const httpDb = await create();
      const lookupDb = await create();
      try {
        const http = await httpFigures(httpDb, issuer, ingests, compares);
        const lookup = await lookupFigures(lookupDb, large);
        figures.push({ dialect, ...http, ...lookup });
      } finally {
        await httpDb.drop();
        await lookupDb.drop();
      }
    }
  } finally {
    await issuer.close();
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const large = Number(process.env.BENCH_SERVICE_REPORTS ?? 100_000);
  const figures = await benchService({ largeReports: large });
  const ms = (value: number) => value.toFixed(2);
  console.log(
    markdownTable([
      ['database', 'ingest/s (10 clients)', 'compare/s (50 clients, saturating)', 'compare p50 / p99 ms (saturating)', 'compare p50 / p99 ms (50 clients x 10/s)', 'lookup @1k median / p99 ms', `lookup @${large / 1000}k median / p99 ms`, 'lookup ratio (median)', 'dashboard query @1k / @large (ms)'],
      ...figures.map((f) => [
        f.dialect,
        f.ingestPerSecond.toFixed(0),
        f.comparePerSecond.toFixed(0),
        `${ms(f.compareP50Ms)} / ${ms(f.compareP99Ms)}`,
        `${ms(f.pacedP50Ms)} / ${ms(f.pacedP99Ms)}`,
        `${ms(f.lookupSmall.medianMs)} / ${ms(f.lookupSmall.p99Ms)}`,
        `${ms(f.lookupLarge.medianMs)} / ${ms(f.lookupLarge.p99Ms)}`,
        (f.lookupLarge.medianMs / f.lookupSmall.medianMs).toFixed(2),
        `${ms(f.lookupSmall.historyMedianMs)} / ${ms(f.lookupLarge.historyMedianMs)}`,
      ]),
    ]),
  );
  const misses = figures.flatMap((f) => [
    ...(f.compareP99Ms >= 50 ? [`${f.dialect}: compare p99 ${ms(f.compareP99Ms)} ms >= 50 ms with 50 saturating clients`] : []),
    ...(f.pacedP99Ms >= 50 ? [`${f.dialect}: compare p99 ${ms(f.pacedP99Ms)} ms >= 50 ms with 50 paced clients`] : []),
    ...(f.lookupLarge.medianMs > 2 * f.lookupSmall.medianMs ? [`${f.dialect}: lookup at ${large} is more than 2x the lookup at 1,000`] : []),
  ]);
  for (const miss of misses) console.log(`target missed: ${miss}`);
}

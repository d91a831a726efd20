// One storage contract, run against SQLite (temp file) and the real PostgreSQL: both dialects
// must store, deduplicate and select baselines identically.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Migrator } from 'kysely';
import type { Report } from '../../src/core/index.js';
import { openDatabase } from '../../src/service/storage/database.js';
import { migrationProvider } from '../../src/service/storage/migrations.js';
import { openStorage, type NewReport, type Storage } from '../../src/service/storage/storage.js';
import { postgresDatabase, postgresUnavailable, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { analyzedReport, sha } from './support/reports.js';

const postgresSkip = await postgresUnavailable();

function storageContract(dialect: string, create: () => Promise<TestDatabase>, skip: string | null) {
  describe(`storage contract: ${dialect}`, { skip: skip ?? false }, () => {
    let database: TestDatabase;
    let storage: Storage;
    let repositoryId: number;
    let run = 0;

    const newReport = (overrides: Partial<NewReport> = {}): NewReport => {
      run += 1;
      return {
        repositoryId,
        branch: 'main',
        key: 'default',
        commit: sha(run),
        commitTime: new Date(Date.UTC(2026, 0, 1, 0, run)).toISOString(),
        runId: String(1000 + run),
        runAttempt: 1,
        runUrl: null,
        isBaseline: true,
        eventName: 'push',
        report: analyzedReport([{ id: `tests/test_${run}.py::test_x`, leakPerOp: 1024, file: 'app/x.py', line: run }]),
        ...overrides,
      };
    };

    before(async () => {
      database = await create();
      storage = await openStorage(database.url);
      await storage.migrate();
      repositoryId = (await storage.upsertRepository('Acme/Widget')).id;
    });
    after(async () => {
      await storage?.close();
      await database?.drop();
    });

    test('migrations apply once and readiness reports them', async () => {
      await storage.migrate();
      assert.equal(await storage.unreadyReason(), null);
      assert.equal(storage.dialect, dialect);
    });

    test('readiness names the migrations a database lacks', async () => {
      const empty = await create();
      const fresh = await openStorage(empty.url);
      try {
        assert.equal(await fresh.unreadyReason(), 'migrations not applied: 0001_initial, 0002_bounded_numbers');
      } finally {
        await fresh.close();
        await empty.drop();
      }
    });

    test('repositories are found case-insensitively and keep their spelling', async () => {
      const again = await storage.upsertRepository('acme/WIDGET');
      assert.equal(again.id, repositoryId);
      assert.equal(again.name, 'Acme/Widget');
      assert.equal(again.defaultBranch, 'main');
      const other = await storage.upsertRepository('acme/other');
      await storage.setDefaultBranch(other.id, 'trunk');
      assert.equal((await storage.findRepository('ACME/other'))?.defaultBranch, 'trunk');
      await storage.bindGithubId(other.id, '7');
      await storage.bindGithubId(other.id, '8');
      assert.equal((await storage.findRepository('acme/other'))?.githubId, '7', 'the first binding sticks');
    });

    test('a run, attempt and key is stored once: duplicate when identical, conflict when not', async () => {
      const report = newReport();
      const first = await storage.insertReport(report);
      assert.equal(first.outcome, 'created');
      assert.deepEqual(await storage.insertReport(report), { outcome: 'duplicate', id: first.id });
      const changed = { ...report, report: analyzedReport([{ id: 'other' }]) };
      assert.deepEqual(await storage.insertReport(changed), { outcome: 'conflict', id: first.id });
      assert.equal((await storage.insertReport({ ...report, runAttempt: 2 })).outcome, 'created');
      assert.equal((await storage.insertReport({ ...report, key: 'py3.12' })).outcome, 'created');
      const stored = await storage.getReport(repositoryId, first.id);
      assert.deepEqual(stored?.report, report.report);
      assert.equal(stored?.testsCount, 1);
      assert.equal(stored?.leaksCount, 1);
    });

    test('concurrent retries of one run store exactly one report', async () => {
      const report = newReport();
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => storage.insertReport(report)));
      assert.equal(outcomes.filter((o) => o.outcome === 'created').length, 1);
      assert.equal(outcomes.filter((o) => o.outcome === 'duplicate').length, 19);
      assert.equal(new Set(outcomes.map((o) => o.id)).size, 1);
    });

    test("a baseline takes the place of a run that is not one but holds its run id; never the reverse", async () => {
      const repo = (await storage.upsertRepository('acme/runids')).id;
      const squatter = newReport({ repositoryId: repo, isBaseline: false, eventName: 'pull_request', branch: 'refs/pull/1/merge' });
      const squatted = await storage.insertReport(squatter);
      const baseline = { ...newReport({ repositoryId: repo }), runId: squatter.runId };
      const outcomes = await Promise.all(Array.from({ length: 10 }, () => storage.insertReport(baseline)));
      assert.deepEqual(outcomes.map((o) => o.outcome).sort(), ['created', ...Array(9).fill('duplicate')]);
      assert.equal(new Set(outcomes.map((o) => o.id)).size, 1);
      assert.notEqual(outcomes[0]!.id, squatted.id);
      const stored = await storage.listReports({ repositoryId: repo, limit: 10 });
      assert.deepEqual(stored.map((r) => [r.runId, r.isBaseline]), [[squatter.runId, true]], 'the run that was not a baseline is gone');
      assert.equal((await storage.findBaseline({ repositoryId: repo, branch: 'main', key: 'default' }))?.commit, baseline.commit);
      const { results } = await storage.recentResults({ repositoryId: repo, branch: 'main', key: 'default', limit: 5, baselinesOnly: false });
      assert.equal(results.length, 1, 'its per-test rows went with it');
      assert.equal((await storage.insertReport({ ...squatter, report: analyzedReport([{ id: 'other' }]) })).outcome, 'conflict', 'a run never displaces a baseline');
    });

    test('baseline: exact commit, else newest at or before a time, never a non-baseline', async () => {
      const repo = (await storage.upsertRepository('acme/baselines')).id;
      const at = (minute: number) => new Date(Date.UTC(2026, 1, 1, 0, minute)).toISOString();
      const put = (commit: number, minute: number, extra: Partial<NewReport> = {}) => storage.insertReport(newReport({ repositoryId: repo, commit: sha(commit), commitTime: at(minute), ...extra }));
      const a = await put(101, 10);
      const b = await put(102, 20);
      await put(103, 30, { isBaseline: false, eventName: 'pull_request', branch: 'main' });
      const c = await put(104, 40);
      await put(105, 50, { key: 'other' });
      await put(106, 60, { branch: 'feature' });
      const find = (query: { commit?: string; before?: string; key?: string; branch?: string }) =>
        storage.findBaseline({ repositoryId: repo, branch: query.branch ?? 'main', key: query.key ?? 'default', commit: query.commit, before: query.before });

      assert.equal((await find({ commit: sha(102) }))?.id, b.id, 'exact commit');
      assert.equal((await find({}))?.id, c.id, 'newest');
      assert.equal((await find({ before: at(25) }))?.id, b.id, 'newest before a time');
      assert.equal((await find({ before: at(10) }))?.id, a.id, 'at the time counts');
      assert.equal(await find({ before: at(5) }), undefined, 'nothing that early');
      assert.equal((await find({ commit: sha(103) }))?.id, c.id, "a run that is not a baseline does not place its commit in time (a pull request's token could name any)");
      await put(108, 25, { key: 'other' });
      assert.equal((await find({ commit: sha(108) }))?.id, b.id, "a baseline under another key places its commit: the newest baseline before that time");
      assert.equal((await find({ commit: sha(999) }))?.id, c.id, 'an unknown commit: the newest baseline');
      assert.equal((await find({ key: 'other' }))?.commit, sha(105));
      assert.equal((await find({ branch: 'feature' }))?.commit, sha(106));
      assert.equal(await find({ key: 'nope' }), undefined);
      // Same commit time: the later ingestion wins.
      const d = await put(107, 40);
      assert.equal((await find({}))?.id, d.id);
    });

    test('history and recent results come back oldest first with the top source', async () => {
      const repo = (await storage.upsertRepository('acme/history')).id;
      for (let i = 1; i <= 5; i += 1) {
        await storage.insertReport(
          newReport({
            repositoryId: repo,
            commit: sha(200 + i),
            commitTime: new Date(Date.UTC(2026, 2, 1, i)).toISOString(),
            report: analyzedReport([
              { id: 'tests/test_a.py::test_leak', leakPerOp: i > 2 ? i * 100 : 0, file: 'app/cache.py', line: 40 + i },
              // Longer than a PostgreSQL B-tree entry may be.
              { id: 'x'.repeat(3000) },
            ]),
          }),
        );
      }
      const history = await storage.testHistory({ repositoryId: repo, branch: 'main', key: 'default', testId: 'tests/test_a.py::test_leak', limit: 3 });
      assert.deepEqual(history.map((point) => point.commit), [sha(203), sha(204), sha(205)]);
      assert.deepEqual(history.map((point) => point.growthPerOpBytes), [300, 400, 500]);
      assert.deepEqual(history[2]?.topSource, { file: 'app/cache.py', line: 45 });
      assert.equal(history[0]?.verdict, 'leak');
      const longId = await storage.testHistory({ repositoryId: repo, branch: 'main', key: 'default', testId: 'x'.repeat(3000), limit: 10 });
      assert.equal(longId.length, 5, 'test ids longer than an index entry are still found');
      const recent = await storage.recentResults({ repositoryId: repo, branch: 'main', key: 'default', limit: 2, baselinesOnly: true });
      assert.deepEqual(recent.reports.map((r) => r.commit), [sha(204), sha(205)]);
      assert.equal(recent.results.length, 4);
      assert.deepEqual(await storage.listKeys(repo, 'main'), ['default']);
      assert.equal((await storage.listReports({ repositoryId: repo, limit: 2 })).length, 2);
      const summary = (await storage.listRepositories()).find((r) => r.slug === 'acme/history');
      assert.equal(summary?.reports, 5);
    });

    /** A one-test leaking report whose top source line and growth are set as given. */
    const withNumbers = (line: number, growth?: number): Report => {
      const report = analyzedReport([{ id: 'tests/test_n.py::test_n', leakPerOp: 1024, file: 'app/n.py', line: 1 }]);
      report.tests[0]!.sources[0]!.line = line;
      if (growth !== undefined) report.tests[0]!.growth_per_op_bytes = growth;
      return report;
    };

    test('both databases hold the same numbers and refuse the same others', async () => {
      const repo = (await storage.upsertRepository('acme/numbers')).id;
      const ok = await storage.insertReport(newReport({ repositoryId: repo, report: withNumbers(2_147_483_647, -9_007_199_254_740_991) }));
      assert.equal(ok.outcome, 'created');
      const [point] = await storage.testHistory({ repositoryId: repo, branch: 'main', key: 'default', testId: 'tests/test_n.py::test_n', limit: 5 });
      assert.deepEqual([point?.topSource?.line, point?.growthPerOpBytes], [2_147_483_647, -9_007_199_254_740_991]);
      for (const [line, growth] of [[2_147_483_648], [1e20], [1.5], [-1], [7, 1e300]] as const) {
        await assert.rejects(storage.insertReport(newReport({ repositoryId: repo, report: withNumbers(line, growth) })), Error, `line ${line}, growth ${growth}`);
      }
      assert.equal((await storage.listReports({ repositoryId: repo, limit: 10 })).length, 1, 'a refused report leaves nothing behind');
    });

    test('0002_bounded_numbers keeps every report and drops only per-test numbers its columns no longer hold', async () => {
      const old = await create();
      try {
        const { db } = await openDatabase(old.url);
        const { error } = await new Migrator({ db, provider: migrationProvider(storage.dialect) }).migrateTo('0001_initial');
        await db.destroy();
        assert.equal(error, undefined);
        const before = await openStorage(old.url);
        const repo = (await before.upsertRepository('acme/old')).id;
        // 0001 took these (PostgreSQL's bigint refused 1e20; SQLite kept it as a REAL).
        const lines = [12, 3_000_000_000, ...(storage.dialect === 'sqlite' ? [1e20] : [])];
        for (const [index, line] of lines.entries()) {
          const report = withNumbers(line, index === 0 ? 1e300 : 512);
          report.tests[0]!.id = `tests/test_old.py::test_${index}`;
          await before.insertReport(newReport({ repositoryId: repo, report }));
        }
        await before.migrate();
        assert.equal(await before.unreadyReason(), null);
        const { reports, results } = await before.recentResults({ repositoryId: repo, branch: 'main', key: 'default', limit: 10, baselinesOnly: false });
        assert.equal(reports.length, lines.length, 'every report is kept');
        const byTest = Object.fromEntries(results.map((r) => [r.testId, [r.topSource, r.growthPerOpBytes]]));
        assert.deepEqual(byTest, {
          'tests/test_old.py::test_0': [{ file: 'app/n.py', line: 12 }, 0],
          'tests/test_old.py::test_1': [null, 512],
          ...(storage.dialect === 'sqlite' && { 'tests/test_old.py::test_2': [null, 512] }),
        });
        assert.equal((await before.getReport(repo, reports[1]!.id))?.report.tests[0]?.sources[0]?.line, 3_000_000_000, 'the stored report keeps the value');
        await assert.rejects(before.insertReport(newReport({ repositoryId: repo, report: withNumbers(3_000_000_000) })), Error, 'the migrated column refuses it');
        await before.close();
      } finally {
        await old.drop();
      }
    });

    test('API tokens: found by hash with their repository, revocable once', async () => {
      const id = await storage.createApiToken({ repositoryId, tokenHash: 'h'.repeat(64), name: 'ci', canWriteBaselines: false });
      const found = await storage.findApiToken('h'.repeat(64));
      assert.equal(found?.repositorySlug, 'acme/widget');
      assert.equal(found?.canWriteBaselines, false);
      assert.equal(found?.revokedAt, null);
      assert.equal(await storage.findApiToken('x'.repeat(64)), undefined);
      assert.equal(await storage.revokeApiToken(repositoryId, id), true);
      assert.equal(await storage.revokeApiToken(repositoryId, id), false);
      assert.ok((await storage.findApiToken('h'.repeat(64)))?.revokedAt);
      assert.equal((await storage.listApiTokens(repositoryId)).length, 1);
    });

    test('bulk load stores every report with its results', async () => {
      const repo = (await storage.upsertRepository('acme/bulk')).id;
      await storage.insertReports(Array.from({ length: 50 }, () => newReport({ repositoryId: repo })));
      assert.equal((await storage.listReports({ repositoryId: repo, limit: 500 })).length, 50);
      const recent = await storage.recentResults({ repositoryId: repo, branch: 'main', key: 'default', limit: 50, baselinesOnly: true });
      assert.equal(recent.results.length, 50);
    });
  });
}

storageContract('sqlite', async () => sqliteDatabase(), null);
storageContract('postgres', postgresDatabase, postgresSkip);

test('readiness says why when the database cannot be reached', async () => {
  const unreachable = await openStorage('postgres://postgres@127.0.0.1:9/nothing');
  try {
    assert.match((await unreachable.unreadyReason()) ?? '', /^database unreachable: .*ECONNREFUSED/);
  } finally {
    await unreachable.close();
  }
});

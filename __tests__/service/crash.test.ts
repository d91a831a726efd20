// Durability: `memleak serve` in a child process is killed with SIGKILL in the middle of a
// stream of ingests. After a restart on the same database every acknowledged report must be
// there, complete, and no report may be half-written.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { openStorage } from '../../src/service/storage/storage.js';
import { startOidcIssuer, type LocalOidcIssuer } from '../helpers/oidc-issuer.js';
import { spawnServe } from './support/cli.js';
import { postgresDatabase, postgresUnavailable, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { analyzedReport, sha } from './support/reports.js';

const postgresSkip = await postgresUnavailable();
// Large enough that a kill often lands while a report's rows are being written.
const report = analyzedReport(Array.from({ length: 300 }, (_, i) => ({ id: `tests/test_bulk.py::test_${i}`, leakPerOp: i % 3 ? 0 : 256 + i, line: i + 1 })));
const body = JSON.stringify(report);
const WORKERS = 4;

function crashSuite(dialect: string, create: () => Promise<TestDatabase>, skip: string | null) {
  describe(`SIGKILL during ingestion: ${dialect}`, { skip: skip ?? false }, () => {
    let issuer: LocalOidcIssuer;
    let database: TestDatabase;
    before(async () => {
      issuer = await startOidcIssuer();
      database = await create();
    });
    after(async () => {
      await issuer?.close();
      await database?.drop();
    });

    test('every acknowledged report survives, none is partial', async () => {
      const env = { MEMLEAK_OIDC_ISSUER: issuer.issuer, MEMLEAK_PUBLIC_READS: 'true' };
      const first = spawnServe(['--port', '0', '--db', database.url], env);
      const url = await first.ready;
      const tokens = await Promise.all(Array.from({ length: 400 }, (_, i) => issuer.mint({ repository: 'acme/widget', repository_id: '1', ref: 'refs/heads/main', event_name: 'push', sha: sha(i + 1), run_id: String(70_000 + i) })));
      const acknowledged: string[] = [];
      let sent = 0;
      let killed = false;
      let interrupted = 0;
      const worker = async () => {
        while (!killed && sent < tokens.length) {
          const index = sent++;
          try {
            const response = await fetch(`${url}/api/v1/repos/acme/widget/reports`, { method: 'POST', headers: { authorization: `Bearer ${tokens[index]}`, 'content-type': 'application/json' }, body });
            if (response.status === 201) acknowledged.push(String(70_000 + index));
            else assert.fail(`ingest answered ${response.status}: ${await response.text()}`);
          } catch (error) {
            if (!killed) throw error;
            interrupted += 1;
          }
        }
      };
      let failure: unknown;
      const workers = Array.from({ length: WORKERS }, () => worker().catch((error) => (failure ??= error)));
      while (acknowledged.length < 25 && !failure) await new Promise((resolve) => setTimeout(resolve, 5));
      if (failure) throw failure;
      first.child.kill('SIGKILL');
      killed = true;
      await Promise.all(workers);
      if (first.child.exitCode === null && first.child.signalCode === null) await once(first.child, 'exit');
      assert.ok(acknowledged.length >= 25);
      assert.ok(interrupted >= 1, 'the kill landed while ingests were in flight');

      if (dialect === 'sqlite') {
        const raw = new Database(database.url);
        try {
          assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
        } finally {
          raw.close();
        }
      }
      const second = spawnServe(['--port', '0', '--db', database.url], env);
      try {
        const restarted = await second.ready;
        const listed = (await (await fetch(`${restarted}/api/v1/repos/acme/widget/reports?limit=500`)).json()) as { reports: { run_id: string; tests: number }[] };
        const stored = new Set(listed.reports.map((r) => r.run_id));
        for (const runId of acknowledged) assert.ok(stored.has(runId), `acknowledged run ${runId} is missing after the restart`);
        assert.ok(listed.reports.every((r) => r.tests === report.tests.length));
      } finally {
        second.child.kill('SIGTERM');
      }
      // No partial report: each stored report has all of its per-test rows and its full JSON.
      const storage = await openStorage(database.url);
      try {
        const repository = (await storage.findRepository('acme/widget'))!;
        const { reports, results } = await storage.recentResults({ repositoryId: repository.id, branch: 'main', key: 'default', limit: 1000, baselinesOnly: false });
        for (const stored of reports) {
          assert.equal(results.filter((result) => result.reportId === stored.id).length, report.tests.length, `report ${stored.id} is partial`);
        }
        const newest = await storage.getReport(repository.id, reports.at(-1)!.id);
        assert.deepEqual(newest?.report, report);
      } finally {
        await storage.close();
      }
    });
  });
}

crashSuite('sqlite', async () => sqliteDatabase(), null);
crashSuite('postgres', postgresDatabase, postgresSkip);

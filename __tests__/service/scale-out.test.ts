// Scaling out: two `memleak serve` processes (real children of the CLI) on one fresh PostgreSQL
// database, started at the same moment so their migrations race, then ingesting concurrently,
// each run sent to both. Both must serve; every run is stored exactly once (the other instance
// answers `duplicate`), a different report for a stored run is a conflict on either instance,
// and the database holds exactly the rows the acknowledged ingests imply.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { startOidcIssuer, type LocalOidcIssuer } from '../helpers/oidc-issuer.js';
import { spawnServe } from './support/cli.js';
import { postgresDatabase, postgresUnavailable, type TestDatabase } from './support/databases.js';
import { analyzedReport, sha } from './support/reports.js';

const postgresSkip = await postgresUnavailable();
const ROUNDS = 3;
const RUNS = 40;

type Serve = ReturnType<typeof spawnServe>;

async function stop(serve: Serve): Promise<void> {
  if (serve.child.exitCode !== null || serve.child.signalCode !== null) return;
  const exited = once(serve.child, 'exit');
  serve.child.kill('SIGTERM');
  await exited;
}

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

// Kysely's Migrator serializes migrations on PostgreSQL with this session advisory lock
// (kysely/dist/esm/dialect/postgres/postgres-adapter.js, LOCK_ID).
const KYSELY_MIGRATION_LOCK = '3853314791062309107';

/** Takes the migration lock in a connection of the test's own; release() lets the instances go. */
async function holdMigrationLock(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`select pg_advisory_lock(${KYSELY_MIGRATION_LOCK})`);
  return {
    /** Resolves once `n` sessions wait for the lock; rejects if an instance exits first, or after 2 minutes. */
    async waitForWaiters(n: number, instances: Serve[]) {
      // A bound against hanging, not a timing assertion: CLI start-up takes seconds.
      for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
        const exited = instances.find((instance) => instance.child.exitCode !== null);
        if (exited) throw new Error(`an instance exited while waiting for the migration lock:\n${exited.output()}`);
        const { rows } = await client.query("select count(*) as n from pg_locks where locktype = 'advisory' and not granted");
        if (Number(rows[0].n) >= n) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`fewer than ${n} instances waited for the migration lock within 2 minutes`);
    },
    async release() {
      await client.query(`select pg_advisory_unlock(${KYSELY_MIGRATION_LOCK})`);
      await client.end();
    },
  };
}

describe('two `memleak serve` instances on one PostgreSQL', { skip: postgresSkip ?? false }, () => {
  let issuer: LocalOidcIssuer;
  before(async () => {
    issuer = await startOidcIssuer();
  });
  after(async () => {
    await issuer?.close();
  });

  for (let round = 1; round <= ROUNDS; round += 1) {
    test(`round ${round}: started together on a fresh database, both serve, and concurrent ingests are stored once each`, async () => {
      const database: TestDatabase = await postgresDatabase();
      const env = { MEMLEAK_OIDC_ISSUER: issuer.issuer, MEMLEAK_PUBLIC_READS: 'true', MEMLEAK_DB_POOL_SIZE: '4' };
      // In round 1 the test holds the migration lock, so both instances are seen waiting for it
      // at once (after each created the migration tables) before either may migrate: a race for
      // certain, not by timing. Later rounds leave the timing to the processes.
      const gate = round === 1 ? await holdMigrationLock(database.url) : undefined;
      // Spawned in the same tick: each applies the migrations of an empty database at start.
      const instances = [spawnServe(['--port', '0', '--db', database.url], env), spawnServe(['--port', '0', '--db', database.url], env)];
      try {
        if (gate) {
          await gate.waitForWaiters(2, instances);
          await gate.release();
        }
        const urls = await Promise.all(instances.map((instance) => instance.ready));
        for (const url of urls) assert.deepEqual(await (await fetch(`${url}/readyz`)).json(), { status: 'ready', database: 'postgres' });
        assert.equal(await count(database.url, 'select count(*) as n from kysely_migration'), 2, 'each migration recorded once');

        const runs = await Promise.all(
          Array.from({ length: RUNS }, async (_, i) => ({
            token: await issuer.mint({ repository: 'acme/scale', repository_id: '11', ref: 'refs/heads/main', event_name: 'push', sha: sha(round * 1000 + i), run_id: String(round * 1000 + i) }),
            report: analyzedReport([{ id: `tests/test_${i}.py::test_a`, leakPerOp: i % 2 ? 1024 + i : 0 }, { id: `tests/test_${i}.py::test_b` }]),
          })),
        );
        const post = (url: string, token: string, body: unknown) =>
          fetch(`${url}/api/v1/repos/acme/scale/reports`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (response) => ({ status: response.status, body: (await response.json()) as { id: number; duplicate: boolean } }));
        // Every run to both instances at once; the first instance to commit stores it.
        const answers = await Promise.all(runs.map(({ token, report }, i) => Promise.all([post(urls[i % 2]!, token, report), post(urls[(i + 1) % 2]!, token, report)])));
        for (const [i, pair] of answers.entries()) {
          assert.deepEqual(pair.map((a) => a.status).sort(), [200, 201], `run ${i}: ${JSON.stringify(pair)}`);
          assert.equal(pair[0]!.body.id, pair[1]!.body.id, `run ${i}: both instances name the one stored report`);
          assert.deepEqual(pair.map((a) => a.body.duplicate).sort(), [false, true]);
        }
        // A different report for a stored run is refused by either instance.
        for (const url of urls) assert.equal((await post(url, runs[0]!.token, runs[1]!.report)).status, 409);

        assert.equal(await count(database.url, "select count(*) as n from reports where is_baseline = 1"), RUNS, 'nothing lost, nothing duplicated');
        assert.equal(await count(database.url, 'select count(*) as n from test_results'), RUNS * 2, 'every per-test row once');
        assert.equal(await count(database.url, 'select count(distinct run_id) as n from reports'), RUNS);
        assert.equal(await count(database.url, 'select count(*) as n from repositories'), 1, 'the repository created once');
        for (const url of urls) {
          const listed = (await (await fetch(`${url}/api/v1/repos/acme/scale/reports?limit=500`)).json()) as { reports: unknown[] };
          assert.equal(listed.reports.length, RUNS);
        }
        const last = runs.at(-1)!;
        const compared = await Promise.all(urls.map(async (url) => (await fetch(`${url}/api/v1/repos/acme/scale/compare?commit=${sha(round * 1000 + RUNS - 1)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(last.report) })).json()));
        const withoutTime = (body: unknown) => ({ ...(body as Record<string, unknown>), generated_at: undefined });
        assert.deepEqual(withoutTime(compared[0]), withoutTime(compared[1]), 'both instances compare alike');
        assert.equal((compared[0] as { baseline: { commit: string } }).baseline.commit, sha(round * 1000 + RUNS - 1));
      } finally {
        await Promise.all(instances.map(stop));
        await database.drop();
      }
    });
  }
});

// Baseline integrity: nothing sent with a pull request's token (any claims, any query, any body)
// may change which baseline a later comparison uses. Two repositories receive the same verified
// default-branch pushes; one of them also receives a barrage of pull-request writes and reads,
// before its first push, between pushes and after them. Every baseline answer and comparison
// of the two must be the same, and the same as before the barrage.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Report } from '../../src/core/index.js';
import { postgresDatabase, postgresUnavailable, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { startHarness, type Harness } from './support/harness.js';
import { picker, seededRandom } from './support/random.js';
import { analyzedReport, sha } from './support/reports.js';

const postgresSkip = await postgresUnavailable();

const leakA = { id: 'tests/test_a.py::test_cache', leakPerOp: 2048, file: 'app/a.py', line: 3, code: 'A.append(x)' };
const leakB = { id: 'tests/test_b.py::test_seen', leakPerOp: 4096, file: 'app/b.py', line: 9, code: 'B.add(x)' };
const cleanA = { id: leakA.id };
const cleanB = { id: leakB.id };

interface Push { commit: string; time: string; keys: string[]; report: Report }
const c = (n: number) => sha(8000 + n);
const pushes = (numbers: number[]): Push[] => numbers.map((n) => PUSHES[n]!);
const PUSHES: Record<number, Push> = {
  1: { commit: c(1), time: '2026-01-01T00:00:00Z', keys: ['default', 'py3.12'], report: analyzedReport([leakA, cleanB]) },
  2: { commit: c(2), time: '2026-01-02T00:00:00Z', keys: ['default'], report: analyzedReport([leakA, leakB]) },
  // Only under py3.12: a comparison for key default at this commit is placed by its time.
  3: { commit: c(3), time: '2026-01-03T00:00:00Z', keys: ['py3.12'], report: analyzedReport([cleanA, cleanB]) },
  4: { commit: c(4), time: '2026-01-04T00:00:00Z', keys: ['default'], report: analyzedReport([cleanA, cleanB]) },
  5: { commit: c(5), time: '2026-01-05T00:00:00Z', keys: ['default'], report: analyzedReport([cleanA, leakB]) },
  // Named by pull requests before it is pushed.
  6: { commit: c(6), time: '2026-01-06T00:00:00Z', keys: ['default', 'py3.12'], report: analyzedReport([leakA, cleanB]) },
};
const FIRST = pushes([1, 2, 3, 4]);
const SECOND = pushes([5, 6]);
const UNKNOWN = [sha(8101), sha(8102)];
const COMMITS = [...Object.values(PUSHES).map((p) => p.commit), ...UNKNOWN];
const KEYS = ['default', 'py3.12'];
const head = analyzedReport([leakA, leakB]);
/** A push's run id: the same in both repositories, so their provenance differs only by name. */
const pushRunId = (commit: string) => String(9000 + COMMITS.indexOf(commit));
/** The run, attempt and key of each report a push stores (its tokens carry attempt 1). */
const pushedRows = new Set(Object.values(PUSHES).flatMap((p) => p.keys.map((key) => `${pushRunId(p.commit)}/1/${key}`)));

function integritySuite(dialect: string, create: () => Promise<TestDatabase>, skip: string | null) {
  describe(`baseline integrity against pull-request tokens: ${dialect}`, { skip: skip ?? false }, () => {
    let database: TestDatabase;
    let h: Harness;
    before(async () => {
      database = await create();
      h = await startHarness({ database });
    });
    after(async () => {
      await h?.close();
      await database?.drop();
    });

    const ids = { 'acme/control': '31', 'acme/target': '32' } as const;
    type Repo = keyof typeof ids;
    let prRun = 700_000;

    async function push(repo: Repo, batch: Push[]) {
      for (const p of batch) {
        const token = await h.issuer.mint({ repository: repo, repository_id: ids[repo], ref: 'refs/heads/main', event_name: 'push', sha: p.commit, run_id: pushRunId(p.commit) });
        for (const key of p.keys) {
          const response = await h.request('POST', `/api/v1/repos/${repo}/reports?key=${key}&committed_at=${p.time}`, { token, body: p.report });
          assert.equal(response.status, 201, `${repo} push ${p.commit} ${key}: ${response.text}`);
          assert.equal(response.body.baseline, true);
        }
      }
    }

    /** Every baseline answer and comparison a later pull request could get, made comparable across repositories. */
    async function snapshot(repo: Repo) {
      const reader = await h.issuer.mint({ repository: repo, repository_id: ids[repo], ref: 'refs/pull/1/merge', event_name: 'pull_request', sha: sha(1), run_id: String(++prRun) });
      // Row ids and ingestion times differ between the repositories; everything else must not.
      const normalize = (text: string) => {
        const body = JSON.parse(text.replaceAll(repo, 'OWNER/REPO'));
        for (const holder of [body, body.provenance, body.baseline]) {
          if (holder && typeof holder === 'object') for (const name of ['id', 'created_at', 'generated_at']) delete holder[name];
        }
        return body;
      };
      const answers: Record<string, unknown> = {};
      for (const commit of COMMITS) {
        for (const key of KEYS) {
          const query = `?commit=${commit}&key=${key}`;
          const baseline = await h.request('GET', `/api/v1/repos/${repo}/baseline${query}`, { token: reader });
          const compared = await h.request('POST', `/api/v1/repos/${repo}/compare${query}`, { token: reader, body: head });
          assert.ok(baseline.status === 200 || baseline.status === 404, baseline.text);
          assert.equal(compared.status, 200, compared.text);
          answers[`baseline ${commit} ${key}`] = { status: baseline.status, body: normalize(baseline.text) };
          answers[`compare ${commit} ${key}`] = normalize(compared.text);
        }
      }
      return answers;
    }

    /** Writes and reads with pull-request tokens: every claim, query parameter and body a pull request could choose. */
    /** Returns the run/attempt/key of each report it stored. */
    async function barrage(repo: Repo, seed: number, count: number): Promise<string[]> {
      const stored: string[] = [];
      const { one, chance } = picker(seededRandom(seed));
      const refs = ['refs/pull/7/merge', 'refs/heads/main', 'refs/heads/feature', 'refs/heads/gh-readonly-queue/main/pr-7-abc123'];
      const times = ['2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-02T12:00:00Z', '2026-01-03T00:00:00Z', '2026-01-05T23:59:59Z', '2026-01-06T00:00:00Z'];
      const bodies = [head, analyzedReport([cleanA, cleanB]), analyzedReport([leakB]), { format: 'memleak-report' }];
      for (let i = 0; i < count; i += 1) {
        const ref = one(refs);
        const claims = {
          repository: repo,
          event_name: one(['pull_request', 'pull_request_target']),
          ref,
          sha: one([...COMMITS, sha(8200 + i)]),
          // Sometimes the run id of a push, past or still to come: GitHub never issues such a
          // token, but a stored run must not keep a baseline out even then.
          run_id: chance(0.2) ? pushRunId(one(COMMITS.slice(0, 6))) : String(++prRun),
          run_attempt: one(['1', '2']),
          base_ref: 'main',
          head_ref: 'feature',
          ...(chance(0.8) && { repository_id: one([ids[repo], '666', '1']) }),
          ...(chance(0.3) && { default_branch: one(['main', ref.replace('refs/heads/', ''), 'feature']) }),
        };
        const token = await h.issuer.mint(claims);
        const params = new URLSearchParams();
        if (chance(0.8)) params.set('commit', one(COMMITS));
        if (chance(0.8)) params.set('committed_at', one(times));
        if (chance(0.5)) params.set('key', one(KEYS));
        if (chance(0.3)) params.set('branch', one(['main', ref.replace('refs/heads/', ''), 'feature']));
        if (chance(0.2)) params.set('run_id', one([claims.run_id, '9001']));
        const write = await h.request('POST', `/api/v1/repos/${repo}/reports?${params}`, { token, body: one(bodies) });
        assert.ok(write.status < 500, write.text);
        if (write.status < 300) {
          assert.equal(write.body.baseline, false, `a pull request's report became a baseline: ${write.text}`);
          stored.push(`${claims.run_id}/${claims.run_attempt}/${params.get('key') ?? 'default'}`);
        }
        // Reads that name a commit and a time are made too; they must not leave anything behind.
        const read = await h.request('GET', `/api/v1/repos/${repo}/baseline?commit=${one(COMMITS)}&before=${one(times)}`, { token });
        assert.ok(read.status < 500, read.text);
      }
      return stored;
    }

    test('no pull-request request changes a later baseline or comparison', async () => {
      const accepted = await barrage('acme/target', 1, 40); // before the repository has any baseline
      await push('acme/control', FIRST);
      await push('acme/target', FIRST);
      const control = await snapshot('acme/control');
      const target = await snapshot('acme/target');
      assert.deepEqual(target, control, 'pull requests before the first push changed the baselines');

      accepted.push(...(await barrage('acme/target', 2, 60)));
      assert.deepEqual(await snapshot('acme/target'), control, 'pull requests between pushes changed the baselines');

      await push('acme/control', SECOND);
      await push('acme/target', SECOND);
      const later = await snapshot('acme/control');
      assert.notDeepEqual(later, control, 'the second pushes do change the answers (the snapshot can tell)');
      assert.deepEqual(await snapshot('acme/target'), later, 'pull requests changed the baselines of later pushes');

      const stored = await h.request('GET', '/api/v1/repos/acme/target/reports?limit=500', { token: await h.issuer.mint({ repository: 'acme/target', repository_id: '32', ref: 'refs/heads/main', event_name: 'push', sha: sha(1), run_id: String(++prRun) }) });
      assert.ok(accepted.length >= 30, `most pull-request writes were stored (${accepted.length}), so they could have done harm`);
      const squatters = accepted.filter((row) => pushedRows.has(row));
      assert.ok(squatters.length >= 1, 'some pull-request reports held the run id of a later push');
      assert.equal(stored.body.reports.filter((r: { baseline: boolean }) => !r.baseline).length, accepted.length - squatters.length, "every pull-request report is kept as a run, but those whose run id a push's baseline took");
    });
  });
}

integritySuite('sqlite', async () => sqliteDatabase(), null);
integritySuite('postgres', postgresDatabase, postgresSkip);

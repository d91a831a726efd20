// The HTTP API through real HTTP against a started service: ingestion and its idempotency,
// baseline selection, comparisons identical to the core's compare, history, read access, and
// bad input that must always be a 4xx naming the JSON pointer, never a 500.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { compare, type Report } from '../../src/core/index.js';
import { createServiceClient, ServiceError } from '../../src/service-client/index.js';
import { postgresDatabase, postgresUnavailable, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { runCli } from './support/cli.js';
import { startHarness, type Harness } from './support/harness.js';
import { analyzedReport, sha } from './support/reports.js';

const postgresSkip = await postgresUnavailable();
const REPO = '/api/v1/repos/acme/widget';
const BODY_LIMIT = 256 * 1024;

const baselineReport = analyzedReport([
  { id: 'tests/test_cache.py::test_remember', leakPerOp: 1024, line: 12 },
  { id: 'tests/test_cache.py::test_forget' },
  { id: 'tests/test_cache.py::test_gone', leakPerOp: 512, file: 'app/old.py', line: 3, code: 'OLD.append(x)' },
]);
const headReport = analyzedReport([
  { id: 'tests/test_cache.py::test_remember', leakPerOp: 8192, line: 14 },
  { id: 'tests/test_cache.py::test_forget', leakPerOp: 2048, file: 'app/forget.py', line: 7, code: 'SEEN.add(key)' },
  { id: 'tests/test_cache.py::test_new' },
]);

function apiSuite(dialect: string, create: () => Promise<TestDatabase>, skip: string | null) {
  describe(`service API over ${dialect}`, { skip: skip ?? false }, () => {
    let h: Harness;
    let database: TestDatabase;
    before(async () => {
      database = await create();
      h = await startHarness({ database, bodyLimitBytes: BODY_LIMIT });
    });
    after(async () => {
      await h?.close();
      await database?.drop();
    });

    const ingest = async (report: Report, token: string, query = '') => h.request('POST', `${REPO}/reports${query}`, { token, body: report });

    test('health and readiness', async () => {
      assert.deepEqual((await h.request('GET', '/healthz')).body, { status: 'ok' });
      assert.deepEqual((await h.request('GET', '/readyz')).body, { status: 'ready', database: dialect });
    });

    test('a default-branch push is stored as a baseline, once per run, attempt and key', async () => {
      const token = await h.pushToken({ sha: sha(1) });
      const first = await ingest(baselineReport, token);
      assert.equal(first.status, 201, first.text);
      assert.equal(first.body.baseline, true);
      assert.equal(first.body.commit, sha(1));
      const again = await ingest(baselineReport, token);
      assert.equal(again.status, 200);
      assert.deepEqual({ id: again.body.id, duplicate: again.body.duplicate }, { id: first.body.id, duplicate: true });
      const different = await ingest(headReport, token);
      assert.equal(different.status, 409, different.text);
      assert.match(different.body.message, /already stored a different report/);
      const otherKey = await ingest(headReport, token, '?key=py3.12');
      assert.equal(otherKey.status, 201);
      const listed = await h.request('GET', `${REPO}/reports?limit=10`, { token });
      assert.equal(listed.body.reports.filter((r: { commit: string }) => r.commit === sha(1)).length, 2);
      const stored = await h.request('GET', `${REPO}/reports/${first.body.id}`, { token });
      assert.deepEqual(stored.body.report, baselineReport);
    });

    test('baseline selection: the exact commit, else the newest before it', async () => {
      const repo = '/api/v1/repos/acme/selection';
      const claims = { repository: 'acme/selection', repository_id: '99' };
      const times = ['2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z', '2026-03-03T10:00:00Z'];
      for (const [index, time] of times.entries()) {
        const token = await h.pushToken({ ...claims, sha: sha(20 + index) });
        const response = await h.request('POST', `${repo}/reports?committed_at=${time}`, { token, body: analyzedReport([{ id: `t${index}` }]) });
        assert.equal(response.status, 201, response.text);
      }
      const reader = await h.pullRequestToken(claims);
      const commitOf = async (query: string) => (await h.request('GET', `${repo}/baseline${query}`, { token: reader })).body.commit;
      assert.equal(await commitOf(`?commit=${sha(21)}`), sha(21));
      assert.equal(await commitOf(''), sha(22));
      assert.equal(await commitOf(`?commit=${sha(99)}&before=2026-03-02T12:00:00Z`), sha(21));
      assert.equal(await commitOf(`?before=2026-03-01T10:00:00Z`), sha(20));
      const none = await h.request('GET', `${repo}/baseline?before=2026-02-01T00:00:00Z`, { token: reader });
      assert.equal(none.status, 404);
      assert.equal(none.body.error, 'no_baseline');
      // A pull request's run is stored, but never selected as a baseline.
      const pr = await h.request('POST', `${repo}/reports?commit=${sha(30)}&committed_at=2026-03-04T10:00:00Z`, { token: reader, body: analyzedReport([{ id: 'pr' }]) });
      assert.equal(pr.status, 201, pr.text);
      assert.equal(pr.body.baseline, false);
      assert.equal(await commitOf(''), sha(22));
      assert.equal(await commitOf(`?commit=${sha(30)}`), sha(22));
    });

    test('compare returns exactly what the core compare returns for the same reports', async () => {
      const push = await h.pushToken({ sha: sha(2) });
      assert.equal((await ingest(baselineReport, push, '?committed_at=2026-04-01T00:00:00Z')).status, 201);
      const reader = await h.pullRequestToken();
      const baseline = await h.request('GET', `${REPO}/baseline?commit=${sha(2)}`, { token: reader });
      assert.equal(baseline.status, 200);
      const policies = [{}, { failOn: 'any-leak' }, { failOn: 'never' }, { failOnInconclusive: true }, { failOn: 'never', failOnInconclusive: false }] as const;
      for (const policy of policies) {
        const parameters = `${'failOn' in policy ? `&fail_on=${policy.failOn}` : ''}${'failOnInconclusive' in policy ? `&fail_on_inconclusive=${policy.failOnInconclusive}` : ''}`;
        const response = await h.request('POST', `${REPO}/compare?commit=${sha(2)}${parameters}`, { token: reader, body: headReport });
        assert.equal(response.status, 200, response.text);
        const expected = compare(baselineReport, headReport, { now: new Date(response.body.generated_at), ...policy, baseline: baseline.body.provenance });
        assert.deepEqual(response.body, expected);
        assert.equal(response.body.settings.fail_on_inconclusive, 'failOnInconclusive' in policy ? policy.failOnInconclusive : false);
      }
      const compared = (await h.request('POST', `${REPO}/compare?commit=${sha(2)}`, { token: reader, body: headReport })).body as Report;
      const changes = Object.fromEntries(compared.tests.map((t) => [t.id, t.change]));
      assert.deepEqual(
        changes,
        { 'tests/test_cache.py::test_remember': 'regressed', 'tests/test_cache.py::test_forget': 'new-leak', 'tests/test_cache.py::test_new': 'new-test' },
        'a comparison that actually distinguishes changes',
      );
      assert.deepEqual(compared.missing_tests, ['tests/test_cache.py::test_gone']);

      const client = createServiceClient({ url: h.url, token: reader });
      const viaClient = await client.compare({ repository: 'acme/widget', commit: sha(2), head: headReport });
      assert.deepEqual(viaClient, compare(baselineReport, headReport, { now: new Date(viaClient.generated_at!), baseline: baseline.body.provenance }));
      const fetched = await client.baseline({ repository: 'acme/widget', commit: sha(2) });
      assert.deepEqual(fetched?.report, baselineReport);
    });

    test('compare without any baseline: every leak is new, as in the core', async () => {
      const token = await h.pullRequestToken({ repository: 'acme/fresh', repository_id: '5' });
      const response = await h.request('POST', '/api/v1/repos/acme/fresh/compare', { token, body: headReport });
      assert.equal(response.status, 200, response.text);
      assert.equal(response.body.baseline.found, false);
      const expected = compare(null, headReport, { now: new Date(response.body.generated_at), baseline: { reason: response.body.baseline.reason, source: 'service' } });
      assert.deepEqual(response.body, expected);
      assert.equal(await createServiceClient({ url: h.url, token }).baseline({ repository: 'acme/fresh' }), null);
    });

    test("a test's history over commits, oldest first", async () => {
      const repo = '/api/v1/repos/acme/history';
      for (let i = 1; i <= 3; i += 1) {
        const token = await h.pushToken({ repository: 'acme/history', repository_id: '77', sha: sha(40 + i) });
        const report = analyzedReport([{ id: 'tests/test_h.py::test_grow', leakPerOp: 1024 * i, line: 10 + i }]);
        assert.equal((await h.request('POST', `${repo}/reports?committed_at=2026-05-0${i}T00:00:00Z`, { token, body: report })).status, 201);
      }
      const token = await h.pullRequestToken({ repository: 'acme/history', repository_id: '77' });
      const history = await h.request('GET', `${repo}/tests/history?test=${encodeURIComponent('tests/test_h.py::test_grow')}`, { token });
      assert.equal(history.status, 200, history.text);
      assert.deepEqual(
        history.body.points.map((p: { commit: string; growth_per_op_bytes: number; verdict: string; top_source: unknown }) => [p.commit, p.growth_per_op_bytes, p.verdict, p.top_source]),
        [1, 2, 3].map((i) => [sha(40 + i), 1024 * i, 'leak', { file: 'app/cache.py', line: 10 + i }]),
      );
    });

    test('100 concurrent ingests are all stored', async () => {
      const tokens = await Promise.all(Array.from({ length: 100 }, (_, i) => h.pushToken({ repository: 'acme/load', repository_id: '88', sha: sha(1000 + i) })));
      const responses = await Promise.all(tokens.map((token, i) => h.request('POST', '/api/v1/repos/acme/load/reports', { token, body: analyzedReport([{ id: `tests/test_${i}.py::test_x`, leakPerOp: i * 8 }]) })));
      assert.deepEqual([...new Set(responses.map((r) => r.status))], [201]);
      assert.equal(new Set(responses.map((r) => r.body.id)).size, 100);
      const listed = await h.request('GET', '/api/v1/repos/acme/load/reports?limit=500', { token: tokens[0] });
      assert.equal(listed.body.reports.length, 100);
    });

    test('bad input is a 4xx naming the JSON pointer, never a 500', async () => {
      const token = await h.pushToken({ sha: sha(3) });
      const broken = await h.request('POST', `${REPO}/reports`, { token, rawBody: '{"format": "memleak-report", "tests": [' });
      assert.equal(broken.status, 400);
      assert.equal(broken.body.error, 'invalid_json');
      assert.equal(broken.body.problems[0].pointer, '');
      assert.match(broken.body.message, /not valid JSON/);

      const wrongVerdict = structuredClone(baselineReport) as unknown as { tests: { verdict: string }[] };
      wrongVerdict.tests[1]!.verdict = 'maybe';
      const invalid = await h.request('POST', `${REPO}/reports`, { token, body: wrongVerdict });
      assert.equal(invalid.status, 422, invalid.text);
      assert.equal(invalid.body.problems[0].pointer, '/tests/1/verdict');

      const missing = await h.request('POST', `${REPO}/compare`, { token, body: { format: 'memleak-report', version: 1, status: 'pass' } });
      assert.equal(missing.status, 422);
      assert.equal(missing.body.problems[0].pointer, '/tests');

      const unusable = structuredClone(headReport);
      unusable.settings.thresholds.regression_factor = 0.5;
      const refused = await h.request('POST', `${REPO}/compare`, { token, body: unusable });
      assert.equal(refused.status, 422, refused.text);
      assert.equal(refused.body.problems[0].pointer, '/settings/thresholds/regression_factor');

      const huge = await h.request('POST', `${REPO}/reports`, { token, rawBody: JSON.stringify({ ...baselineReport, padding: 'x'.repeat(BODY_LIMIT) }) });
      assert.equal(huge.status, 413);
      assert.equal(huge.body.error, 'body_too_large');
      assert.equal(huge.body.problems[0].pointer, '');

      const text = await h.request('POST', `${REPO}/reports`, { token, rawBody: 'hello', contentType: 'text/plain' });
      assert.equal(text.status, 415);

      const badTime = await h.request('POST', `${REPO}/reports?committed_at=yesterday`, { token, body: baselineReport });
      assert.equal(badTime.status, 400);
      assert.equal(badTime.body.problems[0].pointer, '/querystring/committed_at');

      const badQuery = await h.request('GET', `${REPO}/baseline?commit=not-a-sha`, { token });
      assert.equal(badQuery.status, 400);
      assert.equal(badQuery.body.problems[0].pointer, '/querystring/commit');

      const odd = [
        await h.request('POST', `${REPO}/reports`, { token, rawBody: '[' .repeat(100_000) + ']'.repeat(100_000) }),
        await h.request('POST', `${REPO}/reports`, { token, rawBody: '{"__proto__": {"polluted": true}, "format": "memleak-report"}' }),
        await h.request('POST', `${REPO}/reports`, { token, rawBody: '' }),
        await h.request('POST', `${REPO}/reports`, { token, rawBody: 'null' }),
        await h.request('GET', `${REPO}/reports/0`, { token }),
        await h.request('GET', `${REPO}/reports/99999999999`, { token }),
        await h.request('GET', `${REPO}/reports?limit=1e999`, { token }),
        await h.request('POST', `${REPO}/reports?run_attempt=1e999`, { token, body: headReport }),
        await h.request('GET', `${REPO}/tests/history`, { token }),
        await h.request('GET', `/api/v1/repos/${'x'.repeat(50)}/widget/baseline`, { token }),
        await h.request('POST', `${REPO}/compare?fail_on=sometimes`, { token, body: headReport }),
        await h.request('POST', `${REPO}/compare?fail_on_inconclusive=sometimes`, { token, body: headReport }),
        await h.request('POST', `${REPO}/reports?run_url=https://x/%00`, { token, body: headReport }),
        await h.request('GET', `${REPO}/baseline?branch=ma%00in`, { token }),
        // A leap second passes the date-time format but is no JavaScript Date.
        await h.request('POST', `${REPO}/reports?committed_at=2016-12-31T23:59:60Z`, { token, body: headReport }),
        await h.request('GET', `${REPO}/baseline?before=2016-12-31T23:59:60Z`, { token }),
      ];
      for (const response of odd) {
        assert.ok(response.status >= 400 && response.status < 500, `${response.status} ${response.text}`);
        assert.equal(typeof response.body.message, 'string');
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    test('unusual but valid reports are stored: NUL in a test id, the largest line number', async () => {
      const odd = structuredClone(baselineReport);
      const leaking = odd.tests.find((test) => test.sources.length > 0)!;
      leaking.id = 'tests/test_nul.py::test_\u0000zero';
      leaking.sources[0]!.line = 2_147_483_647;
      const response = await ingest(odd, await h.pushToken({ sha: sha(5) }));
      assert.equal(response.status, 201, response.text);
      const stored = await h.request('GET', `${REPO}/reports/${response.body.id}`, { token: await h.pullRequestToken() });
      assert.deepEqual(stored.body.report, odd);
      const history = await h.request('GET', `${REPO}/tests/history?test=${encodeURIComponent(leaking.id)}`, { token: await h.pullRequestToken() });
      assert.equal(history.body.points.at(-1).top_source.line, 2_147_483_647);
    });

    test('numbers neither database can store are refused alike, with their pointer', async () => {
      const leakingIndex = headReport.tests.findIndex((test) => test.sources.length > 0);
      const withLine = (line: string) => JSON.stringify(headReport).replace(/("sources":\[\{[^}]*?"line":)\d+/, `$1${line}`);
      const withGrowth = (growth: string) => JSON.stringify(headReport).replace(/("growth_per_op_bytes":)[-0-9.e+]+/, `$1${growth}`);
      const cases = [
        { body: withLine('1e20'), status: 400, error: 'unsupported_json', pointer: `/tests/${leakingIndex}/sources/0/line` },
        { body: withLine('2147483648'), status: 422, error: 'invalid_report', pointer: `/tests/${leakingIndex}/sources/0/line` },
        { body: withGrowth('1e400'), status: 400, error: 'unsupported_json', pointer: '/tests/0/growth_per_op_bytes' },
        { body: withGrowth('-9007199254740993'), status: 400, error: 'unsupported_json', pointer: '/tests/0/growth_per_op_bytes' },
      ];
      for (const [index, { body, status, error, pointer }] of cases.entries()) {
        assert.notEqual(body, JSON.stringify(headReport), 'the case changed the report');
        for (const path of ['reports', 'compare']) {
          const token = await h.pushToken({ sha: sha(600 + index) });
          const response = await h.request('POST', `${REPO}/${path}`, { token, rawBody: body });
          assert.equal(response.status, status, `${path} ${pointer}: ${response.text}`);
          assert.equal(response.body.error, error);
          assert.equal(response.body.problems[0].pointer, pointer);
          assert.match(response.body.message, new RegExp(pointer));
        }
      }
    });

    test('deep nesting anywhere in a body is a 400 naming where, on ingest and compare', async () => {
      const nest = (depth: number) => JSON.stringify(baselineReport).replace(/}$/, `,"extra":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      for (const path of ['reports', 'compare']) {
        const deep = await h.request('POST', `${REPO}/${path}`, { token: await h.pushToken({ sha: sha(610) }), rawBody: nest(5000) });
        assert.equal(deep.status, 400, `${path}: ${deep.text}`);
        assert.equal(deep.body.error, 'unsupported_json');
        assert.equal(deep.body.problems[0].pointer, `/extra${'/0'.repeat(63)}`);
        assert.match(deep.body.message, /nested deeper than 64 levels/);
      }
      // Within the bound an extra property is kept, as the schema allows.
      const shallow = await h.request('POST', `${REPO}/reports`, { token: await h.pushToken({ sha: sha(611) }), rawBody: nest(60) });
      assert.equal(shallow.status, 201, shallow.text);
      assert.equal((await h.request('GET', '/healthz')).status, 200);
    });

    test('reads need a token of the repository unless reads are public', async () => {
      const anonymous = await h.request('GET', `${REPO}/baseline`);
      assert.equal(anonymous.status, 401);
      assert.match(anonymous.headers.get('www-authenticate') ?? '', /Bearer/);
      const other = await h.pullRequestToken({ repository: 'evil/fork', repository_id: '666' });
      const forbidden = await h.request('GET', `${REPO}/baseline`, { token: other });
      assert.equal(forbidden.status, 403);
      assert.match(forbidden.body.message, /evil\/fork, not acme\/widget/);
      const listed = await h.request('GET', '/api/v1/repos', { token: other });
      assert.deepEqual(listed.body.repositories, []);
    });

    // The CLI runs in child processes (slow to start), so once: the storage contract covers tokens on both dialects.
    test('project API tokens from `memleak token create`: scoped to one repository, never baselines unless allowed', { skip: dialect === 'postgres' ? 'run on sqlite only' : false }, async () => {
      const created = runCli(['token', 'create', '--repo', 'acme/widget', '--name', 'jenkins', '--db', database.url]);
      assert.equal(created.status, 0, created.stderr);
      const token = created.stdout.trim();
      assert.match(token, /^mlk_/);
      const read = await h.request('GET', `${REPO}/baseline`, { token });
      assert.equal(read.status, 200);
      assert.equal((await h.request('GET', '/api/v1/repos/acme/selection/baseline', { token })).status, 403);
      const write = await h.request('POST', `${REPO}/reports?branch=main&commit=${sha(60)}&run_id=jenkins-1`, { token, body: baselineReport });
      assert.equal(write.status, 201, write.text);
      assert.equal(write.body.baseline, false);
      const noRun = await h.request('POST', `${REPO}/reports?branch=main`, { token, body: baselineReport });
      assert.equal(noRun.status, 403);

      const baselineToken = runCli(['token', 'create', '--repo', 'acme/widget', '--baselines', '--db', database.url]).stdout.trim();
      const baselineWrite = await h.request('POST', `${REPO}/reports?branch=main&commit=${sha(61)}&run_id=jenkins-2`, { token: baselineToken, body: baselineReport });
      assert.equal(baselineWrite.body.baseline, true, baselineWrite.text);
      const featureWrite = await h.request('POST', `${REPO}/reports?branch=feature&commit=${sha(62)}&run_id=jenkins-3`, { token: baselineToken, body: baselineReport });
      assert.equal(featureWrite.body.baseline, false);

      const listed = runCli(['token', 'list', '--repo', 'acme/widget', '--db', database.url]);
      const firstId = listed.stdout.split('\n')[0]!.split('\t')[0]!;
      assert.equal(runCli(['token', 'revoke', '--repo', 'acme/widget', '--id', firstId, '--db', database.url]).status, 0);
      const revoked = await h.request('GET', `${REPO}/baseline`, { token });
      assert.equal(revoked.status, 401);
      assert.match(revoked.body.message, /revoked/);
    });

    test('the OpenAPI document is served with the report schema and lists every route', async () => {
      const response = await h.request('GET', '/api/v1/openapi.json');
      assert.equal(response.status, 200);
      assert.equal(response.body.openapi, '3.1.0');
      assert.equal(response.body.components.schemas.Report.$id, 'https://memleak-action.github.io/schemas/report.v1.schema.json');
      const token = await h.pullRequestToken();
      for (const [path, operations] of Object.entries(response.body.paths as Record<string, Record<string, unknown>>)) {
        for (const method of Object.keys(operations)) {
          const concrete = path.replace('{owner}', 'acme').replace('{repo}', 'widget').replace('{id}', '1');
          const answer = await h.request(method.toUpperCase(), concrete, { token, ...(method === 'post' && { body: headReport }) });
          assert.notEqual(answer.body?.error, 'not_found', `${method} ${path} is documented but not served`);
        }
      }
    });
  });
}

apiSuite('sqlite', async () => sqliteDatabase(), null);
apiSuite('postgres', postgresDatabase, postgresSkip);

test('the client says clearly when the service is unreachable or refuses', async () => {
  // A port that was just free: nothing listens there.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const unreachable = createServiceClient({ url: `http://127.0.0.1:${port}`, token: 'x', timeoutMs: 2000 });
  await assert.rejects(unreachable.baseline({ repository: 'acme/widget' }), (error: unknown) => {
    assert.ok(error instanceof ServiceError);
    assert.equal(error.status, 0);
    assert.match(error.message, new RegExp(`memleak service at http://127\\.0\\.0\\.1:${port} is unreachable \\(ECONNREFUSED\\)`));
    return true;
  });
  const h = await startHarness({ publicReads: true });
  try {
    const client = createServiceClient({ url: h.url, token: await h.pullRequestToken() });
    await assert.rejects(client.ingest({ repository: 'acme/widget', report: { ...baselineReport, status: 'bad' } as unknown as Report }), (error: unknown) => {
      assert.ok(error instanceof ServiceError);
      assert.equal(error.status, 422);
      assert.equal(error.problems[0]?.pointer, '/status');
      return true;
    });
    const wrongUrl = createServiceClient({ url: `${h.url}/nothing-here` });
    await assert.rejects(wrongUrl.baseline({ repository: 'acme/widget' }), /refused GET .* \(404\)/);
  } finally {
    await h.close();
  }
});

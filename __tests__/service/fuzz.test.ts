// A fuzz test of the HTTP API on both databases: a few hundred requests, generated from a fixed
// seed, with mutated reports (deep nesting, huge and non-finite numbers, lone surrogates, NUL and
// other odd unicode, wrong types, huge strings, broken bytes) and odd query strings, paths and
// credentials. No answer may be a 5xx; every report the service accepted must read back exactly
// as sent; and the service must still serve normally afterwards.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Report } from '../../src/core/index.js';
import { postgresDatabase, postgresUnavailable, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { startHarness, type Harness } from './support/harness.js';
import { picker, seededRandom } from './support/random.js';
import { analyzedReport, sha } from './support/reports.js';

const postgresSkip = await postgresUnavailable();
// Another seed explores further: MEMLEAK_FUZZ_SEED=123 node --import tsx --test __tests__/service/fuzz.test.ts
const SEED = Number(process.env.MEMLEAK_FUZZ_SEED ?? 0x5eed_0008);
const REQUESTS = 300;
const BODY_LIMIT = 512 * 1024;
const REPO = '/api/v1/repos/acme/widget';

const base = analyzedReport([
  { id: 'tests/test_cache.py::test_remember', leakPerOp: 2048, line: 12 },
  { id: 'tests/test_cache.py::test_forget' },
  { id: 'tests/test_io.py::test_read', leakPerOp: 512, file: 'app/io.py', line: 40, code: 'BUF.extend(chunk)' },
]);

const ODD_STRINGS = [
  '\ud800', '\udc00x', 'a\u0000b', '\u0000', '\uffff', '\ufeff', '\u202eevil', '💥🧪', 'e\u0301\u0301\u0301', '\u00ad\u3164\u115f',
  '', ' ', '../../etc/passwd', '<script>alert(1)</script>', '%00', '\\', '"', 'x'.repeat(5000),
];
// Number tokens that JSON.stringify cannot write: sent as raw text.
const ODD_NUMBERS = ['1e20', '1e400', '-1e400', '1e-400', '-0', '9007199254740993', '2147483648', '-1', '0.5', '1E+308', '123456789012345678901234567890'];
const WRONG_TYPES: unknown[] = [null, true, false, [], {}, '', 0, '12', [[]], { a: 1 }];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', '', '\u0000', '\ud800', 'a/b~c'];
const QUERY_VALUES = ['', 'main', '%00', '%ED%A0%80', '%FF%FE', '%zz', '%', '1e999', '-1', '0', '2147483648', 'a'.repeat(3000), '%E2%80%AE', '😀', '2016-12-31T23:59:60Z', '2000-01-01T00:00:00Z', sha(1), 'new-leak', '[]', '__proto__'];
const QUERY_NAMES = ['branch', 'key', 'commit', 'committed_at', 'before', 'run_id', 'run_attempt', 'run_url', 'fail_on', 'test', 'limit', '__proto__', 'constructor'];

type Rng = ReturnType<typeof picker>;

/** Every place in a JSON value: the holder and the name or index of each value. */
function places(root: unknown): { holder: Record<string, unknown> | unknown[]; name: string | number }[] {
  const found: { holder: Record<string, unknown> | unknown[]; name: string | number }[] = [];
  const stack = [root];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) value.forEach((child, index) => (found.push({ holder: value, name: index }), stack.push(child)));
    else if (value && typeof value === 'object') for (const [name, child] of Object.entries(value)) found.push({ holder: value as Record<string, unknown>, name }), stack.push(child);
  }
  return found;
}

const nest = (rng: Rng, depth: number) => (rng.chance(0.5) ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth));

/** A report's text with one to three mutations, and what changed (for the failure message). */
function mutatedReport(rng: Rng, single: boolean): { text: string; what: string[] } {
  const report = structuredClone(base) as unknown as Record<string, unknown>;
  const raw = new Map<string, string>();
  const what: string[] = [];
  const rawValue = (text: string) => {
    const marker = `@@raw${raw.size}@@`;
    raw.set(marker, text);
    return marker;
  };
  const tests = report.tests as { id: string }[];
  for (let count = single ? 1 : rng.integer(4); count > 0; count -= 1) {
    const all = places(report);
    const place = rng.one(all);
    const kind = rng.one(['number', 'string', 'type', 'nest', 'key', 'delete', 'huge', 'test-id', 'test-id']);
    if (kind === 'test-id') {
      // Test ids are stored in their own column: odd unicode there reaches the database.
      const test = rng.one(tests);
      test.id = rng.one([`${test.id}${rng.one(ODD_STRINGS)}`, rng.one(ODD_STRINGS), 'x'.repeat(4096), '\ud83d'.repeat(3)]);
      what.push(`test-id`);
      continue;
    }
    what.push(`${kind}@${String(place.name)}`);
    const set = (value: unknown) => ((place.holder as Record<string | number, unknown>)[place.name] = value);
    if (kind === 'number') {
      // Mostly where a number was: those places pass the schema's type check.
      const numeric = all.filter((p) => typeof (p.holder as Record<string | number, unknown>)[p.name] === 'number');
      const target = rng.chance(0.8) && numeric.length ? rng.one(numeric) : place;
      (target.holder as Record<string | number, unknown>)[target.name] = rawValue(rng.one(ODD_NUMBERS));
    }
    else if (kind === 'string') set(rng.one(ODD_STRINGS));
    else if (kind === 'type') set(structuredClone(rng.one(WRONG_TYPES)));
    else if (kind === 'nest') set(rawValue(nest(rng, rng.one([63, 64, 65, 200, 5000]))));
    else if (kind === 'huge') set('x'.repeat(rng.one([4097, 100_000, BODY_LIMIT])));
    else if (kind === 'delete') Array.isArray(place.holder) ? place.holder.splice(Number(place.name), 1) : delete place.holder[place.name as string];
    else {
      // An extra property (the schema allows them) on the report, a test or any object.
      const objects = all.map((p) => (p.holder as Record<string | number, unknown>)[p.name]).filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v));
      const holder = rng.one([report, report, ...objects]);
      const value = rng.one([1, 'x', null, rawValue(rng.one(ODD_NUMBERS)), rawValue(nest(rng, rng.one([64, 65, 5000]))), rng.one(ODD_STRINGS)]);
      Object.defineProperty(holder, rng.one(ODD_KEYS), { value, enumerable: true, configurable: true, writable: true });
    }
  }
  let text = JSON.stringify(report);
  for (const [marker, value] of raw) text = text.replace(JSON.stringify(marker), value);
  return { text, what };
}

/**
 * A body as bytes: a mutated report, sometimes broken at the byte level. A single mutation and no
 * damage (`single`) keeps many reports valid elsewhere, so a mutation reaches storage and compare.
 */
function body(rng: Rng, single: boolean): { bytes: Buffer; what: string } {
  const { text, what } = mutatedReport(rng, single);
  let bytes = Buffer.from(text, 'utf8');
  const damage = single ? 'none' : rng.one(['none', 'truncate', 'bad-utf8', 'bom', 'garbage']);
  if (damage === 'truncate') bytes = bytes.subarray(0, rng.integer(bytes.length));
  else if (damage === 'bad-utf8') {
    const at = rng.integer(bytes.length);
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([rng.one([0xff, 0xc0, 0xed, 0x80])]), bytes.subarray(at)]);
  } else if (damage === 'bom') bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  else if (damage === 'garbage') bytes = Buffer.from(rng.one(['', 'null', '[]', '"x"', '1e400', '{"format":"memleak-report","version":1,"status":"pass","tests":{}}', '\u0000']), 'utf8');
  return { bytes, what: `${what.join(',')} ${damage}` };
}

function query(rng: Rng, single: boolean): string {
  const parts: string[] = [];
  if (single) return '';
  for (let count = rng.integer(4); count > 0; count -= 1) parts.push(`${rng.one(QUERY_NAMES)}=${rng.one(QUERY_VALUES)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

function fuzzSuite(dialect: string, create: () => Promise<TestDatabase>, skip: string | null) {
  describe(`HTTP API fuzz: ${dialect}`, { skip: skip ?? false }, () => {
    let database: TestDatabase;
    let h: Harness;
    before(async () => {
      database = await create();
      h = await startHarness({ database, bodyLimitBytes: BODY_LIMIT });
    });
    after(async () => {
      await h?.close();
      await database?.drop();
    });

    async function send(method: string, path: string, token: string | undefined, bytes?: Buffer, authorization?: string) {
      const response = await fetch(h.url + path, {
        method,
        headers: { ...(authorization ? { authorization } : token && { authorization: `Bearer ${token}` }), ...(bytes && { 'content-type': 'application/json' }) },
        body: bytes && new Uint8Array(bytes),
      });
      return { status: response.status, text: await response.text() };
    }

    test(`no 5xx for ${REQUESTS} generated requests (seed ${SEED.toString(16)}), accepted reports read back as sent, and the service serves afterwards`, async () => {
      const rng = picker(seededRandom(SEED));
      const reader = await h.pullRequestToken();
      const baseline = await h.request('POST', `${REPO}/reports?committed_at=2026-01-01T00:00:00Z`, { token: await h.pushToken({ sha: sha(1) }), body: base });
      assert.equal(baseline.status, 201, baseline.text);
      const failures: string[] = [];
      let accepted = 0;
      const statuses = new Map<number, number>();
      for (let i = 0; i < REQUESTS; i += 1) {
        const operation = rng.one(['ingest-push', 'ingest-pr', 'compare', 'compare', 'baseline', 'history', 'list', 'get', 'dashboard', 'odd-auth']);
        const single = rng.chance(0.5);
        const q = query(rng, single);
        let request: { method: string; path: string; token?: string; bytes?: Buffer; authorization?: string; what: string };
        if (operation === 'ingest-push' || operation === 'ingest-pr') {
          const token = operation === 'ingest-push' ? await h.pushToken({ sha: sha(100 + i) }) : await h.pullRequestToken({ sha: sha(100 + i) });
          const b = body(rng, single);
          request = { method: 'POST', path: `${REPO}/reports${q}`, token, bytes: b.bytes, what: b.what };
        } else if (operation === 'compare') {
          const b = body(rng, single);
          request = { method: 'POST', path: `${REPO}/compare${q}`, token: reader, bytes: b.bytes, what: b.what };
        } else if (operation === 'odd-auth') {
          const b = body(rng, single);
          const authorization = rng.one(['Bearer', 'Bearer ' + 'x'.repeat(5000), 'Bearer a.b.c', 'Basic ' + Buffer.from('u:\ud800').toString('base64'), 'Basic !!!', 'Negotiate x', 'Bearer mlk_' + 'z'.repeat(40), 'Bearer \u00ff']);
          request = { method: rng.one(['POST', 'GET']), path: `${REPO}/${rng.one(['reports', 'baseline', 'compare'])}${q}`, authorization, bytes: b.bytes, what: `auth ${authorization.slice(0, 20)}` };
        } else {
          const paths: Record<string, string> = {
            baseline: `${REPO}/baseline`,
            history: `${REPO}/tests/history`,
            list: `${REPO}/reports`,
            get: `${REPO}/reports/${rng.one(['1', '0', '-1', '1e3', '2147483648', 'abc', '%00', '99999'])}`,
            dashboard: rng.one(['/', '/acme/widget', '/acme/nothing', '/%ED%A0%80/x', '/acme/widget/extra']),
          };
          request = { method: 'GET', path: paths[operation]! + q, token: reader, what: operation };
          if (request.bytes) request.bytes = undefined;
        }
        if (request.method === 'GET') request.bytes = undefined;
        const response = await send(request.method, request.path, request.token, request.bytes, request.authorization);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const described = `#${i} ${request.method} ${request.path.slice(0, 120)} [${request.what}]`;
        if (response.status >= 500) failures.push(`${described}: ${response.status} ${response.text.slice(0, 300)}`);
        if (operation.startsWith('ingest') && response.status === 201) {
          accepted += 1;
          const id = (JSON.parse(response.text) as { id: number }).id;
          const stored = await h.request('GET', `${REPO}/reports/${id}`, { token: reader });
          const sent: unknown = JSON.parse(request.bytes!.toString('utf8').replace(/^\ufeff/, ''));
          if (stored.status !== 200) failures.push(`${described}: reading it back answered ${stored.status} ${stored.text.slice(0, 300)}`);
          // As JSON text: -0 and 0 are one JSON number.
          else if (JSON.stringify(stored.body.report) !== JSON.stringify(sent)) failures.push(`${described}: stored differently than sent`);
        }
      }
      assert.deepEqual(failures, [], `failures:\n${failures.join('\n')}`);
      // The generator reaches every kind of answer, acceptance included.
      const seen = [...statuses.keys()].sort();
      for (const status of [200, 201, 400, 401, 404, 413, 422]) assert.ok(statuses.has(status), `no ${status} among ${seen.join(', ')}`);
      assert.ok(accepted >= 5, `only ${accepted} mutated reports were accepted`);

      // Still serving: health, readiness, a normal ingest and comparison, the dashboard.
      assert.equal((await h.request('GET', '/healthz')).status, 200);
      assert.equal((await h.request('GET', '/readyz')).status, 200);
      const ingest = await h.request('POST', `${REPO}/reports?committed_at=2030-01-01T00:00:00Z`, { token: await h.pushToken({ sha: sha(99) }), body: base });
      assert.equal(ingest.status, 201, ingest.text);
      const compared = await h.request('POST', `${REPO}/compare?commit=${sha(99)}`, { token: reader, body: base });
      assert.equal(compared.status, 200, compared.text);
      assert.equal((compared.body as Report).baseline?.commit, sha(99));
      const dashboard = await h.request('GET', '/acme/widget', { token: reader });
      assert.equal(dashboard.status, 200, dashboard.text.slice(0, 300));
    });
  });
}

fuzzSuite('sqlite', async () => sqliteDatabase(), null);
fuzzSuite('postgres', postgresDatabase, postgresSkip);

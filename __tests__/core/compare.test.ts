import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, compare, parseReport, type Report } from '../../src/core/index.js';
import { renderMarkdown } from '../../src/core/render/index.js';
import { fileOf, linear } from '../helpers/snapshots.js';

const now = new Date('2026-11-21T00:00:00Z');
const site = (line: number, sizes: number[], code = 'CACHE[key] = value') => ({ file: 'app/cache.py', line, function: 'put', code, sizes });
const leaking = (id: string, perBatch: number, line = 10, code?: string) => fileOf({ id, traced: linear(10, 1e6, perBatch), sites: [site(line, linear(10, 0, perBatch), code)] });
const clean = (id: string) => fileOf({ id, traced: linear(10, 1e6, 0) });
const changes = (report: Report) => Object.fromEntries(report.tests.map((t) => [t.id, t.change]));

test('every change value comes out of one comparison', () => {
  const base = analyze([leaking('still', 20_000), leaking('fixed', 20_000), clean('newleak'), leaking('regressed', 10_000), clean('same'), clean('gone')], { now });
  const head = analyze([leaking('still', 22_000), clean('fixed'), leaking('newleak', 20_000), leaking('regressed', 80_000), clean('same'), clean('added')], { now });
  const result = compare(base, head, { now, baseline: { commit: 'abc1234', source: 'artifact' } });
  assert.deepEqual(changes(result), { added: 'new-test', fixed: 'fixed', newleak: 'new-leak', regressed: 'regressed', same: 'unchanged', still: 'still-leaking' });
  assert.deepEqual(result.missing_tests, ['gone']);
  assert.equal(result.status, 'fail');
  assert.equal(result.summary.new_leaks, 2);
  assert.equal(result.summary.fixed, 1);
  assert.deepEqual(result.baseline, { found: true, commit: 'abc1234', source: 'artifact' });
});

test('only existing leaks pass with fail-on new-leak and fail with any-leak', () => {
  const base = analyze([leaking('still', 20_000)], { now });
  const head = analyze([leaking('still', 20_000)], { now });
  assert.equal(compare(base, head, { now }).status, 'pass');
  assert.equal(compare(base, head, { now, failOn: 'any-leak' }).status, 'fail');
});

test('a new test that leaks is a new leak for the status', () => {
  const result = compare(analyze([clean('a')], { now }), analyze([clean('a'), leaking('b', 20_000)], { now }), { now });
  assert.equal(result.tests.find((t) => t.id === 'b')!.change, 'new-test');
  assert.equal(result.status, 'fail');
});

test('without a baseline every leak is new and the report says why', () => {
  const expired = { reason: 'the artifact expired', run_url: 'https://github.com/o/r/actions/runs/7' };
  const result = compare(null, analyze([leaking('a', 20_000), clean('b')], { now }), { now, baseline: expired });
  assert.deepEqual(changes(result), { a: 'new-leak', b: 'new-test' });
  assert.equal(result.status, 'fail');
  assert.deepEqual(result.baseline, { found: false, ...expired });
});

test('an inconclusive head does not claim a fix', () => {
  const base = analyze([leaking('a', 20_000)], { now });
  const head = analyze([fileOf({ id: 'a', traced: [1, 2, 3] })], { now });
  assert.equal(compare(base, head, { now }).tests[0]!.change, 'unchanged');
});

test('a source that moved to another line is matched by its function and text', () => {
  const base = analyze([leaking('a', 20_000, 10)], { now });
  const moved = analyze([leaking('a', 20_000, 14)], { now });
  assert.equal(compare(base, moved, { now }).tests[0]!.sources[0]!.change, 'existing');
  const rewritten = analyze([leaking('a', 20_000, 10, 'CACHE.setdefault(key, value)')], { now });
  assert.equal(compare(base, rewritten, { now }).tests[0]!.sources[0]!.change, 'new');
});

test('comparing a compared report again gives the same answer', () => {
  const base = analyze([leaking('a', 20_000)], { now });
  const head = analyze([leaking('a', 20_000), clean('b')], { now });
  const once = compare(base, head, { now });
  assert.deepEqual(compare(base, once, { now }), once);
});

test('reports round-trip through parseReport, and a bad one is refused with its pointer', () => {
  const report = compare(null, analyze([leaking('a', 20_000)], { now }), { now });
  const parsed = parseReport({ file: 'report.json', text: JSON.stringify(report) });
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.report, report);
  const broken = JSON.parse(JSON.stringify(report));
  broken.tests[0].verdict = 'maybe';
  const refused = parseReport({ file: 'report.json', text: JSON.stringify(broken) });
  assert.equal(refused.report, undefined);
  assert.equal(refused.problems[0]!.file, 'report.json');
  assert.equal(refused.problems[0]!.pointer, '/tests/0/verdict');
});

test('a report with only what report.v1 requires reads back whole: compare and render work on it, nothing is invented but zeros', () => {
  const minimal = { format: 'memleak-report', version: 1, status: 'fail', tests: [{ id: 't::a', verdict: 'leak', sources: [{ file: 'app/a.py', line: 3 }] }] };
  const { report, problems } = parseReport({ file: 'min.json', text: JSON.stringify(minimal) });
  assert.deepEqual(problems, []);
  assert.ok(report);
  assert.deepEqual(report.problems, []);
  assert.deepEqual(report.summary, { tests: 1, leak: 1, ok: 0, inconclusive: 0, error: 0, new_leaks: 1, fixed: 0 });
  assert.deepEqual(report.tests[0]!.series, { operations_per_batch: 0, traced_bytes: [], rss_bytes: [] });
  assert.equal(report.tests[0]!.rss_growth_per_op_bytes, null);
  assert.equal(report.tests[0]!.sources[0]!.bytes_per_op, 0);
  assert.equal(report.generated_at, undefined, 'no time is made up');
  const compared = compare(report, report, { now });
  assert.equal(compared.tests[0]!.change, 'still-leaking');
  assert.match(renderMarkdown(compared, { now }), /app\/a\.py:3/);
  // What the completed report says still meets the schema it was read with.
  assert.deepEqual(parseReport({ file: 'again.json', text: JSON.stringify(compared) }).problems, []);
});

test('a report whose thresholds cannot be used is refused naming the file and the threshold', () => {
  for (const [thresholds, name] of [[{ constructor: 5 }, 'constructor'], [{ regression_factor: 0.5 }, 'regression_factor']] as const) {
    const text = JSON.stringify({ format: 'memleak-report', version: 1, status: 'pass', tests: [], settings: { thresholds } });
    const { report, problems } = parseReport({ file: 'r.json', text });
    assert.equal(report, undefined);
    assert.equal(problems[0]?.file, 'r.json');
    assert.equal(problems[0]?.pointer, `/settings/thresholds/${name}`);
  }
});

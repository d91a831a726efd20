// The inputs that made `analyze` and `compare` write reports breaking report.v1 (issue 8, item 4),
// each kept small, and the exact pointers of LiteLLM top_consumers problems (items 8b/10b).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, compare, parseReport, ThresholdError, type InputFile, type Report } from '../../src/core/index.js';
import { validateReport } from '../../src/core/validate.js';
import { fileOf, linear, snapshotOf } from '../helpers/snapshots.js';

const now = new Date('2026-11-29T12:00:00Z');

function assertValid(report: Report): void {
  const written = JSON.parse(JSON.stringify(report)) as unknown;
  assert.ok(validateReport(written), JSON.stringify(validateReport.errors));
}

/** A LiteLLM-style file of 6 batches whose last entries name `line` as their top consumer. */
function litellm(name: string, line: string): InputFile {
  const entries = Array.from({ length: 6 }, (_, batch) => ({ batch, current_mb: 1 + batch, top_consumers: [{ file: `  File "app.py", line ${line}`, size_mb: batch }] }));
  return { file: name, text: JSON.stringify(entries) };
}

test('a LiteLLM line number of 400 digits leaves its entry out with its pointer; no null line is written', () => {
  const report = analyze([litellm('snaps/huge.json', '9'.repeat(400))], { now });
  assertValid(report);
  assert.equal(report.tests[0]!.sources.length, 0);
  assert.deepEqual(report.problems.map((p) => p.pointer), ['/1/top_consumers/0/file', '/2/top_consumers/0/file', '/3/top_consumers/0/file', '/4/top_consumers/0/file', '/5/top_consumers/0/file']);
  assert.match(report.problems[0]!.message, /line number has 400 digits/);
});

test('LiteLLM line numbers outside 1..2^31-1 are left out; the largest one inside is kept', () => {
  for (const line of ['0', '2147483648', '00000000000000000000000042']) {
    const report = analyze([litellm('snaps/edge.json', line)], { now });
    assertValid(report);
    if (line.endsWith('42')) assert.deepEqual(report.problems, []);
    else assert.equal(report.problems.length, 5, line);
  }
  const report = analyze([litellm('snaps/max.json', '2147483647')], { now });
  assertValid(report);
  assert.equal(report.tests[0]!.sources[0]!.line, 2147483647);
});

test('every top_consumers problem carries the exact pointer of its entry, even among requests without consumers', () => {
  const entries: object[] = [];
  for (let batch = 0; batch < 5; batch++) {
    entries.push({ batch, current_mb: 1 }, { batch, current_mb: 1, top_consumers: [{ file: '  File "ok.py", line 3', size_mb: 1 }, { file: 'garbage', size_mb: 1 }] });
  }
  const report = analyze([{ file: 'snaps/p.json', text: JSON.stringify(entries) }], { now });
  // Batch 0 (entries 0, 1) is warm-up and never read; the lists read are at entries 3, 5, 7 and 9.
  assert.deepEqual(report.problems.map((p) => p.pointer), ['/3/top_consumers/1/file', '/5/top_consumers/1/file', '/7/top_consumers/1/file', '/9/top_consumers/1/file']);
  for (const problem of report.problems) assert.match(problem.message, /"garbage": it is not a '  File "PATH", line N' line; left out/);
});

test('a LiteLLM snapshot named ".json" gives no test id: refused, never a test with id ""', () => {
  const report = analyze([litellm('snaps/.json', '3')], { now });
  assertValid(report);
  assert.deepEqual(report.tests, []);
  assert.equal(report.problems[0]!.file, 'snaps/.json');
  assert.match(report.problems[0]!.message, /empty test id/);
});

test('a snapshot path over 4,096 characters is refused, and its problem names it clipped', () => {
  const name = `${'deep/'.repeat(900)}a.json`;
  const report = analyze([litellm(name, '3'), fileOf({ id: 't::b', traced: linear(6, 1e6, 0) })], { now });
  assertValid(report);
  assert.deepEqual(report.tests.map((t) => t.id), ['t::b']);
  assert.equal(report.problems.length, 1);
  assert.ok(report.problems[0]!.file.length <= 4096 && report.problems[0]!.file.endsWith('…'));
  assert.match(report.problems[0]!.message, /4506 characters long, over the 4096 a report holds/);
});

test('two files with the same 4,096-character test id: the problem stays within the schema and says what happened', () => {
  const id = 'x'.repeat(4096);
  const text = JSON.stringify(snapshotOf({ id, traced: linear(6, 1e6, 0) }));
  const report = analyze([{ file: 'a.json', text }, { file: 'b.json', text }], { now });
  assertValid(report);
  assert.equal(report.tests.length, 1);
  assert.equal(report.problems[0]!.pointer, '/test/id');
  assert.match(report.problems[0]!.message, /^this file repeats test "x+…", already read from a\.json; left out$/);
});

test('a collector site at line 0 (tracemalloc\'s "unknown") is left out with its pointer; the test is still judged', () => {
  const snapshot = snapshotOf({ id: 't::zero', traced: linear(8, 1e6, 50_000), sites: [{ file: 'app.py', line: 0, sizes: linear(8, 0, 50_000) }, { file: 'app.py', line: 7, sizes: linear(8, 0, 50_000) }] });
  const report = analyze([{ file: 's.json', text: JSON.stringify(snapshot) }], { now });
  assertValid(report);
  assert.equal(report.tests[0]!.verdict, 'leak');
  assert.deepEqual(report.tests[0]!.sources.map((s) => s.line), [7]);
  assert.equal(report.problems[0]!.pointer, '/phases/0/sites/0/line');
});

test('compare keeps a baseline\'s provenance within the schema (memleak compare with a long base path or reason)', () => {
  const head = analyze([fileOf({ id: 't::a', traced: linear(6, 1e6, 0) })], { now });
  const report = compare(null, head, { now, baseline: { source: `/tmp/${'b'.repeat(300)}/report.json`, reason: `the baseline could not be read (${'e'.repeat(3000)})` } });
  assertValid(report);
  assert.ok(report.baseline!.source!.endsWith('…'));
});

test('a report with a number JSON cannot hold (1e400 reads as Infinity) or out of range is refused with its pointer', () => {
  const head = analyze([fileOf({ id: 't::a', traced: linear(6, 1e6, 0) })], { now });
  const text = JSON.stringify(head).replace('"growth_bytes":0', '"growth_bytes":1e400');
  const read = parseReport({ file: 'head.json', text });
  assert.equal(read.report, undefined);
  assert.equal(read.problems[0]!.pointer, '/tests/0/growth_bytes');
  const lineOutOfRange = parseReport({ file: 'head.json', text: JSON.stringify({ ...head, tests: [{ ...head.tests[0], sources: [{ file: 'a.py', line: 2 ** 31 }] }] }) });
  assert.equal(lineOutOfRange.problems[0]!.pointer, '/tests/0/sources/0/line');
});

test('clipping never splits a surrogate pair (a lone surrogate is refused by PostgreSQL jsonb)', () => {
  const head = analyze([fileOf({ id: 't::a', traced: linear(6, 1e6, 0) })], { now });
  for (const prefix of ['', 'a']) {
    const report = compare(null, { ...head, problems: [{ file: 'f.json', message: prefix + '💥'.repeat(5000) }] }, { now });
    assertValid(report);
    const message = report.problems[0]!.message;
    assert.ok(message.length <= 4096 && message.endsWith('…'));
    assert.doesNotMatch(message, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/, 'no lone surrogate');
  }
});

test('a file with many bad sites lists the first 20 problems and counts the rest, so the report stays small', () => {
  const sites = Array.from({ length: 500 }, (_, i) => ({ file: `app/m${i}.py`, line: 1 + i, sizes: [1, 2] }));
  const snapshot = snapshotOf({ id: 't::many', traced: linear(6, 1e6, 0), sites });
  const report = analyze([{ file: 's.json', text: JSON.stringify(snapshot) }, fileOf({ id: 't::other', traced: linear(6, 1e6, 0) })], { now });
  assertValid(report);
  assert.equal(report.tests.length, 2);
  assert.equal(report.problems.length, 21);
  assert.equal(report.problems[19]!.pointer, '/phases/0/sites/19/sizes');
  assert.deepEqual(report.problems[20], { file: 's.json', pointer: '/phases/0/sites/20/sizes', message: '480 more problems in this file, from this one on, were not listed' });
});

test('a threshold too large for a report is refused, so a detection limit derived from it cannot leave the schema', () => {
  const file = fileOf({ id: 't::a', traced: linear(6, 1e6, 0) });
  for (const name of ['min_total_bytes', 'min_bytes_per_op'] as const) {
    assert.throws(() => analyze([file], { now, thresholds: { [name]: 1e300 } }), ThresholdError);
    assertValid(analyze([file], { now, thresholds: { [name]: Number.MAX_SAFE_INTEGER } }));
  }
});

test('compare fits a minimal report (no reasons, no problems) as it came, without throwing', () => {
  const minimal = { format: 'memleak-report', version: 1, status: 'pass', tests: [{ id: 't::a', verdict: 'ok', sources: [] }] } as unknown as Report;
  const report = compare(null, minimal, { now, baseline: { reason: 'r'.repeat(3000) } });
  assert.equal(report.problems, undefined);
  assert.equal(report.baseline!.reason!.length, 2000);
  assertValid(report);
});

// A vs B pairing: tests told apart by a label in their parameter id, per pair the footprint,
// growth per operation and B's improvement over A.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareLabels } from '../../src/core/ab.js';
import { renderAbHtml, renderAbMarkdown } from '../../src/core/render/ab.js';
import type { TestResult } from '../../src/core/index.js';

function result(id: string, traced: number[], growth: number, verdict: TestResult['verdict'] = 'ok'): TestResult {
  return { id, verdict, kind: null, reason: '', operations: 100, batches: traced.length, errors: 0, growth_bytes: 0, growth_per_op_bytes: growth, rss_growth_per_op_bytes: null, series: { operations_per_batch: 10, traced_bytes: traced, rss_bytes: [] }, sources: [] };
}

test('pairs [A]/[B] ids, including extra parameters, and computes B’s improvement over A', () => {
  const comparison = compareLabels([
    result('t.py::test_get[rust-1000]', [500, 500], 0),
    result('t.py::test_get[python-1000]', [2000, 3000], 100, 'leak'),
    result('t.py::test_put[python]', [100], 10),
    result('t.py::test_other', [1], 1),
  ], 'python', 'rust');
  assert.deepEqual(comparison.rows.map((row) => [row.test, row.a.id, row.b.id, row.footprint_improvement_pct, row.growth_improvement_pct]), [
    ['t.py::test_get[*-1000]', 't.py::test_get[python-1000]', 't.py::test_get[rust-1000]', 75, 100],
  ]);
  assert.deepEqual(comparison.unpaired, ['t.py::test_put[python]']);
});

test('a B worse than A is a negative improvement; nothing to divide by is null, equal zeros 0', () => {
  const [worse] = compareLabels([result('x[A]', [100], 10), result('x[B]', [150], 25)], 'A', 'B').rows;
  assert.equal(worse!.footprint_improvement_pct, -50);
  assert.equal(worse!.growth_improvement_pct, -150);
  const [zero] = compareLabels([result('x[A]', [0], 0), result('x[B]', [10], 0)], 'A', 'B').rows;
  assert.equal(zero!.footprint_improvement_pct, null);
  assert.equal(zero!.growth_improvement_pct, 0);
});

test('equal or empty labels are refused', () => {
  assert.throws(() => compareLabels([], 'A', 'A'), RangeError);
  assert.throws(() => compareLabels([], '', 'B'), RangeError);
});

test('report.md escapes the ids and labels a repository controls (a local file: a backslash before each tag)', () => {
  const text = renderAbMarkdown(compareLabels([result('t[<b>A</b>]', [1], 0), result('t[B]', [1], 0)], '<b>A</b>', 'B'));
  assert.doesNotMatch(text, /(?<!\\)<b>/);
  assert.match(text, /## \\<b>A\\<\/b> vs B/);
});

test('report.html\'s section escapes them too, and shows both labels and the pair', () => {
  const html = renderAbHtml(compareLabels([result('t[<img src=x onerror=alert(1)>]', [1], 0), result('t[B]', [1], 0)], '<img src=x onerror=alert(1)>', 'B'));
  assert.doesNotMatch(html, /<img/);
  assert.match(html, /<h2>&lt;img src=x onerror=alert\(1\)&gt; vs B<\/h2>/);
  assert.match(html, /<th scope="row">t\[\*\]<\/th>/);
});

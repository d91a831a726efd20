// What keeps a leak (sources[].retainer), the object types it keeps (object_growth) and its
// reference cycles (cycles): from snapshot fields into report.json, the terminal and Markdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marked } from 'marked';
import { analyze, type Report } from '../../src/core/index.js';
import { validateReport } from '../../src/core/validate.js';
import { renderMarkdown } from '../../src/core/render/index.js';
import { renderTerminal } from '../../src/cli/terminal.js';
import { linear, snapshotOf } from '../helpers/snapshots.js';

const now = new Date('2026-11-21T00:00:00Z');
const RETAINER = { path: 'app.tasks._inflight', type: 'set', root: 'module app.tasks' };

/** A leaking test whose confirm phase carries a retainer, object types with sizes and cycles. */
function leakingSnapshot(extra: { retainer?: object; objectTypes?: object[]; cycles?: number[]; uncollectable?: number[] } = {}) {
  const snapshot = snapshotOf({
    id: 'tests/test_tasks.py::test_spawn',
    traced: linear(8, 10_000, 40_000),
    warmup: 2,
    sites: [{ file: 'app/tasks.py', line: 12, sizes: linear(8, 1000, 40_000) }],
    attribution: { operations: 20, batches: 6, sites: [{ file: 'app/tasks.py', line: 12, sizes: linear(6, 0, 8000) }] },
  });
  const [screen, confirm] = snapshot.phases as Record<string, unknown>[] as [{ batches: Record<string, unknown>[] }, Record<string, unknown> & { sites: Record<string, unknown>[]; batches: Record<string, unknown>[] }];
  if (extra.retainer) confirm.sites[0]!.retainer = extra.retainer;
  if (extra.objectTypes) confirm.object_types = extra.objectTypes;
  if (extra.cycles) screen.batches.forEach((batch, index) => {
    batch.cycles_collected = extra.cycles![index];
    batch.uncollectable = extra.uncollectable?.[index] ?? 0;
  });
  return { file: 'memory_snapshots/spawn.json', text: JSON.stringify(snapshot) };
}

function analyzed(extra: Parameters<typeof leakingSnapshot>[0]): Report {
  const report = analyze([leakingSnapshot(extra)], { now });
  assert.deepEqual(report.problems, []);
  assert.equal(report.tests[0]!.verdict, 'leak', report.tests[0]!.reason);
  assert.ok(validateReport(report), JSON.stringify(validateReport.errors));
  return report;
}

test('the retainer of a source reaches report.json as the collector found it', () => {
  const [leak] = analyzed({ retainer: RETAINER }).tests;
  assert.deepEqual(leak!.sources[0]!.retainer, RETAINER);
});

test('object growth is per operation between the two samples, largest bytes first, at most 10', () => {
  const sampled = (first: number, last: number) => [null, first, null, null, null, last];
  const objectTypes = [
    { type: 'dict', counts: sampled(20, 120), sizes: sampled(4_000, 28_000) },
    { type: 'app.tasks.Task', counts: sampled(20, 220), sizes: sampled(2_000, 22_000) },
    { type: 'list', counts: sampled(5, 5), sizes: sampled(500, 500) },
    ...Array.from({ length: 12 }, (_, index) => ({ type: `t${index}`, counts: sampled(0, 100 + index), sizes: sampled(0, 100 + index) })),
  ];
  const [leak] = analyzed({ objectTypes }).tests;
  const growth = leak!.object_growth!;
  assert.equal(growth.length, 10);
  // Four batches of 20 operations after the first sample: 100 dicts of 24,000 bytes in all.
  assert.deepEqual(growth[0], { type: 'dict', count_per_op: 1.25, bytes_per_op: 300 });
  assert.deepEqual(growth[1], { type: 'app.tasks.Task', count_per_op: 2.5, bytes_per_op: 250 });
  assert.ok(!growth.some((entry) => entry.type === 'list'), 'a type that did not grow is not listed');
});

test('object types without sizes (older collectors) give counts only', () => {
  const [leak] = analyzed({ objectTypes: [{ type: 'dict', counts: [null, 10, null, null, null, 90] }] }).tests;
  assert.deepEqual(leak!.object_growth, [{ type: 'dict', count_per_op: 1 }]);
});

test('cycles are counted over the judged batches only; none at all leaves the field out', () => {
  // Warm-up batches (the first two) collected many: they are not counted.
  const [leak] = analyzed({ cycles: [900, 900, 50, 50, 50, 50, 50, 50], uncollectable: [0, 0, 0, 0, 0, 0, 0, 3] }).tests;
  assert.deepEqual(leak!.cycles, { collected_per_op: 0.5, uncollectable: 3 });
  const [none] = analyzed({ cycles: [0, 0, 0, 0, 0, 0, 0, 0] }).tests;
  assert.equal(none!.cycles, undefined);
  const [older] = analyzed({}).tests;
  assert.equal(older!.cycles, undefined);
  assert.equal(older!.object_growth, undefined);
});

test('the terminal shows what keeps a source, the objects kept and the cycles under the test', () => {
  const report = analyzed({
    retainer: RETAINER,
    objectTypes: [{ type: 'asyncio.Task', counts: [null, 0, null, null, null, 80], sizes: [null, 0, null, null, null, 8_000] }],
    cycles: [0, 0, 10, 10, 10, 10, 10, 10],
  });
  const text = renderTerminal(report, false);
  assert.match(text, /app\/tasks\.py:12 kept by app\.tasks\._inflight \(set\) ← module app\.tasks/);
  assert.match(text, /objects kept: asyncio\.Task \+1\/op \(100 B\/op\)/);
  assert.match(text, /cycles: 0\.1 objects\/op freed only by the cycle collector, 0 uncollectable/);
});

test('Markdown lists the retainer beside the source and the object growth in the details, escaped', () => {
  const hostile = { path: 'app.<img src=x onerror=alert(1)>.@octocat', type: 'list|dict', root: 'module [x](https://evil.example)' };
  const report = analyzed({ retainer: hostile, objectTypes: [{ type: '<b>T</b>', counts: [null, 0, null, null, null, 80], sizes: [null, 0, null, null, null, 80] }] });
  const markdown = renderMarkdown(report, { now });
  const html = marked.parse(markdown, { async: false, gfm: true });
  assert.doesNotMatch(html, /<img|<b>T|href="https:\/\/evil/);
  const row = html.match(/<td>app\/tasks\.py:12<\/td>\s*<td>([^]*?)<\/td>/)?.[1];
  assert.ok(row, 'a Kept by cell follows the source');
  assert.match(row!, /&amp;#60;img|&#60;img|&lt;img/);
  assert.match(html, /Object growth and cycles/);
  assert.match(html, /objects kept:/);
});

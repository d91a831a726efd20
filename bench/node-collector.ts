// The Node collector's own cost: measureLeak (sampling heap profiler on, a profile read and
// attributed after every batch, the snapshot written) against a bare loop running the same
// operations in the same batches with the same collections between them (setImmediate, two
// gc() calls, process.memoryUsage()). Four operations: ~1 µs (a small object), ~20 µs (string
// work), an allocation-heavy one (64 KiB of short-lived arrays), and a leaking one (which the
// collector also runs through its statements phase). Alternating, 5 repetitions,
// medians; the ratio is collector time over floor time in the same run.
//
// Run: node --import tsx bench/node-collector.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { markdownTable } from 'markdown-table';
import { measureLeak } from '../collector/node/src/index.js';
import { fullGc } from '../collector/node/src/gc.js';
import { median } from '../src/core/statistics.js';

const BATCHES = 10;
const WARMUP = 2;
const BATCH_SIZE = 200;
const REPETITIONS = 5;
const gc = fullGc();
const snapshotDir = mkdtempSync(join(tmpdir(), 'memleak-bench-node-'));

let sink = 0;
const operations: { name: string; body: () => unknown }[] = [
  { name: 'small object (~1 µs)', body: () => (sink += JSON.stringify({ id: sink, label: 'x' }).length) },
  { name: 'string work (~20 µs)', body: () => (sink += Array.from({ length: 200 }, (_, i) => `k${i}:${sink}`).join(',').length) },
  { name: 'allocation-heavy (64 KiB transient)', body: () => (sink += Array.from({ length: 8192 }, (_, i) => i).length) },
  // Suspect, so measured twice: the screen, then the statements phase (marks on each line).
  { name: 'leaking (keeps ~80 B; + statements phase)', body: () => keep(sink++) },
];

const kept: { id: number; label: string }[] = [];
function keep(id: number): number {
  const label = `item-${id}`;
  kept.push({ id, label });
  return kept.length;
}

async function floor(body: () => unknown): Promise<number> {
  const started = performance.now();
  for (let b = 0; b < WARMUP + BATCHES; b += 1) {
    for (let i = 0; i < BATCH_SIZE; i += 1) body();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    gc();
    process.memoryUsage();
  }
  return (performance.now() - started) / 1000;
}

async function collector(body: () => unknown): Promise<number> {
  const started = performance.now();
  await measureLeak('bench', body, { batches: BATCHES, warmup: WARMUP, batchSize: BATCH_SIZE, snapshotDir });
  return (performance.now() - started) / 1000;
}

const rows: string[][] = [['operation', 'operations', 'bare loop + same gc() (s)', 'collector (s)', 'ratio']];
for (const { name, body } of operations) {
  const floors: number[] = [];
  const ours: number[] = [];
  for (let r = 0; r < REPETITIONS; r += 1) {
    floors.push(await floor(body));
    ours.push(await collector(body));
  }
  const f = median(floors);
  const c = median(ours);
  rows.push([name, String((WARMUP + BATCHES) * BATCH_SIZE), f.toFixed(3), c.toFixed(3), `${(c / f).toFixed(2)}×`]);
}
console.log(`Node ${process.versions.node}, ${BATCHES} judged + ${WARMUP} warm-up batches of ${BATCH_SIZE}, median of ${REPETITIONS}`);
console.log(markdownTable(rows, { align: ['l', 'r', 'r', 'r', 'r'] }));
if (sink < 0) console.log(sink);

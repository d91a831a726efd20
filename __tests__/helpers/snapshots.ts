// Builds snapshot files (schemas/snapshot.v1.schema.json) from plain series, for unit tests of
// the core and for benchmarks. Real snapshots from real pytest runs are tested elsewhere.
import type { InputFile } from '../../src/core/index.js';

export interface SeriesSpec {
  id: string;
  traced: number[];
  rss?: number[];
  operations?: number;
  errors?: number;
  warmup?: number;
  sites?: { file: string; line: number; function?: string; code?: string; sizes: number[] }[];
  outcome?: { status: 'passed' | 'failed' | 'error' | 'skipped'; message?: string };
  /** The test's own file (test.file). */
  testFile?: string;
  /** Bytes in use by the C allocator after each batch (native_heap_bytes). */
  nativeHeap?: number[];
  /** Node's bytes outside the JS heap after each batch (external_bytes). */
  external?: number[];
  /** Why the judged phase stopped early. */
  stopped?: string;
  /** Per-test allowances (config.allow_bytes_per_op, config.allow_total_bytes). */
  allow?: { bytesPerOp?: number; totalBytes?: number };
  /** A second, attribution-only phase (role "attribution"); the first phase then has role "verdict". */
  attribution?: { operations: number; batches: number; sites: { file: string; line: number; sizes: number[] }[] };
  /** Over the collector block's defaults (name `test-builder`, no `heap`): e.g. `{ heap: 'js' }` for a Node-like snapshot. */
  collector?: { name?: string; heap?: string };
}

export function snapshotOf(spec: SeriesSpec) {
  const warmup = spec.warmup ?? 0;
  const operations = spec.operations ?? 100;
  return {
    format: 'memleak-snapshot',
    version: 1,
    test: { id: spec.id, ...(spec.testFile !== undefined && { file: spec.testFile }) },
    collector: { name: 'test-builder', version: '0', ...spec.collector },
    config: {
      batches: spec.traced.length - warmup,
      batch_size: operations,
      warmup,
      expect_errors: (spec.errors ?? 0) > 0,
      ...(spec.allow?.bytesPerOp !== undefined && { allow_bytes_per_op: spec.allow.bytesPerOp }),
      ...(spec.allow?.totalBytes !== undefined && { allow_total_bytes: spec.allow.totalBytes }),
    },
    phases: [
      {
        name: 'screen',
        ...(spec.attribution && { role: 'verdict' }),
        ...(spec.stopped !== undefined && { stopped: spec.stopped }),
        traceback_depth: 1,
        batches: spec.traced.map((traced, index) => ({
          warmup: index < warmup,
          operations,
          errors: spec.errors ?? 0,
          duration_s: 0.01,
          traced_bytes: traced,
          rss_bytes: spec.rss ? spec.rss[index]! : 50_000_000,
          ...(spec.nativeHeap && { native_heap_bytes: spec.nativeHeap[index]! }),
          ...(spec.external && { external_bytes: spec.external[index]! }),
        })),
        sites: spec.sites ?? [],
      },
      ...(spec.attribution
        ? [{
            name: 'confirm',
            role: 'attribution',
            traceback_depth: 32,
            batches: Array.from({ length: spec.attribution.batches }, () => ({ operations: spec.attribution!.operations, traced_bytes: 0, rss_bytes: null })),
            sites: spec.attribution.sites,
          }]
        : []),
    ],
    outcome: spec.outcome ?? { status: 'passed' },
  };
}

export function fileOf(spec: SeriesSpec): InputFile {
  return { file: `memory_snapshots/${spec.id.replace(/[^\w.-]+/g, '_')}.json`, text: JSON.stringify(snapshotOf(spec)) };
}

/** A series that starts at base and adds perBatch bytes after every batch, with optional jitter. */
export function linear(batches: number, base: number, perBatch: number, jitter = 0): number[] {
  return Array.from({ length: batches }, (_, i) => base + perBatch * i + (jitter ? ((i * 7919) % 13) - 6 : 0) * jitter);
}

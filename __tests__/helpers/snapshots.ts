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
}

export function snapshotOf(spec: SeriesSpec) {
  const warmup = spec.warmup ?? 0;
  const operations = spec.operations ?? 100;
  return {
    format: 'memleak-snapshot',
    version: 1,
    test: { id: spec.id },
    collector: { name: 'test-builder', version: '0' },
    config: { batches: spec.traced.length - warmup, batch_size: operations, warmup, expect_errors: (spec.errors ?? 0) > 0 },
    phases: [
      {
        name: 'screen',
        traceback_depth: 1,
        batches: spec.traced.map((traced, index) => ({
          warmup: index < warmup,
          operations,
          errors: spec.errors ?? 0,
          duration_s: 0.01,
          traced_bytes: traced,
          rss_bytes: spec.rss ? spec.rss[index]! : 50_000_000,
        })),
        sites: spec.sites ?? [],
      },
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

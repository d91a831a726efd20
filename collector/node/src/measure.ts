// Measures one leak test in one phase (role "verdict", named "screen" as the pytest collector's):
// warm-up and judged batches with a full collection after each, V8's sampling heap profiler on
// throughout. `traced_bytes` is what the profiler still holds after the collection: its estimate
// of the bytes allocated during the test that are still alive (V8 drops a sample when its object
// is collected), the counterpart of tracemalloc's traced memory, attributed per site as it goes.
// V8's own figure for the heap in use moves by 20-350 KB between batches with nothing retained
// (compiled code, bytecode flushed and recompiled, allocation areas counted as used; see
// BENCHMARKS.md), so it is recorded (`heap_used_bytes`) but not judged. Memory outside the JS
// heap (`external`, of which `arrayBuffers`: Buffers and ArrayBuffers) and RSS are recorded too.
import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { fullGc } from './gc.js';
import { RetainedSampler, SAMPLING_INTERVAL } from './sampler.js';
import type { Settings } from './settings.js';
import type { BatchRecord, PhaseRecord, SiteRecord } from './snapshot.js';

export type Operation = () => unknown;

/** Sites kept per phase, the largest at the end first. */
export const MAX_SITES = 200;

export interface MeasureResult {
  phases: PhaseRecord[];
  /** What the body threw (without expectErrors): the test fails with it after the snapshot is written. */
  error?: unknown;
}

class BodyError extends Error {
  constructor(override readonly cause: unknown) {
    super('the body threw');
  }
}

/** Runs the phase; never throws what the body threw (it is returned in `error`). */
export async function measure(op: Operation, settings: Settings, root: string): Promise<MeasureResult> {
  const gc = fullGc();
  const phase: PhaseRecord = { name: 'screen', role: 'verdict', batches: [], sites: [], unattributed_bytes: [], sampling_interval_bytes: SAMPLING_INTERVAL };
  const result: MeasureResult = { phases: [phase] };
  const sampler = new RetainedSampler(root);
  const seen = new Map<string, SiteRecord>();
  await settle(gc);
  await sampler.start();
  try {
    for (let i = 0; i < settings.warmup + settings.batches; i += 1) {
      const batch = await runBatch(op, settings, i < settings.warmup, gc);
      const { sites, unattributed } = await sampler.retained();
      let retained = unattributed;
      for (const [key, site] of sites) {
        const record = seen.get(key) ?? { file: site.place.file, line: site.place.line, function: site.function, ...(site.place.code && { code: site.place.code }), sizes: new Array<number>(i).fill(0) };
        record.sizes[i] = Math.round(site.bytes);
        retained += site.bytes;
        seen.set(key, record);
      }
      for (const record of seen.values()) if (record.sizes.length <= i) record.sizes[i] = 0;
      phase.unattributed_bytes!.push(Math.round(unattributed));
      phase.batches.push({ ...batch, traced_bytes: Math.round(retained) });
    }
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    result.error = error.cause;
  } finally {
    await sampler.stop();
  }
  phase.sites = [...seen.values()].filter((site) => site.sizes.length === phase.batches.length).sort((a, b) => b.sizes.at(-1)! - a.sizes.at(-1)!).slice(0, MAX_SITES);
  return result;
}

async function runBatch(op: Operation, settings: Settings, warmup: boolean, gc: () => void): Promise<BatchRecord> {
  let errors = 0;
  const types: Record<string, number> = {};
  const started = performance.now();
  for (let i = 0; i < settings.batchSize; i += 1) {
    try {
      const value = op();
      if (value !== null && typeof value === 'object' && typeof (value as PromiseLike<unknown>).then === 'function') await value;
    } catch (error) {
      if (!settings.expectErrors) throw new BodyError(error);
      errors += 1;
      const name = error instanceof Error ? error.constructor.name : typeof error;
      types[name] = (types[name] ?? 0) + 1;
    }
  }
  const duration = (performance.now() - started) / 1000;
  const memory = await settle(gc);
  return {
    warmup,
    operations: settings.batchSize,
    ...(settings.expectErrors && { errors, error_types: types }),
    duration_s: duration,
    traced_bytes: 0,
    heap_used_bytes: memory.objects,
    rss_bytes: memory.rss,
    external_bytes: memory.external,
    array_buffers_bytes: memory.arrayBuffers,
  };
}

/**
 * Lets the event loop turn once (callbacks the batch scheduled run, and WeakRef targets the batch
 * touched are released, which V8 keeps alive until the current job ends), then collects fully.
 */
async function settle(gc: () => void): Promise<NodeJS.MemoryUsage & { objects: number }> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  // A second collection waits for the first one's sweeping, which frees the backing stores of
  // dead ArrayBuffers concurrently: without it, `external` can lag by megabytes.
  gc();
  const usage = process.memoryUsage();
  let objects = 0;
  for (const space of getHeapSpaceStatistics()) if (!CODE_SPACES.has(space.space_name)) objects += space.space_used_size;
  return { ...usage, objects };
}

/**
 * Compiled code lives in these spaces: V8 tiers hot functions up and flushes old code in steps of
 * ~200 KB that come and go between batches (BENCHMARKS.md), which would drown a leak of tens of
 * bytes per operation. Read-only space never changes. What is left is the objects the program made.
 */
const CODE_SPACES = new Set(['code_space', 'code_large_object_space', 'read_only_space']);

// Measures one leak test: the screen (role "verdict", named as the pytest collector's): warm-up
// and judged batches with a full collection after each, V8's sampling heap profiler on
// throughout; then, for a suspect test only, the statements phase (role "attribution"), which
// names the statement lines of the functions that grew. `traced_bytes` is what the profiler still holds after the collection: its estimate
// of the bytes allocated during the test that are still alive (V8 drops a sample when its object
// is collected), the counterpart of tracemalloc's traced memory, attributed per site as it goes.
// V8's own figure for the heap in use moves by 20-350 KB between batches with nothing retained
// (compiled code, bytecode flushed and recompiled, allocation areas counted as used; see
// BENCHMARKS.md), so it is recorded (`heap_used_bytes`) but not judged. Memory outside the JS
// heap (`external`, of which `arrayBuffers`: Buffers and ArrayBuffers) and RSS are recorded too.
import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { fullGc } from './gc.js';
import { RetainedSampler, SAMPLING_INTERVAL, type Retained, type UserFunction } from './sampler.js';
import { StatementMarks } from './statements.js';
import type { Settings } from './settings.js';
import type { BatchRecord, PhaseRecord, SiteRecord } from './snapshot.js';

export type Operation = () => unknown;

/** Sites kept per phase, the largest at the end first. */
const MAX_SITES = 200;
/**
 * A function whose retained bytes grew this much over the screen's judged batches makes the test
 * suspect, and gets its statements named. Four samples: a function that keeps nothing grows by
 * 0 here, or by the odd sample of a lazily made object.
 */
const SUSPECT_FLOOR_BYTES = 4 * SAMPLING_INTERVAL;
/** Suspect functions given statement marks, the fastest-growing first. */
const MAX_SUSPECT_FUNCTIONS = 3;
/** The statements phase: judged batches (enough for the analyser's 3 growing steps), and the time each should take. */
const STATEMENT_BATCHES = 6;
const STATEMENT_BATCH_SECONDS = 0.25;
/**
 * Marks run per batch at most: each keeps its array (statements.ts) until the batch is read, so
 * a suspect function called thousands of times per operation is run in smaller batches rather
 * than holding hundreds of megabytes of marks.
 */
const MAX_MARKS_PER_BATCH = 5000;
/**
 * The statements phase's time at most: a suspect function run thousands of times per operation
 * makes marks costly (a condition evaluated per line run); past this the phase stops, and the
 * analyser names the screen's lines (the functions) when too few batches were run to split them.
 */
const STATEMENT_PHASE_SECONDS = 10;

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

/**
 * Runs the screen (role verdict: what the analyser judges) and, when a function's retained bytes
 * grew, the statements phase (role attribution: names the statement lines of the suspect
 * functions). Never throws what the body threw (it is returned in `error`).
 */
export async function measure(op: Operation, settings: Settings, root: string): Promise<MeasureResult> {
  const gc = fullGc();
  const result: MeasureResult = { phases: [] };
  const sampler = new RetainedSampler(root);
  await settle(gc);
  await sampler.start();
  try {
    const screen = new PhaseTable('screen', 'verdict');
    result.phases.push(screen.phase);
    for (let i = 0; i < settings.warmup + settings.batches; i += 1) {
      screen.add(await runBatch(op, settings, settings.batchSize, i < settings.warmup, gc), await sampler.retained());
    }
    screen.finish();
    const suspects = screen.growing(settings.warmup, SUSPECT_FLOOR_BYTES).slice(0, MAX_SUSPECT_FUNCTIONS);
    if (suspects.length) result.phases.push(await statementsPhase(op, settings, suspects, sampler, root, gc));
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    result.error = error.cause;
  } finally {
    await sampler.stop();
  }
  return result;
}

/**
 * The statements phase: the suspect functions marked line by line (statements.ts); a one-operation
 * batch that measures what a marked operation costs (time, marks run), a warm-up batch, then
 * STATEMENT_BATCHES batches sized to take STATEMENT_BATCH_SECONDS and run at most
 * MAX_MARKS_PER_BATCH marks each (and at most the screen's batch size), within
 * STATEMENT_PHASE_SECONDS. Marks slow an operation
 * down (a condition evaluated per line), which is why only suspect tests get them. What the body
 * throws ends the test as in the screen; anything else that stops the phase (the inspector
 * refusing) is recorded in `stopped`, and the analyser then names the screen's lines.
 */
async function statementsPhase(op: Operation, settings: Settings, suspects: UserFunction[], sampler: RetainedSampler, root: string, gc: () => void): Promise<PhaseRecord> {
  const table = new PhaseTable('statements', 'attribution');
  let marks: StatementMarks | undefined;
  try {
    marks = await StatementMarks.set(sampler.session, suspects, root);
    const statements = marks;
    const read = async (): Promise<Retained> => statements.retained(await sampler.profile());
    const started = performance.now();
    const probe = await runBatch(op, settings, 1, true, gc);
    const marksPerOp = Math.max(1, statements.pending);
    table.add(probe, await read());
    // Sized from the probe, then again from the warm-up batch: one operation's time includes
    // what a first marked call costs (conditions compiled), so it may overstate the rest.
    const sizeFor = (perOp: number) => Math.max(1, Math.min(settings.batchSize, Math.floor(STATEMENT_BATCH_SECONDS / Math.max(perOp, 1e-6)), Math.floor(MAX_MARKS_PER_BATCH / marksPerOp)));
    let perOp = probe.duration_s;
    for (let i = 0; i <= STATEMENT_BATCHES; i += 1) {
      const size = sizeFor(perOp);
      const elapsed = (performance.now() - started) / 1000;
      if (elapsed + size * perOp > STATEMENT_PHASE_SECONDS) {
        table.phase.stopped = `the statements phase stopped after ${elapsed.toFixed(1)} s (its limit is ${STATEMENT_PHASE_SECONDS} s): ${marksPerOp} marked lines run per operation, ${(perOp * 1000).toFixed(1)} ms per marked operation`;
        break;
      }
      const batch = await runBatch(op, settings, size, i === 0, gc);
      table.add(batch, await read());
      if (i === 0) perOp = batch.duration_s / size;
    }
  } catch (error) {
    if (error instanceof BodyError) throw error;
    table.phase.stopped = `the statements phase stopped: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await marks?.release().catch(() => undefined);
  }
  table.finish();
  return table.phase;
}

/** A phase's batches and its sites' bytes after each batch, as snapshot.v1 records them. */
class PhaseTable {
  readonly phase: PhaseRecord;
  private readonly seen = new Map<string, { record: SiteRecord; fn: UserFunction }>();

  constructor(name: PhaseRecord['name'], role: PhaseRecord['role']) {
    this.phase = { name, role, batches: [], sites: [], unattributed_bytes: [], sampling_interval_bytes: SAMPLING_INTERVAL };
  }

  add(batch: BatchRecord, retained: Retained): void {
    const i = this.phase.batches.length;
    let total = retained.unattributed;
    for (const [key, site] of retained.sites) {
      const entry = this.seen.get(key) ?? { fn: site.fn, record: { file: site.place.file, line: site.place.line, function: site.fn.function, ...(site.place.code && { code: site.place.code }), sizes: new Array<number>(i).fill(0) } };
      entry.record.sizes[i] = Math.round(site.bytes);
      total += site.bytes;
      this.seen.set(key, entry);
    }
    for (const { record } of this.seen.values()) if (record.sizes.length <= i) record.sizes[i] = 0;
    this.phase.unattributed_bytes!.push(Math.round(retained.unattributed));
    this.phase.batches.push({ ...batch, traced_bytes: Math.round(total) });
  }

  /** Keeps the MAX_SITES largest sites at the end. */
  finish(): void {
    this.phase.sites = [...this.seen.values()].map(({ record }) => record).sort((a, b) => b.sizes.at(-1)! - a.sizes.at(-1)!).slice(0, MAX_SITES);
  }

  /** The user functions that grew by at least `floor` bytes from the first judged batch to the last, the most first. */
  growing(warmup: number, floor: number): UserFunction[] {
    const last = this.phase.batches.length - 1;
    if (last - warmup < 1) return [];
    return [...this.seen.values()]
      .map(({ record, fn }) => ({ fn, growth: record.sizes[last]! - record.sizes[warmup]! }))
      .filter(({ growth }) => growth >= floor)
      .sort((a, b) => b.growth - a.growth)
      .map(({ fn }) => fn);
  }
}

async function runBatch(op: Operation, settings: Settings, operations: number, warmup: boolean, gc: () => void): Promise<BatchRecord> {
  let errors = 0;
  const types: Record<string, number> = {};
  const started = performance.now();
  for (let i = 0; i < operations; i += 1) {
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
    operations,
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

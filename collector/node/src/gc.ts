// A full garbage collection without asking the user for --expose-gc: V8 lets a running process
// turn the flag on, and a fresh context then gets the `gc` function (the flag is read when a
// context is made). Node documents setFlagsFromString as unsafe after start-up in general; this
// flag only adds a global function, which is why tools such as memlab do the same.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export type GcFunction = () => void;

let cached: GcFunction | undefined;

/** A function running a full (major, compacting) collection; throws when V8 offers none. */
export function fullGc(): GcFunction {
  if (cached) return cached;
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') {
    cached = exposed as GcFunction;
    return cached;
  }
  setFlagsFromString('--expose-gc');
  const made = runInNewContext('gc') as unknown;
  if (typeof made !== 'function') throw new Error('memleak: V8 gave no gc() function (--expose-gc could not be set)');
  cached = made as GcFunction;
  return cached;
}

/**
 * V8 drops the bytecode of functions not run for a few collections and compiles it again on
 * their next call: with a forced collection after every batch, the test runner's own functions
 * come and go by 50-350 KB between batches. Kept, the heap moves only with what the code retains.
 */
const STEADY_HEAP_FLAGS = ['--no-flush-bytecode', '--no-flush-baseline-code'];

/**
 * V8's optimising compilers (Turbofan, and Maglev from Node 22) work against the measurement
 * twice, so they are turned off for code compiled after the collector is imported; the
 * interpreter and the baseline compiler (Sparkplug) stay. Memory retained is the same.
 * - An inlined function has no frame of its own: the sampling heap profiler would charge its
 *   allocations to its caller (the test's arrow function), not to the user's function.
 * - Optimised code and its metadata (deoptimisation data, relocation info, source positions) are
 *   heap objects that the profiler samples on whatever JS stack is running when a compilation
 *   finishes, and that live as long as the function stays optimised. A body calling into a large
 *   library (a Fastify request through inject(): hundreds of functions getting hot one after the
 *   other) grew by 40-100 bytes per operation for 3,000-4,000 operations this way while keeping
 *   nothing of its own, which read as a leak; with the optimising compilers off it stays flat
 *   from the first batch (Node 20 and 24; BENCHMARKS.md).
 * The price is speed in hot code: a tight arithmetic loop ran 14× slower, string and object work
 * 1.2×; a leak test's time goes mostly to the collections between batches.
 */
export function setMeasurementFlags(): void {
  for (const flag of ['--no-turbofan', '--no-maglev', ...STEADY_HEAP_FLAGS]) {
    try {
      setFlagsFromString(flag);
    } catch {
      // A V8 without this compiler or flag has nothing to turn off.
    }
  }
}

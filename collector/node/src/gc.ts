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
 * V8's sampling heap profiler charges an allocation to the frames on the stack, and an inlined
 * function has no frame of its own: once the optimising compilers inline the user's function
 * into its caller (the test's arrow function), its allocations are charged to the caller. Turned
 * off for code optimised from here on (the collector is imported before the code it measures
 * gets hot); memory retained is the same either way, only time per operation changes.
 */
export function keepFramesForAttribution(): void {
  for (const flag of ['--no-turbo-inlining', '--no-maglev-inlining', ...STEADY_HEAP_FLAGS]) {
    try {
      setFlagsFromString(flag);
    } catch {
      // A V8 without this compiler or flag has nothing to turn off.
    }
  }
}

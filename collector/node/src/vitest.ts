// The Node collector under Vitest (`memleak-action/collector/vitest`): leakTest registers a
// Vitest test. Vitest is the user's dependency, imported here from their project; measuring,
// attribution and the snapshot are the main entry's (`./index.js`, which the bundle imports as
// dist/collector.js rather than carrying a second copy).
//
//   import { leakTest } from 'memleak-action/collector/vitest';
//   leakTest('cache does not grow', () => cache.get(key()), { batches: 10, batchSize: 200 });
import { test } from 'vitest';
import { leakTest as registerLeakTest, type LeakOptions, type Operation } from './index.js';

export { measureLeak, type LeakOptions, type Operation } from './index.js';

export interface VitestLeakTestOptions extends LeakOptions {
  /**
   * Milliseconds before Vitest fails the test; default none. Vitest's own default (5 s) is
   * made for unit tests: a leak test runs its body warm-up + batches times batchSize times.
   */
  timeout?: number;
}

/**
 * Registers a Vitest test named `name` that measures `body` as the main entry's leakTest does
 * (sync or async; warm-up and judged batches; the snapshot for `memleak run` to judge). Call it
 * where `test` may be called: at the top of a test file or inside `describe`.
 */
export function leakTest(name: string, body: Operation, options: VitestLeakTestOptions = {}): void {
  // Outside a Vitest worker, Vitest's test() fails with "failed to find the current suite",
  // which does not say that the other entry was meant.
  if (!('__vitest_worker__' in globalThis)) {
    throw new Error(`memleak: leakTest(${JSON.stringify(name)}) from 'memleak-action/collector/vitest' runs outside Vitest: under node:test, import { leakTest } from 'memleak-action/collector'`);
  }
  const { timeout = 0, ...measured } = options;
  registerLeakTest(name, body, { ...measured, test: (testName, fn) => test(testName, { timeout }, fn) });
}

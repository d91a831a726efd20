// collector/node/src/vitest.ts
import { test } from "vitest";
import { leakTest as registerLeakTest } from "./collector.js";
import { measureLeak } from "./collector.js";
function leakTest(name, body, options = {}) {
  if (!("__vitest_worker__" in globalThis)) {
    throw new Error(`memleak: leakTest(${JSON.stringify(name)}) from 'memleak-action/collector/vitest' runs outside Vitest: under node:test, import { leakTest } from 'memleak-action/collector'`);
  }
  const { timeout = 0, ...measured } = options;
  registerLeakTest(name, body, { ...measured, test: (testName, fn) => test(testName, { timeout }, fn) });
}
export {
  leakTest,
  measureLeak
};

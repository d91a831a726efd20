// collector/node/src/vitest.ts
import { test } from "vitest";
import { leakTest as registerLeakTest } from "./collector.js";
import { measureLeak } from "./collector.js";
function leakTest(name, body, options = {}) {
  const { timeout = 0, ...measured } = options;
  registerLeakTest(name, body, { ...measured, test: (testName, fn) => test(testName, { timeout }, fn) });
}
export {
  leakTest,
  measureLeak
};

// Pass or fail, by the fail-on policy, and the summary counts: one place, so the CLI, the action's
// check run and the service's compare endpoint always agree.
import type { FailOn, Report, TestResult } from './types.js';

/** A leak the head brings: new, regressed, or in a test the baseline did not have. Without a baseline every leak is new. */
export function isNewLeak(test: TestResult): boolean {
  if (test.verdict !== 'leak') return false;
  return test.change === undefined || test.change === 'new-leak' || test.change === 'regressed' || test.change === 'new-test';
}

export function summarize(tests: readonly TestResult[]): Report['summary'] {
  const count = (verdict: TestResult['verdict']) => tests.filter((test) => test.verdict === verdict).length;
  return {
    tests: tests.length,
    leak: count('leak'),
    ok: count('ok'),
    inconclusive: count('inconclusive'),
    error: count('error'),
    new_leaks: tests.filter(isNewLeak).length,
    fixed: tests.filter((test) => test.change === 'fixed').length,
  };
}

export function decideStatus(tests: readonly TestResult[], failOn: FailOn): Pick<Report, 'status' | 'status_reason'> {
  const summary = summarize(tests);
  if (failOn === 'never') return { status: 'pass', status_reason: `fail-on is "never": ${summary.leak} leaking test(s) reported, not failed` };
  if (failOn === 'any-leak') {
    return summary.leak > 0
      ? { status: 'fail', status_reason: `${summary.leak} test(s) leak (fail-on: any-leak)` }
      : { status: 'pass', status_reason: 'no test leaks' };
  }
  if (summary.new_leaks > 0) return { status: 'fail', status_reason: `${summary.new_leaks} new or regressed leak(s) (fail-on: new-leak)` };
  return summary.leak > 0
    ? { status: 'pass', status_reason: `no new leak; ${summary.leak} test(s) leaked on the baseline already` }
    : { status: 'pass', status_reason: 'no test leaks' };
}

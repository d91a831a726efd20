// Builds schema-shaped reports for tests of the renderer and the action, so each test states
// only what it is about.
import type { Report, Source, TestResult } from '../../src/core/types.js';

export function source(overrides: Partial<Source> = {}): Source {
  return { file: 'app/cache.py', line: 12, function: 'remember', code: 'CACHE.append(item)', growth_bytes: 40960, bytes_per_op: 1024, batches_grown: 5, ...overrides };
}

export function testResult(overrides: Partial<TestResult> = {}): TestResult {
  const leak = (overrides.verdict ?? 'ok') === 'leak';
  return {
    id: 'tests/test_cache.py::test_remember',
    verdict: 'ok',
    kind: leak ? 'python' : null,
    reason: leak ? 'traced memory grew in every batch' : 'flat',
    operations: 600,
    batches: 6,
    errors: 0,
    growth_bytes: leak ? 40960 : 0,
    growth_per_op_bytes: leak ? 1024 : 0,
    rss_growth_per_op_bytes: null,
    series: { operations_per_batch: 100, traced_bytes: leak ? [1000, 103400, 205800, 308200, 410600, 513000] : [1000, 1000, 1000, 1000, 1000, 1000], rss_bytes: [null, null, null, null, null, null] },
    sources: leak ? [source()] : [],
    ...overrides,
  };
}

export function report(tests: TestResult[], overrides: Partial<Report> = {}): Report {
  const leaks = tests.filter((test) => test.verdict === 'leak').length;
  const newLeaks = tests.filter((test) => test.change === 'new-leak' || test.change === 'regressed').length;
  return {
    format: 'memleak-report',
    version: 1,
    status: newLeaks > 0 ? 'fail' : 'pass',
    status_reason: newLeaks > 0 ? `${newLeaks} new leak(s)` : 'no new leaks',
    generated_at: '2026-11-21T09:00:00.000Z',
    tool: { name: 'memleak', version: '0.1.0' },
    settings: { fail_on: 'new-leak', thresholds: {} as Report['settings']['thresholds'] },
    summary: {
      tests: tests.length,
      leak: leaks,
      ok: tests.filter((test) => test.verdict === 'ok').length,
      inconclusive: tests.filter((test) => test.verdict === 'inconclusive').length,
      error: tests.filter((test) => test.verdict === 'error').length,
      new_leaks: newLeaks,
      fixed: tests.filter((test) => test.change === 'fixed').length,
    },
    tests,
    problems: [],
    ...overrides,
  };
}

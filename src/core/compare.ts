// Head against baseline, per test. Line numbers move between commits, so a source is the same
// source when its file, enclosing function and the text of its line agree.
import type { Change, CompareOptions, Report, Source, TestResult, Thresholds } from './types.js';
import { resolveThresholds } from './thresholds.js';
import { decideStatus, policyOf, summarize } from './status.js';
import { fitReport } from './limits.js';

export function compare(baseline: Report | null, head: Report, options: CompareOptions): Report {
  const thresholds = resolveThresholds(head.settings?.thresholds);
  const recorded = policyOf(head.settings);
  const policy = { failOn: options.failOn ?? recorded.failOn, failOnInconclusive: options.failOnInconclusive ?? recorded.failOnInconclusive ?? false };
  const baseTests = new Map((baseline?.tests ?? []).map((test) => [test.id, test]));
  const tests = head.tests.map((test) => compareTest(baseline ? baseTests.get(test.id) : undefined, test, baseline !== null, thresholds));
  const headIds = new Set(head.tests.map((test) => test.id));
  const missing = baseline ? baseline.tests.filter((test) => !headIds.has(test.id)).map((test) => test.id) : [];
  // Fitted: the head's problems and the baseline's provenance come from front ends, of any length.
  return fitReport({
    ...head,
    // The head's command outcome travels with it: a comparison does not make failed tests pass.
    ...decideStatus(tests, policy, head.command),
    generated_at: options.now.toISOString(),
    settings: { fail_on: policy.failOn, fail_on_inconclusive: policy.failOnInconclusive, thresholds },
    summary: summarize(tests),
    tests,
    // Without a baseline the provenance still says where one was looked for (an expired artifact's run).
    baseline: baseline
      ? { found: true, ...options.baseline }
      : { found: false, ...options.baseline, reason: options.baseline?.reason ?? 'no baseline was found: every leak counts as new' },
    missing_tests: missing,
  });
}

function compareTest(base: TestResult | undefined, head: TestResult, haveBaseline: boolean, thresholds: Thresholds): TestResult {
  const { change: _previousChange, baseline: _previousBaseline, ...fresh } = head;
  if (!base) {
    // Without any baseline a leak is new by definition; with one, this test did not exist there.
    const change: Change = !haveBaseline && head.verdict === 'leak' ? 'new-leak' : 'new-test';
    return { ...fresh, change, sources: head.sources.map((source) => ({ ...source, change: 'new' as const })) };
  }
  const baseRate = base.growth_per_op_bytes ?? 0;
  const headRate = head.growth_per_op_bytes ?? 0;
  return {
    ...fresh,
    change: changeOf(base, head, baseRate, headRate, thresholds),
    baseline: { verdict: base.verdict, growth_per_op_bytes: baseRate },
    sources: matchSources(base.sources ?? [], head.sources),
  };
}

function changeOf(base: TestResult, head: TestResult, baseRate: number, headRate: number, thresholds: Thresholds): Change {
  const wasLeaking = base.verdict === 'leak';
  if (head.verdict === 'leak') {
    if (!wasLeaking) return 'new-leak';
    const clearlyFaster = headRate > thresholds.regression_factor * baseRate && headRate - baseRate >= thresholds.min_bytes_per_op;
    return clearlyFaster ? 'regressed' : 'still-leaking';
  }
  // Only a clean verdict fixes a leak: an inconclusive or failed run proves nothing.
  return wasLeaking && head.verdict === 'ok' ? 'fixed' : 'unchanged';
}

export function sourceKey(source: Pick<Source, 'file' | 'line' | 'function' | 'code'>): string {
  const code = source.code?.trim().replace(/\s+/g, ' ');
  return code ? `${source.file}\u0000${source.function ?? ''}\u0000${code}` : `${source.file}\u0000${source.line}`;
}

function matchSources(base: readonly Source[], head: readonly Source[]): Source[] {
  const known = new Set(base.map(sourceKey));
  return head.map((source) => ({ ...source, change: known.has(sourceKey(source)) ? 'existing' : 'new' }));
}

// The verdict for one test, with its reason in words: every outcome of the trend judgement maps
// to a sentence, so a report never says "ok" or "leak" without saying why.
import type { Measurement } from './measurement.js';
import type { TestResult, Thresholds } from './types.js';
import { judgeTrend, measureTrend, type Trend, type TrendJudgement } from './trend.js';
import { leakingSources, round } from './sources.js';
import { formatBytes, formatCount } from './format.js';

export function judgeMeasurement(measurement: Measurement, thresholds: Thresholds): TestResult {
  const operations = measurement.operations.reduce((sum, ops) => sum + ops, 0);
  const errors = measurement.errors.reduce((sum, count) => sum + count, 0);
  const base: TestResult = {
    id: measurement.testId,
    verdict: 'ok',
    kind: null,
    reason: '',
    snapshot: measurement.snapshot,
    operations,
    batches: measurement.traced.length,
    errors,
    growth_bytes: 0,
    growth_per_op_bytes: 0,
    rss_growth_per_op_bytes: null,
    series: {
      operations_per_batch: measurement.operations[0] ?? 0,
      traced_bytes: measurement.traced,
      rss_bytes: measurement.rss,
    },
    sources: [],
  };
  if (measurement.failure !== undefined) {
    return { ...base, verdict: 'error', reason: `the test did not run to the end: ${measurement.failure.slice(0, 1000)}` };
  }
  if (measurement.skipped) return { ...base, verdict: 'inconclusive', reason: 'the test was skipped: nothing was measured' };
  if (measurement.traced.length < thresholds.min_batches) {
    return {
      ...base,
      verdict: 'inconclusive',
      reason: `too short to decide: ${measurement.traced.length} judged batches, at least ${thresholds.min_batches} are needed (raise batches)`,
    };
  }

  const traced = measureTrend(measurement.traced, measurement.operations);
  const judgement = judgeTrend(traced, {
    perOp: thresholds.min_bytes_per_op,
    total: thresholds.min_total_bytes,
    share: thresholds.min_growing_share,
    steps: thresholds.min_source_batches,
  });
  const sources = leakingSources(measurement.sites, measurement.operations, thresholds);
  const rss = rssTrend(measurement);
  const measured = {
    ...base,
    growth_bytes: traced.net,
    growth_per_op_bytes: round(traced.perOp),
    rss_growth_per_op_bytes: rss ? round(rss.perOp) : null,
    sources,
  };

  if (judgement.kind === 'growing' || sources.length > 0) {
    const rate = judgement.kind === 'growing' ? traced : siteTotals(sources, operations);
    const growth = `retained ${formatBytes(rate.perOp)} per operation, growing in ${rate.growingSteps} of ${rate.steps} batches (${formatBytes(rate.net)} over ${formatCount(operations)} operations)`;
    const hidden = judgement.kind === 'growing' ? '' : '; the total hides it among other allocations, its sources do not';
    if (errors > 0) {
      return {
        ...measured,
        verdict: 'leak',
        kind: 'error-path',
        reason: `leak on the error path: ${growth} while ${formatCount(errors)} of ${formatCount(operations)} operations raised${hidden}`,
      };
    }
    return { ...measured, verdict: 'leak', kind: 'python', reason: `leak: ${growth}${hidden}` };
  }

  if (rss) {
    const native = judgeTrend(
      { ...rss, perOp: rss.perOp - Math.max(0, traced.perOp) },
      { perOp: thresholds.min_native_bytes_per_op, total: thresholds.min_native_total_bytes, share: thresholds.min_growing_share, steps: thresholds.min_source_batches },
    );
    if (native.kind === 'growing') {
      return {
        ...measured,
        verdict: 'leak',
        kind: 'native',
        reason: `native leak: resident memory grew ${formatBytes(rss.perOp)} per operation in ${rss.growingSteps} of ${rss.steps} batches (${formatBytes(rss.net)}) while traced Python allocations stayed flat; no file:line can be named for memory allocated outside the interpreter's allocator`,
      };
    }
  }
  return { ...measured, ...notALeak(judgement, thresholds) };
}

function rssTrend(measurement: Measurement): Trend | null {
  if (measurement.rss.some((value) => value === null)) return null;
  return measureTrend(measurement.rss as number[], measurement.operations);
}

/** The rate of the leaking sources together, for a leak that only shows per site. */
function siteTotals(sources: TestResult['sources'], operations: number): Trend {
  const net = sources.reduce((sum, source) => sum + source.growth_bytes, 0);
  const top = sources[0]!;
  return { perOp: net / Math.max(1, operations), net, growingSteps: top.batches_grown, steps: top.batches_grown, growingShare: 1, latePerOp: 0, noisePerOp: 0, consistency: 1, largestStep: 0 };
}

function notALeak(judgement: Exclude<TrendJudgement, { kind: 'growing' }>, thresholds: Thresholds): Pick<TestResult, 'verdict' | 'kind' | 'reason'> {
  const { trend } = judgement;
  switch (judgement.kind) {
    case 'flat':
      return { verdict: 'ok', kind: null, reason: `no steady growth: ${formatBytes(trend.perOp)} per operation (floor ${formatBytes(thresholds.min_bytes_per_op)}), ${formatBytes(trend.net)} in total` };
    case 'one-time':
      return { verdict: 'ok', kind: null, reason: `one-time growth of ${formatBytes(trend.net)}, then flat: most batches did not grow (lazy initialisation is not a leak)` };
    case 'levelled-off':
      return { verdict: 'ok', kind: 'bounded', reason: `bounded growth: ${formatBytes(trend.net)} early on, then levelled off (${formatBytes(trend.latePerOp)} per operation in the last batches), as a cache filling up does` };
    case 'cancels-out':
      return { verdict: 'ok', kind: null, reason: `memory rises and falls (a sawtooth): net growth of ${formatBytes(trend.net)} is far below what ${formatBytes(trend.perOp)} per operation would add up to` };
    case 'noisy':
      return { verdict: 'inconclusive', kind: null, reason: `too irregular to decide: ${formatBytes(trend.perOp)} per operation, but only ${trend.growingSteps} of ${trend.steps} batches grew; run more batches to settle it` };
  }
}

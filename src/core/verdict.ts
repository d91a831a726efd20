// The verdict for one test, with its reason in words: every outcome of the trend judgement maps
// to a sentence, so a report never says "ok" or "leak" without saying why, and every `ok` or
// `inconclusive` names the detection limit of the evidence it was judged on.
import type { Heap, Measurement, Site } from './measurement.js';
import type { TestResult, Thresholds } from './types.js';
import { coarsen, judgeTrend, measureTrend, type Trend, type TrendFloors, type TrendJudgement } from './trend.js';
import { growingSites, rankSources, round, type GrowingSite } from './sources.js';
import { formatBytes, formatCount } from './format.js';
import { judgeSoak } from './soak.js';

/**
 * Steps a series is judged on at most: a collector may run hundreds of small batches (a fixed
 * batch size of 1); merged into this many steps, medians and shares mean what they mean for the
 * default 8-16 batches, and the net growth is unchanged.
 */
const MAX_STEPS = 16;

/**
 * What the reasons say about the heap a test was traced on: the kind of its heap leak, what its
 * traced allocations are called, where a native leak's bytes came from, and how its collector
 * runs more operations (the pytest plugin's marker arguments, leakTest's options).
 */
const HEAPS: Record<Heap, { kind: 'python' | 'js-heap'; traced: string; outside: string; more: string }> = {
  python: { kind: 'python', traced: 'traced Python allocations', outside: "the interpreter's allocator", more: 'the pytest collector: raise time_budget or batch_size' },
  js: { kind: 'js-heap', traced: 'the JS heap', outside: 'the JS heap', more: 'the Node collector: raise batches or batchSize' },
};

/** The floors of one test: the thresholds, raised to what the test allows itself. */
interface Floors {
  /** Bytes per operation (F) and in total (T) below which nothing is a leak. */
  perOp: number;
  total: number;
  /** Whether the test's own allowance raised either floor, and the per-operation floor without it. */
  allowed: boolean;
  basePerOp: number;
}

/**
 * Judges one measured test.
 *
 * A leak needs growth per operation ≥ F and net growth ≥ T on every path that can call it one
 * (the total, or the allocation sites together when the total hides them among other
 * allocations), so a floor always means what it says. With N judged operations, growth below
 * max(F, T / N) per operation cannot be told apart (the detection limit): when that limit is
 * above F, or when every step grew by more than F per operation, the answer is `inconclusive`,
 * never `ok`.
 */
export function judgeMeasurement(measurement: Measurement, thresholds: Thresholds): TestResult {
  const operations = sum(measurement.operations);
  const errors = sum(measurement.errors);
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
    ...(measurement.objectGrowth && { object_growth: measurement.objectGrowth }),
    ...(measurement.cycles && { cycles: measurement.cycles }),
  };
  const stopped = measurement.stopped ? `; the measurement stopped early: ${measurement.stopped}` : '';
  if (measurement.failure !== undefined) {
    // One line: a reason is shown after a bullet, and an assertion's message may span several.
    return { ...base, verdict: 'error', reason: `the test did not run to the end: ${measurement.failure.slice(0, 1000).replace(/\s+/g, ' ').trim()}` };
  }
  if (measurement.skipped) return { ...base, verdict: 'inconclusive', reason: 'the test was skipped: nothing was measured' };
  if (measurement.soak) return judgeSoak(measurement.soak, base, measurement.stopped);
  if (measurement.traced.length < thresholds.min_batches) {
    return {
      ...base,
      verdict: 'inconclusive',
      reason: measurement.stopped
        ? `too short to decide: the measurement stopped after ${measurement.traced.length} judged batch(es) (${formatCount(operations)} operations), at least ${thresholds.min_batches} are needed: ${measurement.stopped}`
        : `too short to decide: ${measurement.traced.length} judged batches, at least ${thresholds.min_batches} are needed (raise batches)`,
    };
  }

  const floors = floorsOf(measurement, thresholds);
  const sites = measurement.sites;
  const external = measurement.external ?? measurement.traced.map(() => null);
  const coarse = coarsen(measurement.operations, [measurement.traced, measurement.rss, measurement.nativeHeap, external, ...sites.map((site) => site.sizes)], MAX_STEPS);
  const [traced, rss, heap, outside, ...siteSizes] = coarse.values as [number[], (number | null)[], (number | null)[], (number | null)[], ...number[][]];
  const judgedOperations = sum(coarse.operations.slice(1));
  const limit = Math.max(floors.perOp, floors.total / Math.max(1, judgedOperations));
  const trendFloors: TrendFloors = { perOp: floors.perOp, total: floors.total, share: thresholds.min_growing_share, steps: thresholds.min_source_batches };

  const tracedTrend = measureTrend(traced, coarse.operations);
  const judgement = judgeTrend(tracedTrend, trendFloors, traced, coarse.operations);
  const rssTrend = complete(rss) ? measureTrend(rss, coarse.operations) : null;
  const measured = { ...base, growth_bytes: tracedTrend.net, rss_growth_per_op_bytes: rssTrend ? round(rssTrend.perOp) : null, detection_limit_bytes_per_op: round(limit) };

  const verdictSites = growingSites(
    sites.map((site, index) => ({ ...site, sizes: siteSizes[index]! })),
    coarse.operations,
    { perOp: thresholds.min_source_bytes_per_op, total: thresholds.min_source_total_bytes, share: thresholds.min_growing_share, steps: thresholds.min_source_batches },
  );
  const hidden = hiddenRate(verdictSites);
  const hiddenLeak = judgement.kind !== 'growing' && hidden.perOp >= floors.perOp && hidden.latePerOp >= floors.perOp && hidden.net >= floors.total;

  if (judgement.kind === 'growing' || hiddenLeak) {
    const rate = judgement.kind === 'growing' ? judgement.trend : hidden;
    // The figure is the net growth per operation, so it is what the parenthesis adds up to; the
    // judgement held it to the floors already (median steps, or the rise of a sawtooth's floor).
    const perOp = round(judgement.kind === 'growing' ? rate.amortizedPerOp : rate.perOp);
    const growth = `retained ${formatBytes(perOp)} per operation, growing in ${rate.growingSteps} of ${rate.steps} batches (${formatBytes(rate.net)} over ${formatCount(judgedOperations)} operations)`;
    const outsideHeap = externalLeak(outside, coarse.operations, floors, thresholds);
    const how = (judgement.kind === 'growing' ? '' : '; the total hides it among other allocations, its sources do not') + (outsideHeap ? `; outside the JS heap, external memory (Buffers, ArrayBuffers) grew ${formatBytes(outsideHeap.perOp)} per operation too` : '');
    const leaking = {
      ...measured,
      verdict: 'leak' as const,
      growth_bytes: rate.net,
      growth_per_op_bytes: perOp,
      sources: rankSources(attributed(measurement, thresholds) ?? verdictSites, measurement.testFile, thresholds.max_sources),
    };
    // A leak with no line, because the phase that names lines ran out of time, says so and what
    // to raise: a slow operation under deep tracebacks (a template render) can use up the budget.
    const cut = measurement.attribution?.stopped;
    const noLine = leaking.sources.length === 0 && cut ? `; no source line: the phase that names lines stopped before its sites grew in ${thresholds.min_source_batches} batches (${cut}); run it longer (${HEAPS[measurement.heap].more})` : '';
    if (errors > 0) {
      return { ...leaking, kind: 'error-path', reason: `leak on the error path: ${growth} while ${formatCount(errors)} of ${formatCount(operations)} operations raised${how}${stopped}${noLine}` };
    }
    return { ...leaking, kind: HEAPS[measurement.heap].kind, reason: `leak: ${growth}${how}${stopped}${noLine}` };
  }

  // A runtime that reports its memory outside the heap (Node's external) is judged on that
  // byte-exact figure, as the C allocator's bytes stand in for RSS in Python: RSS also moves with
  // the runtime's own heap reservations, which are not a leak.
  const native = complete(outside) ? externalLeak(outside, coarse.operations, floors, thresholds) : nativeLeak(heap, rssTrend, tracedTrend, coarse.operations, floors, thresholds, measurement.heap);
  if (native) {
    return { ...measured, verdict: 'leak', kind: 'native', growth_per_op_bytes: round(native.perOp), reason: `${native.reason}${stopped}` };
  }
  const notLeak = notALeak(judgement, floors, judgedOperations, limit, measurement.heap);
  return { ...measured, growth_per_op_bytes: round(tracedTrend.perOp), ...notLeak, reason: `${notLeak.reason}${stopped}` };
}

function floorsOf(measurement: Measurement, thresholds: Thresholds): Floors {
  const allowance = measurement.allowance ?? {};
  const perOp = Math.max(thresholds.min_bytes_per_op, allowance.bytesPerOp ?? 0);
  const total = Math.max(thresholds.min_total_bytes, allowance.totalBytes ?? 0);
  return { perOp, total, allowed: perOp > thresholds.min_bytes_per_op || total > thresholds.min_total_bytes, basePerOp: thresholds.min_bytes_per_op };
}

/**
 * The sites that grew, together: the rate of a leak the total hides. Rates are the sites' median
 * steps per operation summed, so a site that grew fast while a cache filled and slowly since is
 * held to the floor by what it does now (latePerOp), not by its average.
 */
function hiddenRate(found: readonly GrowingSite[]): Trend {
  const add = (pick: (trend: Trend) => number) => found.reduce((total, { trend }) => total + pick(trend), 0);
  const net = add((trend) => trend.net);
  const steps = found[0]?.trend.steps ?? 0;
  const growingSteps = found[0]?.trend.growingSteps ?? 0;
  return { perOp: add((trend) => trend.perOp), net, growingSteps, steps, growingShare: steps ? growingSteps / steps : 0, latePerOp: add((trend) => trend.latePerOp), consistency: 1, largestStep: 0, smallestPerOp: 0, rise: net, fall: 0, amortizedPerOp: 0, lateAmortizedPerOp: 0, troughNet: 0, troughPerOp: 0 };
}

/**
 * Sources from the attribution phase (deep tracebacks: library allocations charged to the user's
 * line), listed when they grew steadily whatever their total; undefined when there is no such
 * phase or nothing in it grew, so the judged phase's own sites are listed instead.
 */
function attributed(measurement: Measurement, thresholds: Thresholds): GrowingSite[] | undefined {
  const phase = measurement.attribution;
  if (!phase) return undefined;
  const coarse = coarsen(phase.operations, phase.sites.map((site) => site.sizes), MAX_STEPS);
  const sites: Site[] = phase.sites.map((site, index) => ({ ...site, sizes: coarse.values[index] as number[] }));
  const found = growingSites(sites, coarse.operations, { perOp: thresholds.min_source_bytes_per_op, total: 0, share: thresholds.min_growing_share, steps: thresholds.min_source_batches });
  return found.length ? found : undefined;
}

/**
 * Memory the heap's tracing cannot see. The C allocator's bytes in use (when the collector could
 * read them) are byte-exact and cannot be masked by memory freed earlier, so they are held to the
 * test's total floor; resident pages move in pages and arenas, so RSS keeps the larger native
 * floors. Growth that traced allocations account for is subtracted first.
 */
function nativeLeak(heap: (number | null)[], rss: Trend | null, traced: Trend, operations: number[], floors: Floors, thresholds: Thresholds, tracedHeap: Heap): { perOp: number; reason: string } | undefined {
  const { traced: tracedName, outside } = HEAPS[tracedHeap];
  const share = thresholds.min_growing_share;
  const steps = thresholds.min_source_batches;
  const perOpFloor = Math.max(thresholds.min_native_bytes_per_op, floors.perOp);
  const tracedPerOp = Math.max(0, traced.perOp);
  if (complete(heap)) {
    const trend = measureTrend(heap, operations);
    const native = judgeTrend({ ...trend, perOp: trend.perOp - tracedPerOp }, { perOp: perOpFloor, total: floors.total, share, steps });
    if (native.kind !== 'growing') return undefined;
    const perOp = round(trend.perOp - tracedPerOp);
    return {
      perOp,
      reason: `native leak: memory in use by the C allocator grew ${formatBytes(perOp)} per operation in ${trend.growingSteps} of ${trend.steps} batches (${formatBytes(trend.net)}) while ${tracedName} stayed flat; no file:line can be named for memory allocated outside ${outside}`,
    };
  }
  if (!rss) return undefined;
  const native = judgeTrend({ ...rss, perOp: rss.perOp - tracedPerOp }, { perOp: perOpFloor, total: Math.max(thresholds.min_native_total_bytes, floors.total), share, steps });
  if (native.kind !== 'growing') return undefined;
  const perOp = round(rss.perOp - tracedPerOp);
  return {
    perOp,
    reason: `native leak: resident memory grew ${formatBytes(perOp)} per operation in ${rss.growingSteps} of ${rss.steps} batches (${formatBytes(rss.net)}) while ${tracedName} stayed flat; no file:line can be named for memory allocated outside ${outside}`,
  };
}

/**
 * Memory a JavaScript runtime keeps outside its heap (Node's `external`: the bytes of Buffers and
 * ArrayBuffers, native addons' memory V8 is told about). Byte-exact and apart from the heap the
 * verdict judged, so it is held to the native per-operation floor and the test's total floor, as
 * the C allocator's bytes are; where it is recorded, RSS is not judged (see the caller).
 */
function externalLeak(external: (number | null)[], operations: number[], floors: Floors, thresholds: Thresholds): { perOp: number; reason: string } | undefined {
  if (!complete(external)) return undefined;
  const trend = measureTrend(external, operations);
  const judged = judgeTrend(trend, { perOp: Math.max(thresholds.min_native_bytes_per_op, floors.perOp), total: floors.total, share: thresholds.min_growing_share, steps: thresholds.min_source_batches });
  if (judged.kind !== 'growing') return undefined;
  const perOp = round(trend.perOp);
  return {
    perOp,
    reason: `native-like leak: memory outside the JS heap (external: Buffers, ArrayBuffers, native addons) grew ${formatBytes(perOp)} per operation in ${trend.growingSteps} of ${trend.steps} batches (${formatBytes(trend.net)}) while the JS heap stayed flat; no file:line can be named for bytes allocated outside the heap`,
  };
}

function notALeak(judgement: Exclude<TrendJudgement, { kind: 'growing' }>, floors: Floors, judgedOperations: number, limit: number, heap: Heap): Pick<TestResult, 'verdict' | 'kind' | 'reason'> {
  const { trend } = judgement;
  const ops = formatCount(judgedOperations);
  const more = HEAPS[heap].more;
  const canJudge = `growth below ${formatBytes(limit)} per operation cannot be judged with ${ops} operations; run more operations (${more}) or lower min_total_bytes`;
  const allowance = floors.allowed ? `, the floor this test allows itself` : '';
  // A series that grew in every step by more than the floor is never `ok`: too few operations to
  // reach the total floor, or a cache still filling, it cannot be told from a leak here.
  if (trend.steps >= 2 && trend.smallestPerOp > floors.perOp) {
    return {
      verdict: 'inconclusive',
      kind: null,
      reason: trend.net < floors.total
        ? `grew in all ${trend.steps} batches (at least ${formatBytes(trend.smallestPerOp)} per operation), ${formatBytes(trend.net)} in total, below the ${formatBytes(floors.total)} floor: ${canJudge}`
        : `grew in all ${trend.steps} batches and still ${formatBytes(trend.latePerOp)} per operation in the last ones: a cache that fills slowly looks the same; run more operations (${more}) to tell`,
    };
  }
  // Growth the test allows itself is named as such, not explained as something else.
  if (floors.allowed && trend.amortizedPerOp >= floors.basePerOp) {
    return {
      verdict: 'ok',
      kind: null,
      reason: `within this test's allowance: grew ${formatBytes(round(trend.amortizedPerOp))} per operation (${formatBytes(trend.net)} over ${ops} operations); it allows ${formatBytes(floors.perOp)} per operation and ${formatBytes(floors.total)} in total`,
    };
  }
  const seen = describe(judgement, floors, more);
  if (seen.verdict === 'inconclusive') return seen;
  if (limit > floors.perOp) {
    return { verdict: 'inconclusive', kind: null, reason: `${seen.reason}, but ${canJudge} (the floor of ${formatBytes(floors.perOp)} needs ${formatCount(Math.ceil(floors.total / floors.perOp))})` };
  }
  return { ...seen, reason: `${seen.reason} (detection limit ${formatBytes(limit)} per operation over ${ops} operations${allowance})` };
}

/** `more`: how the test's collector runs more operations (HEAPS). */
function describe(judgement: Exclude<TrendJudgement, { kind: 'growing' }>, floors: Floors, more: string): Pick<TestResult, 'verdict' | 'kind' | 'reason'> {
  const { trend } = judgement;
  switch (judgement.kind) {
    case 'flat':
      // Steps above the floor that add up to little: growth in some batches, given back in others.
      if (trend.perOp >= floors.perOp) {
        return { verdict: 'ok', kind: null, reason: `no steady growth: ${formatBytes(trend.net)} in total, below the ${formatBytes(floors.total)} floor, although ${trend.growingSteps} of ${trend.steps} batches grew (${formatBytes(trend.perOp)} per operation at the median)` };
      }
      return { verdict: 'ok', kind: null, reason: `no steady growth: ${formatBytes(trend.perOp)} per operation (floor ${formatBytes(floors.perOp)}), ${formatBytes(trend.net)} in total` };
    case 'one-time':
      return { verdict: 'ok', kind: null, reason: `one-time growth of ${formatBytes(trend.net)}, then flat: most batches did not grow (lazy initialisation is not a leak)` };
    case 'fluctuates':
      return { verdict: 'ok', kind: null, reason: `memory moves up and down with no steady trend (rises of ${formatBytes(trend.rise)} and falls of ${formatBytes(trend.fall)}, ${formatBytes(trend.perOp)} per operation at the median)` };
    case 'levelled-off':
      return { verdict: 'ok', kind: 'bounded', reason: `bounded growth: ${formatBytes(trend.net)} early on (${formatBytes(round(trend.perOp))} per operation at the median), then levelled off (${formatBytes(trend.latePerOp)} per operation in the last batches), as a cache filling up does` };
    case 'below-floor':
      return { verdict: 'ok', kind: null, reason: `steady growth below the floor: ${formatBytes(round(trend.perOp))} per operation at the median (${formatBytes(trend.latePerOp)} in the last batches), under the ${formatBytes(floors.perOp)} floor that counts as a leak, ${formatBytes(trend.net)} in total; lower --min-bytes-per-op to judge growth this small` };
    case 'cancels-out':
      return { verdict: 'ok', kind: null, reason: `memory rises and falls (a sawtooth): net growth of ${formatBytes(trend.net)} is far below what ${formatBytes(trend.perOp)} per operation would add up to` };
    case 'noisy':
      return { verdict: 'inconclusive', kind: null, reason: `too irregular to decide: ${formatBytes(trend.perOp)} per operation, but only ${trend.growingSteps} of ${trend.steps} batches grew; run more batches to settle it` };
    case 'staircase':
      return {
        verdict: 'inconclusive',
        kind: null,
        reason: `grew in ${trend.growingSteps === trend.steps ? 'all' : `${trend.growingSteps} of`} ${trend.steps} batches, ${formatBytes(round(trend.amortizedPerOp))} per operation over the run but ${formatBytes(round(Math.max(0, trend.lateAmortizedPerOp)))} in the last batches: a container growing in rare large steps and a cache that filled early look alike here; run more operations (${more}) to tell`,
      };
  }
}

function complete(series: (number | null)[]): series is number[] {
  return series.length > 0 && series.every((value) => value !== null);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

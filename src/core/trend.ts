// How a memory series moves from batch to batch, judged on steps rather than on end points:
// a one-time step (lazy initialisation) is one large step among flat ones, a sawtooth has
// steps that cancel out, a filling cache has steps that fade, and only a leak grows on
// (nearly) every step at a steady rate that adds up to the net growth.
import { median } from './statistics.js';

export interface Trend {
  /** Median growth per operation over the steps between judged batches. */
  perOp: number;
  /** Net growth from the first to the last judged batch. */
  net: number;
  /** Share of steps that grew. */
  growingShare: number;
  /** Steps that grew. */
  growingSteps: number;
  steps: number;
  /** Median growth per operation over the last third of the steps. */
  latePerOp: number;
  /** Net growth divided by what the median rate predicts over all operations (≈1 for a leak). */
  consistency: number;
  /** The largest single step, in bytes. */
  largestStep: number;
  /** The smallest step per operation (negative when memory fell in some step). */
  smallestPerOp: number;
  /** Sum of the rising steps and of the falling steps (as a positive number), in bytes. */
  rise: number;
  fall: number;
  /** Net growth per operation over the whole series, and over its last third: growth that comes in rare large steps (a container resizing) counts here, not in the medians. */
  amortizedPerOp: number;
  lateAmortizedPerOp: number;
  /** After each fall, where memory stood: net growth of these troughs, and per operation between the first and the last (0 with fewer than two). */
  troughNet: number;
  troughPerOp: number;
}

export interface TrendFloors {
  perOp: number;
  total: number;
  share: number;
  steps: number;
}

export type TrendJudgement =
  | { kind: 'growing'; trend: Trend }
  | { kind: 'flat' | 'one-time' | 'fluctuates' | 'levelled-off' | 'below-floor' | 'cancels-out' | 'noisy' | 'staircase'; trend: Trend };

/** Falls adding up to this share of the rises make a series noise around a level, not growth that stopped. */
const FLUCTUATION_SHARE = 0.25;
/** Steps that each grew by at least this share of the floor per operation are steady growth, not jitter. */
const STEADY_SHARE = 0.25;
/** A step this many times the late median per operation is a large one (a fill, a resize). */
const LARGE_STEP_FACTOR = 4;
/** How much of a rising-and-falling series' range its floor must rise by to count as growth. */
const FLOOR_RISE_SHARE = 0.4;

/**
 * Whether a series can possibly pass judgeTrend's floors, in one pass without allocating: most
 * allocation sites are flat, and this spares them the statistics.
 */
export function mayGrow(series: readonly number[], floors: TrendFloors): boolean {
  if (series.length < 2 || series[series.length - 1]! - series[0]! < floors.total) return false;
  let growingSteps = 0;
  for (let i = 1; i < series.length; i++) if (series[i]! > series[i - 1]!) growingSteps += 1;
  return growingSteps >= floors.steps;
}

/** series[i] is memory after judged batch i; operations[i] the operations that batch ran. */
export function measureTrend(series: readonly number[], operations: readonly number[]): Trend {
  const stepsPerOp: number[] = [];
  let growingSteps = 0;
  let operationsAfterFirst = 0;
  let largestStep = 0;
  let smallestPerOp = Infinity;
  let rise = 0;
  let fall = 0;
  for (let i = 1; i < series.length; i++) {
    const ops = Math.max(1, operations[i] ?? 1);
    const step = series[i]! - series[i - 1]!;
    operationsAfterFirst += ops;
    stepsPerOp.push(step / ops);
    smallestPerOp = Math.min(smallestPerOp, step / ops);
    if (step > 0) {
      growingSteps += 1;
      rise += step;
    } else {
      fall -= step;
    }
    largestStep = Math.max(largestStep, step);
  }
  const steps = stepsPerOp.length;
  const perOp = median(stepsPerOp);
  const lateSteps = Math.min(steps, Math.max(2, Math.ceil(steps / 3)));
  const late = stepsPerOp.slice(steps - lateSteps);
  const net = steps > 0 ? series[series.length - 1]! - series[0]! : 0;
  const predicted = perOp * operationsAfterFirst;
  let lateOperations = 0;
  for (let i = series.length - lateSteps; i < series.length; i++) lateOperations += Math.max(1, operations[i] ?? 1);
  const lateNet = steps > 0 ? series[series.length - 1]! - series[series.length - 1 - lateSteps]! : 0;
  const troughs = troughsOf(series, operations);
  return {
    perOp,
    net,
    growingShare: steps ? growingSteps / steps : 0,
    growingSteps,
    steps,
    latePerOp: median(late),
    consistency: predicted > 0 ? net / predicted : 0,
    largestStep,
    smallestPerOp: steps ? smallestPerOp : 0,
    rise,
    fall,
    amortizedPerOp: operationsAfterFirst ? net / operationsAfterFirst : 0,
    lateAmortizedPerOp: lateOperations ? lateNet / lateOperations : 0,
    troughNet: troughs.net,
    troughPerOp: troughs.perOp,
  };
}

/**
 * The floor of a series that rises and falls: the lowest value of each third of the series.
 * Counts only a floor that rose from third to third by, in all, at least FLOOR_RISE_SHARE of the
 * series' whole range (a buffer flushed in part leaves more behind each time; noise around a
 * level moves its minima a little either way); otherwise net and perOp are 0. perOp is the rise
 * per operation between the first third's lowest point and the last third's.
 */
function troughsOf(series: readonly number[], operations: readonly number[]): { net: number; perOp: number } {
  const third = Math.floor(series.length / 3);
  if (third < 2) return { net: 0, perOp: 0 };
  const lowest = (from: number, to: number) => {
    let at = from;
    for (let i = from + 1; i < to; i++) if (series[i]! < series[at]!) at = i;
    return at;
  };
  const [first, middle, last] = [lowest(0, third), lowest(third, series.length - third), lowest(series.length - third, series.length)];
  const range = Math.max(...series) - Math.min(...series);
  const net = series[last]! - series[first]!;
  if (!(series[first]! < series[middle]! && series[middle]! < series[last]!) || net < FLOOR_RISE_SHARE * range) return { net: 0, perOp: 0 };
  let between = 0;
  for (let i = first + 1; i <= last; i++) between += Math.max(1, operations[i] ?? 1);
  return { net, perOp: net / Math.max(1, between) };
}

/** Whether step i (from batch i - 1 to batch i) is far above the late median per operation: a fill, a resize, a burst. */
function largeStep(series: readonly number[], operations: readonly number[], trend: Trend): (i: number) => boolean {
  return (i) => (series[i]! - series[i - 1]!) / Math.max(1, operations[i] ?? 1) > LARGE_STEP_FACTOR * Math.max(trend.latePerOp, 1);
}

/**
 * A series leaks only when every test passes: a steady per-operation rate above the floor,
 * growth on most steps, a net growth above the floor that the rate accounts for, and no sign of
 * levelling off. The other outcomes say which test failed, so the report can explain itself.
 */
export function judgeTrend(trend: Trend, floors: TrendFloors, series?: readonly number[], operations?: readonly number[]): TrendJudgement {
  const judgement = judgeSteps(trend, floors);
  if (judgement.kind === 'growing' || trend.net < floors.total) return judgement;
  // Irregular steps that add up to less than the floor per operation are noise around a level,
  // not growth too irregular to call: the floors bound every path to a leak or a doubt.
  if (judgement.kind === 'noisy' && trend.amortizedPerOp < floors.perOp) return { kind: 'fluctuates', trend };
  // A sawtooth whose floor rises at every fall: each flush leaves more behind (a buffer flushed
  // in part, or a retry queue that keeps its failures).
  if (judgement.kind === 'cancels-out' || judgement.kind === 'fluctuates') {
    const rising = trend.troughPerOp >= floors.perOp && trend.troughNet >= floors.total && trend.amortizedPerOp >= floors.perOp;
    return rising ? { kind: 'growing', trend: { ...trend, perOp: trend.troughPerOp } } : judgement;
  }
  // Growth in every step and a net rate above the floor while the median step is below it: a
  // container growing in rare large steps (a set, dict or list resizing) over a steady small
  // growth. A cache that filled at the start and creeps since looks alike only when its large
  // steps all came first; otherwise the answer is inconclusive, never `ok`.
  // Likewise growth that comes only in large steps at separate times, flat in between (a leak on
  // every Nth call): two or more separate bursts are no one-time initialisation.
  const everyStep = trend.steps >= floors.steps && trend.smallestPerOp >= STEADY_SHARE * floors.perOp;
  const steady = trend.fall < FLUCTUATION_SHARE * trend.rise;
  if (!series || !operations || trend.amortizedPerOp < floors.perOp || !steady) return judgement;
  // Large steps after the first run of them (a cache filling from the start is one such run).
  const laterRuns = largeStepRuns(series, operations, trend);
  if ((everyStep && laterRuns >= 1) || laterRuns >= 2) {
    // Still growing at the floor's rate over the last third, resizes and bursts included: a leak.
    if (trend.lateAmortizedPerOp >= floors.perOp) return { kind: 'growing', trend: { ...trend, perOp: trend.amortizedPerOp } };
    return { kind: 'staircase', trend };
  }
  return judgement;
}

/** Separate runs of consecutive large steps, a run from the very start (a cache filling) not counted. */
function largeStepRuns(series: readonly number[], operations: readonly number[], trend: Trend): number {
  const large = largeStep(series, operations, trend);
  let i = 1;
  while (i < series.length && large(i)) i += 1;
  let runs = 0;
  for (; i < series.length; i++) if (large(i) && !large(i - 1)) runs += 1;
  return runs;
}

/** The judgement on the medians of the steps alone. */
function judgeSteps(trend: Trend, floors: TrendFloors): TrendJudgement {
  if (trend.perOp < floors.perOp) {
    if (trend.net < floors.total) return { kind: 'flat', trend };
    // Memory that also fell by a good part of what it rose is noise around a level, whatever
    // its largest step: calling it "one-time growth" would misexplain it.
    if (trend.fall >= FLUCTUATION_SHARE * trend.rise) return { kind: 'fluctuates', trend };
    // Growth in one step is a one-time allocation. Spread over several it is a fill when the last
    // batches grew clearly slower than the run on average, else steady growth that is merely below
    // the floor (calling that "levelled off" would misexplain it).
    if (trend.largestStep >= 0.5 * trend.net) return { kind: 'one-time', trend };
    return { kind: trend.latePerOp < 0.5 * trend.amortizedPerOp ? 'levelled-off' : 'below-floor', trend };
  }
  if (trend.net < floors.total || trend.growingSteps < floors.steps) return { kind: 'flat', trend };
  if (trend.consistency < 0.5) return { kind: 'cancels-out', trend };
  if (trend.latePerOp < Math.max(floors.perOp, 0.25 * trend.perOp)) return { kind: 'levelled-off', trend };
  // Everything else says leak, but too many steps did not grow: too irregular to call either way.
  if (trend.growingShare < floors.share) return { kind: 'noisy', trend };
  return { kind: 'growing', trend };
}

/**
 * Merges consecutive batches so that at most `maxSteps` steps remain: memory after every k-th
 * batch, with the operations in between summed. A collector running hundreds of one-operation
 * batches (a fixed batch size of 1) then gives steps of many operations each, whose medians and
 * shares mean the same as with the default batches; the net growth is unchanged.
 */
export function coarsen(operations: readonly number[], values: readonly (readonly (number | null)[])[], maxSteps: number): { operations: number[]; values: (number | null)[][] } {
  const steps = operations.length - 1;
  if (steps <= maxSteps) return { operations: [...operations], values: values.map((series) => [...series]) };
  const keep: number[] = [];
  for (let k = 0; k <= maxSteps; k++) keep.push(Math.round((k * steps) / maxSteps));
  const merged = keep.map((index, k) => {
    if (k === 0) return operations[0]!;
    let sum = 0;
    for (let i = keep[k - 1]! + 1; i <= index; i++) sum += operations[i]!;
    return sum;
  });
  return { operations: merged, values: values.map((series) => keep.map((index) => series[index] ?? null)) };
}

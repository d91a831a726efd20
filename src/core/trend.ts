// How a memory series moves from batch to batch, judged on steps rather than on end points:
// a one-time step (lazy initialisation) is one large step among flat ones, a sawtooth has
// steps that cancel out, a filling cache has steps that fade, and only a leak grows on
// (nearly) every step at a steady rate that adds up to the net growth.
import { median, medianAbsoluteDeviation } from './statistics.js';

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
  /** Median absolute deviation of the per-operation steps. */
  noisePerOp: number;
  /** Net growth divided by what the median rate predicts over all operations (≈1 for a leak). */
  consistency: number;
  /** The largest single step, in bytes. */
  largestStep: number;
  /** The smallest step per operation (negative when memory fell in some step). */
  smallestPerOp: number;
  /** Sum of the rising steps and of the falling steps (as a positive number), in bytes. */
  rise: number;
  fall: number;
}

export interface TrendFloors {
  perOp: number;
  total: number;
  share: number;
  steps: number;
}

export type TrendJudgement =
  | { kind: 'growing'; trend: Trend }
  | { kind: 'flat' | 'one-time' | 'fluctuates' | 'levelled-off' | 'cancels-out' | 'noisy'; trend: Trend };

/** Falls adding up to this share of the rises make a series noise around a level, not growth that stopped. */
const FLUCTUATION_SHARE = 0.25;

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
  const late = stepsPerOp.slice(steps - Math.max(2, Math.ceil(steps / 3)));
  const net = steps > 0 ? series[series.length - 1]! - series[0]! : 0;
  const predicted = perOp * operationsAfterFirst;
  return {
    perOp,
    net,
    growingShare: steps ? growingSteps / steps : 0,
    growingSteps,
    steps,
    latePerOp: median(late),
    noisePerOp: medianAbsoluteDeviation(stepsPerOp),
    consistency: predicted > 0 ? net / predicted : 0,
    largestStep,
    smallestPerOp: steps ? smallestPerOp : 0,
    rise,
    fall,
  };
}

/**
 * A series leaks only when every test passes: a steady per-operation rate above the floor,
 * growth on most steps, a net growth above the floor that the rate accounts for, and no sign of
 * levelling off. The other outcomes say which test failed, so the report can explain itself.
 */
export function judgeTrend(trend: Trend, floors: TrendFloors): TrendJudgement {
  if (trend.perOp < floors.perOp) {
    if (trend.net < floors.total) return { kind: 'flat', trend };
    // Memory that also fell by a good part of what it rose is noise around a level, whatever
    // its largest step: calling it "one-time growth" would misexplain it.
    if (trend.fall >= FLUCTUATION_SHARE * trend.rise) return { kind: 'fluctuates', trend };
    // Most steps were flat: growth in one step is a one-time allocation, spread over several it is a fill.
    return { kind: trend.largestStep >= 0.5 * trend.net ? 'one-time' : 'levelled-off', trend };
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

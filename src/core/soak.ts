// Judging a soak: memory sampled by time (minutes to hours) rather than by batch, judged as a
// growth rate in MB per hour with a confidence interval, against tiers the user sets (the OPA
// client's suite: acceptable under 1 MB/hour, warning from 1 to 5, failure above 5).
//
// Method (README, "Soak runs"): the ordinary least-squares slope of memory over elapsed time,
// with a two-sided 95 % interval from Student's t with n − 2 degrees of freedom:
//   b = Σ(t − t̄)(y − ȳ) / Σ(t − t̄)²,  s² = Σ(y − a − b·t)² / (n − 2),  SE(b) = √(s² / Σ(t − t̄)²),
//   interval b ± t(0.975, n − 2) · SE(b).
// Samples taken close together are correlated (memory a minute apart is mostly the same memory),
// so the interval is narrower than the truth for very short intervals; that is why the verdict
// only calls a tier the whole interval is on one side of. Only this module computes it: the
// Python collector hands its samples to this core (`memleak judge --stdio`), so Python and
// TypeScript cannot disagree.
import type { SoakResult, TestResult } from './types.js';
import { formatCount } from './format.js';

/** "MB" in MB per hour is 2^20 bytes, as `ps`, psutil-based suites (the OPA client's) and our own formatBytes count. */
export const MB = 1024 * 1024;

/** The OPA client's suite's tiers: acceptable below 1 MB/hour, warning from 1, failure from 5. */
export const DEFAULT_SOAK_TIERS: Readonly<SoakResult['tiers']> = Object.freeze({ warning_mb_per_hour: 1, failure_mb_per_hour: 5 });

/** Samples a soak needs at least: a slope and its interval need n − 2 ≥ 1 degrees of freedom, and a trend two steps. */
export const MIN_SOAK_SAMPLES = 4;

/** report.v1's bound for a rate in MB/hour. */
const RATE_LIMIT = 1e12;

/** What was sampled, per judged sample (warm-up samples dropped). */
export interface SoakSamples {
  /** Seconds since the soak began, increasing. */
  elapsed: number[];
  /** Memory in bytes at each sample. */
  bytes: number[];
  /** Which memory `bytes` is: resident set size (of the process, or of a command's process tree) or traced Python allocations. */
  series: 'rss' | 'traced';
  /** The sampling interval the collector aimed for, and the duration it planned (seconds). */
  intervalS?: number;
  plannedS?: number;
  /** The test's own tiers, from its snapshot; absent ones take DEFAULT_SOAK_TIERS. */
  tiers?: { warning_mb_per_hour?: number; failure_mb_per_hour?: number };
}

export interface Slope {
  /** Units of y per unit of x. */
  slope: number;
  low: number;
  high: number;
  /** Half the interval's width: the smallest slope this fit could tell from none. */
  halfWidth: number;
}

// Student's t, 0.975 quantile, for 1 to 30 degrees of freedom (any statistics table, 4 decimals).
const T975 = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448, 2.1314,
  2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
];
const Z975 = 1.959963984540054;

/**
 * Student's t 0.975 quantile for `df` degrees of freedom: the table up to 30, beyond it the
 * Cornish-Fisher expansion around the normal quantile (Abramowitz & Stegun 26.7.5; within 1e-4 of
 * the exact value from 30 on, and exact in the limit).
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`degrees of freedom must be at least 1, got ${df}`);
  if (df <= T975.length) return T975[Math.floor(df) - 1]!;
  const z = Z975;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
}

/** The OLS slope of y over x with its 95 % interval; undefined with fewer than 3 points or no spread in x. */
export function olsSlope(x: readonly number[], y: readonly number[]): Slope | undefined {
  const n = Math.min(x.length, y.length);
  if (n < 3) return undefined;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i]!;
    meanY += y[i]!;
  }
  meanX /= n;
  meanY /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i]! - meanX) ** 2;
    sxy += (x[i]! - meanX) * (y[i]! - meanY);
  }
  if (!(sxx > 0)) return undefined;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (y[i]! - intercept - slope * x[i]!) ** 2;
  const halfWidth = tQuantile975(n - 2) * Math.sqrt(sse / (n - 2) / sxx);
  return { slope, low: slope - halfWidth, high: slope + halfWidth, halfWidth };
}

/** The tiers in force: the test's own where it set them, else the defaults. */
export function soakTiers(own: SoakSamples['tiers']): SoakResult['tiers'] {
  return {
    warning_mb_per_hour: own?.warning_mb_per_hour ?? DEFAULT_SOAK_TIERS.warning_mb_per_hour,
    failure_mb_per_hour: own?.failure_mb_per_hour ?? DEFAULT_SOAK_TIERS.failure_mb_per_hour,
  };
}

/**
 * Judges a soak from its samples; `base` is the test's result before any verdict (id, counts, series).
 *
 * The rate is the OLS slope of memory over time in MB/hour with its 95 % interval. The tier is
 * decided only when the whole interval is on one side of the warning tier: entirely below it is
 * `acceptable` (verdict ok); entirely above it is `failure` when the slope reaches the failure
 * tier (verdict leak) and `warning` otherwise (verdict ok, with a reason that starts "soak
 * warning", listed in the status line; it never fails a run). An interval that straddles the
 * warning tier is `inconclusive`, naming the detection limit (the interval's half-width, in
 * MB/hour). Fewer than MIN_SOAK_SAMPLES judged samples is inconclusive: too short. Growth that
 * the second half of the samples shows to have levelled off (its interval entirely below the
 * warning tier) is `acceptable` with kind `bounded`, its rates those of the second half; one
 * that grew slower in the second half than the whole run's interval allows, but not clearly below
 * the warning tier, is `inconclusive` (run longer), unless the second half alone is clearly at the
 * failure tier (a leak).
 */
export function judgeSoak(samples: SoakSamples, base: TestResult, stopped: string | undefined): TestResult {
  const tiers = soakTiers(samples.tiers);
  const n = Math.min(samples.elapsed.length, samples.bytes.length);
  const measuredS = n > 0 ? samples.elapsed[n - 1]! - samples.elapsed[0]! : 0;
  const soak: SoakResult = { duration_s: round3(measuredS), interval_s: round3(samples.intervalS ?? medianStep(samples.elapsed)), tiers };
  const what = samples.series === 'rss' ? 'resident memory' : 'traced Python memory';
  const ended = stopped ? `; ${stopped}` : '';
  const fit = n >= MIN_SOAK_SAMPLES ? olsSlope(samples.elapsed, samples.bytes) : undefined;
  if (!fit) {
    return {
      ...base,
      verdict: 'inconclusive',
      kind: null,
      soak,
      reason: `soak too short to decide: ${n} sample(s) over ${duration(measuredS)}, at least ${MIN_SOAK_SAMPLES} are needed (run longer or sample more often)${ended}`,
    };
  }
  // Clamped to report.v1's bounds for a rate: only absurd input (samples microseconds apart) reaches them.
  const perHour = (bytesPerSecond: number) => round3(Math.max(-RATE_LIMIT, Math.min(RATE_LIMIT, (bytesPerSecond * 3600) / MB)));
  const rate = perHour(fit.slope);
  const low = perHour(fit.low);
  const high = perHour(fit.high);
  const limit = perHour(fit.halfWidth);
  const growth = Math.round(fit.slope * measuredS);
  const operations = base.operations;
  const measured = {
    ...base,
    kind: null,
    growth_bytes: growth,
    growth_per_op_bytes: operations > 0 ? Math.round(growth / operations) : 0,
    soak: { ...soak, mb_per_hour: rate, mb_per_hour_low: low, mb_per_hour_high: high },
  };
  const figure = `${what} grew ${mbh(rate)} (95 % interval ${mbh(low)} to ${mbh(high)}) over ${duration(measuredS)}, ${formatCount(n)} samples`;
  const W = tiers.warning_mb_per_hour;
  const F = tiers.failure_mb_per_hour;
  if (fit.high * 3600 < W * MB) {
    return { ...measured, verdict: 'ok', soak: { ...measured.soak, tier: 'acceptable' }, reason: `soak acceptable: ${figure}, below the warning tier of ${mbh(W)}${ended}` };
  }
  if (fit.low * 3600 >= W * MB) {
    // A cache or a ring buffer that fills early and then holds still grows over the whole run: the
    // second half of the samples, on its own, says whether it still grows (the batch verdict's
    // "last third" rule, by time).
    const half = Math.floor(n / 2);
    const late = n - half >= MIN_SOAK_SAMPLES ? olsSlope(samples.elapsed.slice(half, n), samples.bytes.slice(half, n)) : undefined;
    if (late && late.high * 3600 < W * MB) {
      const lateFigure = `${mbh(perHour(late.slope))} (95 % interval ${mbh(perHour(late.low))} to ${mbh(perHour(late.high))})`;
      return {
        ...measured,
        kind: 'bounded',
        verdict: 'ok',
        soak: { ...measured.soak, mb_per_hour: perHour(late.slope), mb_per_hour_low: perHour(late.low), mb_per_hour_high: perHour(late.high), tier: 'acceptable' },
        reason: `soak acceptable (bounded): ${figure} over the whole run, but ${lateFigure} in its second half, below the warning tier of ${mbh(W)}: it grew early and levelled off, as a cache or buffer filling up does${ended}`,
      };
    }
    if (late && late.high < fit.low && late.low * 3600 < F * MB) {
      // Slower in the second half than the whole run could be, and not clearly at the failure
      // tier on its own: filling up, or a leak that slows. (A second half still clearly above the
      // failure tier is a leak whatever it slowed by: under load a leak of 21,934 MB/hour read
      // 21,682 in its second half, with intervals narrow enough to tell them apart.)
      return {
        ...measured,
        verdict: 'inconclusive',
        reason: `soak too short to decide: ${figure} over the whole run, but only ${mbh(perHour(late.slope))} (95 % interval up to ${mbh(perHour(late.high))}) in its second half: slowing down as a cache filling up does; the detection limit in the second half is ${mbh(perHour(late.halfWidth))}: run longer to tell${ended}`,
      };
    }
    if (fit.slope * 3600 >= F * MB) {
      return { ...measured, verdict: 'leak', soak: { ...measured.soak, tier: 'failure' }, reason: `soak failure (leak): ${figure}, at or above the failure tier of ${mbh(F)}${ended}` };
    }
    return { ...measured, verdict: 'ok', soak: { ...measured.soak, tier: 'warning' }, reason: `soak warning: ${figure}, above the warning tier of ${mbh(W)} and below the failure tier of ${mbh(F)}${ended}` };
  }
  return {
    ...measured,
    verdict: 'inconclusive',
    reason: `soak too short or too noisy to decide: ${figure}, an interval that spans the warning tier of ${mbh(W)}; the detection limit is ${mbh(limit)} (the smallest growth this run could tell from none): run longer${ended}`,
  };
}

/** "0.420 MB/hour", "12.3 MB/hour", "21070 MB/hour": a rate for reasons, tables and the terminal. */
export function mbh(value: number): string {
  return `${rateNumber(value)} MB/hour`;
}

/** A rate's number alone, with the decimals mbh() gives it. */
export function rateNumber(value: number): string {
  const abs = Math.abs(value);
  return value.toFixed(abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3);
}

function duration(seconds: number): string {
  if (seconds >= 3600) return `${(seconds / 3600).toFixed(1)} h`;
  if (seconds >= 60) return `${(seconds / 60).toFixed(1)} min`;
  return `${seconds.toFixed(1)} s`;
}

function medianStep(elapsed: readonly number[]): number {
  const steps = elapsed.slice(1).map((value, i) => value - elapsed[i]!).sort((a, b) => a - b);
  if (steps.length === 0) return 0;
  const middle = steps.length >> 1;
  return steps.length % 2 ? steps[middle]! : (steps[middle - 1]! + steps[middle]!) / 2;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

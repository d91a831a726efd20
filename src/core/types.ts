// The shapes that cross module boundaries. They mirror schemas/report.v1.schema.json and
// schemas/snapshot.v1.schema.json: the schemas are the contract, these types are its TypeScript view.

export type Verdict = 'leak' | 'ok' | 'inconclusive' | 'error';
/**
 * What kind of growth a test showed. `python` and `js-heap` are the ordinary heap leak (traced
 * allocations, with lines) of Python's heap and of a JavaScript heap (V8's); `native` is memory
 * outside the language's heap (no line); `error-path` a heap leak while operations raised;
 * `bounded` growth that levelled off (verdict ok).
 */
export type LeakKind = 'python' | 'js-heap' | 'native' | 'error-path' | 'bounded' | null;

/** Whether a kind is the ordinary heap leak, whichever the runtime: renderers show no kind for it. */
export function isHeapLeakKind(kind: LeakKind | undefined): boolean {
  return kind === 'python' || kind === 'js-heap';
}
export type Change = 'new-leak' | 'still-leaking' | 'fixed' | 'regressed' | 'unchanged' | 'new-test';
export type FailOn = 'new-leak' | 'any-leak' | 'never';

/** Input that could not be used: always names the file and, where known, the JSON pointer. */
export interface Problem {
  file: string;
  pointer?: string;
  message: string;
}

export interface Source {
  file: string;
  line: number;
  function?: string;
  code?: string;
  growth_bytes: number;
  bytes_per_op: number;
  batches_grown: number;
  change?: 'new' | 'existing';
  /** What keeps this source's objects alive, when the collector found it. */
  retainer?: Retainer;
}

/** The long-lived object holding a source's objects: displayed `path (type) ← root`. */
export interface Retainer {
  /** The holder's name from its root: `app.tasks._inflight`, `logging.Logger.manager.loggerDict`. */
  path: string;
  /** The holder's type: `set`, `dict`, `lru_cache`, … */
  type: string;
  /** `module app.tasks`, `class app.jobs.Job`, `closure of f`, `object app.sessions.SessionStore`. */
  root: string;
}

/** An object type a test keeps per operation. */
export interface ObjectGrowth {
  type: string;
  count_per_op: number;
  /** Bytes of those objects (sys.getsizeof, without what they refer to) per operation. */
  bytes_per_op?: number;
}

/** Reference cycles over the judged batches. */
export interface Cycles {
  /** Objects freed only by the cycle collector, per operation. */
  collected_per_op: number;
  /** Objects the cycle collector could not free (gc.garbage). */
  uncollectable: number;
}

export interface TestResult {
  id: string;
  verdict: Verdict;
  kind: LeakKind;
  reason: string;
  snapshot?: string;
  operations: number;
  batches: number;
  errors: number;
  growth_bytes: number;
  growth_per_op_bytes: number;
  rss_growth_per_op_bytes: number | null;
  /** Growth per operation below which the evidence could not tell a leak apart: max(floor, total floor / judged operations). */
  detection_limit_bytes_per_op?: number;
  series: { operations_per_batch: number; traced_bytes: number[]; rss_bytes: (number | null)[] };
  sources: Source[];
  change?: Change;
  baseline?: { verdict: Verdict; growth_per_op_bytes: number };
  /** Object types that grew per operation, largest bytes first (at most 10). */
  object_growth?: ObjectGrowth[];
  /** Objects only the cycle collector freed, and those it could not; absent when there were none. */
  cycles?: Cycles;
  /** A soak's rate (sampled by time, not by batch): see src/core/soak.ts. */
  soak?: SoakResult;
}

export type SoakTier = 'acceptable' | 'warning' | 'failure';

/**
 * A soak's figures (report.v1 `tests[].soak`). Rates are in MB (2^20 bytes) per hour: the OLS slope
 * and its 95 % interval; absent when there were too few samples to fit one. `tier` is absent when
 * the interval could not decide it (the verdict is then inconclusive).
 */
export interface SoakResult {
  /** Seconds from the first judged sample to the last, and between samples. */
  duration_s: number;
  interval_s: number;
  mb_per_hour?: number;
  mb_per_hour_low?: number;
  mb_per_hour_high?: number;
  tier?: SoakTier;
  tiers: { warning_mb_per_hour: number; failure_mb_per_hour: number };
}

export interface BaselineInfo {
  found: boolean;
  /** Why there is no baseline, or anything the reader must know about it. */
  reason?: string;
  commit?: string;
  ref?: string;
  run_url?: string;
  created_at?: string;
  source?: string;
}

export interface Report {
  format: 'memleak-report';
  version: 1;
  status: 'pass' | 'fail';
  status_reason: string;
  /** Absent from reports not written by our analyser (report.v1 does not require it). */
  generated_at?: string;
  tool?: { name?: string; version?: string };
  settings: {
    fail_on: FailOn;
    /** Whether inconclusive and error tests fail the run; absent in reports written before it existed (= false). */
    fail_on_inconclusive?: boolean;
    thresholds: Thresholds;
  };
  summary: {
    tests: number;
    leak: number;
    ok: number;
    inconclusive: number;
    error: number;
    new_leaks: number;
    fixed: number;
  };
  tests: TestResult[];
  baseline?: BaselineInfo;
  missing_tests?: string[];
  problems: Problem[];
  /** The test command's outcome, when the report comes from running it (`memleak run`, the action's run mode). */
  command?: { exit_code: number };
}

/** Floors and limits of the verdicts. Every number is in bytes unless its name says otherwise. */
export interface Thresholds {
  /** Retained growth per operation below which a test is never a leak. */
  min_bytes_per_op: number;
  /** Growth over all judged batches below which a test is never a leak. */
  min_total_bytes: number;
  /** Share of batch-to-batch steps that must grow for a trend to count (0..1). */
  min_growing_share: number;
  /** Per allocation site: growth per operation and total growth for a leaking source. */
  min_source_bytes_per_op: number;
  min_source_total_bytes: number;
  /** Per allocation site: batches in which the site must have grown. */
  min_source_batches: number;
  /** How many leaking sources a test reports at most. */
  max_sources: number;
  /** RSS-only (native) growth per operation and in total. RSS moves in pages, so these are larger. */
  min_native_bytes_per_op: number;
  min_native_total_bytes: number;
  /** Judged batches needed to decide at all. */
  min_batches: number;
  /** A leak is 'regressed' when it grows this many times faster than on the baseline. */
  regression_factor: number;
}

/** One file handed to the core: its name (for messages) and its text. The core never reads files itself. */
export interface InputFile {
  file: string;
  text: string;
}

export interface AnalyzeOptions {
  thresholds?: Partial<Thresholds>;
  failOn?: FailOn;
  /** Count inconclusive and error tests as failures (default false). */
  failOnInconclusive?: boolean;
  /** How the test command that wrote the snapshots ended, when it was run: a failure fails the report. */
  command?: { exit_code: number };
  /** The time stamped on the report (the core never reads the clock). */
  now: Date;
  /** Absolute directory the tests ran in: absolute paths below it (LiteLLM snapshots) are made relative. */
  root?: string;
  toolVersion?: string;
}

export interface CompareOptions {
  failOn?: FailOn;
  /** Default: the head report's setting, else false. */
  failOnInconclusive?: boolean;
  now: Date;
  baseline?: Omit<BaselineInfo, 'found'>;
}

import type { Thresholds } from './types.js';

/**
 * Defaults chosen so that the clean controls of examples/python-app never trip them while a
 * ~100 bytes/operation leak over a few thousand operations still does (BENCHMARKS.md has the
 * false-alarm rate). LiteLLM's 0.1 MB / 50 % / 3 batches were a starting point: a percentage of
 * the starting size says nothing about a leak, so the floors here are absolute.
 */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  min_bytes_per_op: 32,
  min_total_bytes: 16 * 1024,
  min_growing_share: 0.7,
  min_source_bytes_per_op: 16,
  min_source_total_bytes: 8 * 1024,
  min_source_batches: 3,
  max_sources: 10,
  min_native_bytes_per_op: 256,
  min_native_total_bytes: 1024 * 1024,
  min_batches: 4,
  regression_factor: 2,
});

const SHARES = new Set<keyof Thresholds>(['min_growing_share']);
const COUNTS = new Set<keyof Thresholds>(['min_source_batches', 'max_sources', 'min_batches']);

/** A threshold the verdicts cannot work with; `threshold` names it, for pointers and messages. */
export class ThresholdError extends RangeError {
  constructor(readonly threshold: string, message: string) {
    super(message);
    this.name = 'ThresholdError';
  }
}

/**
 * Merges overrides onto the defaults; refuses values that would make the verdicts meaningless.
 * Names come from users (CLI flags, action inputs, a report's settings, the service's query), so
 * only the defaults' own names count: `constructor`, `toString` or `__proto__` are unknown names
 * like any other, not threshold names inherited from Object.prototype.
 */
export function resolveThresholds(overrides: Partial<Thresholds> = {}): Thresholds {
  const resolved: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (const [name, value] of Object.entries(overrides) as [keyof Thresholds, unknown][]) {
    if (value === undefined) continue;
    const refuse = (why: string) => new ThresholdError(name, `threshold "${name}" ${why}`);
    if (!Object.hasOwn(DEFAULT_THRESHOLDS, name)) throw new ThresholdError(name, `unknown threshold "${name}"; known: ${Object.keys(DEFAULT_THRESHOLDS).join(', ')}`);
    // At most 2^53 − 1, as every byte figure of a report (a detection limit is a floor divided by operations).
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > Number.MAX_SAFE_INTEGER) {
      throw refuse(`must be a number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${JSON.stringify(value)}`);
    }
    if (SHARES.has(name) && value > 1) throw refuse(`is a share from 0 to 1, got ${value}`);
    if (COUNTS.has(name) && !Number.isInteger(value)) throw refuse(`must be a whole number, got ${value}`);
    if (name === 'regression_factor' && value < 1) throw refuse(`must be at least 1, got ${value}`);
    resolved[name] = value;
  }
  if (resolved.min_batches < 3) throw new ThresholdError('min_batches', 'threshold "min_batches" must be at least 3: a trend needs two steps');
  return resolved;
}

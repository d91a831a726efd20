// What a leak test is measured with: the helper's options, else the environment the CLI and the
// action set (MEMLEAK_*; the same names as the pytest collector's), else the defaults.

export interface LeakOptions {
  /** Judged batches of the screen (the phase the analyser judges). */
  batches?: number;
  /** Operations per batch. */
  batchSize?: number;
  /** Warm-up batches: run and measured, never judged (lazy initialisation, JIT compilation). */
  warmup?: number;
  /** Count operations that throw instead of failing the test (a leak on the error path). */
  expectErrors?: boolean;
  /** Growth this test may keep on purpose, in bytes per operation and in total. */
  allowBytesPerOp?: number;
  allowTotalBytes?: number;
  /** Where the snapshot goes (default MEMLEAK_SNAPSHOT_DIR, else memory_snapshots). */
  snapshotDir?: string;
}

export interface Settings {
  batches: number;
  batchSize: number;
  warmup: number;
  expectErrors: boolean;
  allowBytesPerOp?: number;
  allowTotalBytes?: number;
  snapshotDir: string;
}

export const DEFAULTS = { batches: 10, batchSize: 200, warmup: 2, snapshotDir: 'memory_snapshots' } as const;

/**
 * Options win over the environment, which wins over the defaults. A malformed environment
 * value is an error naming the variable (it would otherwise be measured with settings the user
 * did not ask for).
 */
export function resolveSettings(options: LeakOptions = {}, env: NodeJS.ProcessEnv = process.env): Settings {
  return {
    batches: options.batches ?? whole(env, 'MEMLEAK_BATCHES', 2) ?? DEFAULTS.batches,
    batchSize: options.batchSize ?? whole(env, 'MEMLEAK_BATCH_SIZE', 1) ?? DEFAULTS.batchSize,
    warmup: options.warmup ?? whole(env, 'MEMLEAK_WARMUP', 0) ?? DEFAULTS.warmup,
    expectErrors: options.expectErrors ?? false,
    ...(options.allowBytesPerOp !== undefined && { allowBytesPerOp: options.allowBytesPerOp }),
    ...(options.allowTotalBytes !== undefined && { allowTotalBytes: options.allowTotalBytes }),
    snapshotDir: options.snapshotDir ?? (env.MEMLEAK_SNAPSHOT_DIR || DEFAULTS.snapshotDir),
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, minimum: number): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum || value > 100_000_000) {
    throw new RangeError(`memleak: ${name}=${JSON.stringify(text)} is not a whole number from ${minimum}`);
  }
  return value;
}

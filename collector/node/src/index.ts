// memleak's Node collector: turns a test body into a leak test (warm-up and judged batches, a
// full collection after each, lines named for suspect tests) and writes one snapshot.v1 file per
// test for `memleak run`, `memleak analyze` and the action to judge.
//
//   import { leakTest } from 'memleak-action/collector';
//   leakTest('cache does not grow', () => cache.get(key()), { batches: 10, batchSize: 200 });
import { test as nodeTest } from 'node:test';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, type Operation } from './measure.js';
import { resolveSettings, type LeakOptions } from './settings.js';
import { collectorInfo, writeSnapshot } from './snapshot.js';
import { isUserFile, originalFile } from './sources.js';
import { setMeasurementFlags } from './gc.js';

setMeasurementFlags();

export type { LeakOptions } from './settings.js';
export type { Operation } from './measure.js';

/**
 * A test-registering function: node:test's `test`, Vitest's `test`/`it`, Jest's `test`. `fn`
 * receives the runner's test context when it gives one (its length is 0, so Jest never takes it
 * for a `done` callback).
 */
export type TestFunction = (name: string, fn: (...context: unknown[]) => Promise<void>) => unknown;

export interface LeakTestOptions extends LeakOptions {
  /** The runner's test function (default node:test's); under Vitest, import from `memleak-action/collector/vitest` instead. */
  test?: TestFunction;
}

/**
 * Registers a leak test named `name` whose operation is `body` (sync or async, called
 * warm-up + batches times batchSize times, then again for attribution when suspect). The test
 * fails when the body throws (unless expectErrors) or the snapshot cannot be written; the
 * verdict itself is the analyser's (`memleak run`), not the test's.
 */
export function leakTest(name: string, body: Operation, options: LeakTestOptions = {}): void {
  const file = callerFile();
  // node:test's test() inside a Vitest worker would run outside Vitest, unreported and
  // measured alongside Vitest's own tests: refuse it, saying what to use. (Vitest's worker
  // state global, not its VITEST variable, which a process started from a test inherits.)
  if (options.test === undefined && '__vitest_worker__' in globalThis) {
    throw new Error(`memleak: leakTest(${JSON.stringify(name)}) runs under Vitest: import { leakTest } from 'memleak-action/collector/vitest'`);
  }
  const register = options.test ?? (nodeTest as unknown as TestFunction);
  register(name, async (...context: unknown[]) => {
    await measureLeak(fullName(context[0]) ?? name, body, { ...options, ...(file !== undefined && { testFile: file }) });
  });
}

/**
 * The test's name with its enclosing suites (`outer > inner > name`), as the runner gives it:
 * node:test's context.fullName (Node 20.16+), Vitest's context.task.fullTestName; undefined
 * when the runner gives neither.
 */
function fullName(context: unknown): string | undefined {
  const given = context as { fullName?: unknown; task?: { fullTestName?: unknown } } | undefined;
  const name = given?.fullName ?? given?.task?.fullTestName;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/** Test ids measured in this process, and how many times: a second test of the same name must not overwrite the first's snapshot. */
const measuredIds = new Map<string, number>();

/**
 * The id under which a test's snapshot is written: `id` the first time, then `id [2]`, `id [3]`…
 * with a warning on stderr. Two tests with one name (copied, or in two suites of a runner that
 * gives no suite names) would otherwise share one file, the second replacing the first: a leak
 * measured first would vanish from the report, a silent pass.
 */
function uniqueId(id: string): string {
  const seen = (measuredIds.get(id) ?? 0) + 1;
  measuredIds.set(id, seen);
  if (seen === 1) return id;
  const unique = `${id} [${seen}]`;
  process.stderr.write(`memleak: ${seen} leak tests are named ${JSON.stringify(id)}: this one is reported as ${JSON.stringify(unique)}; give each a name of its own\n`);
  return unique;
}

/**
 * Measures `body` and writes the test's snapshot; returns the file's path. The test's id is
 * `<file>::<name>`, the file being `testFile` or else the user's file that called measureLeak
 * (relative to the working directory). Rethrows what the body threw after writing a snapshot
 * whose outcome is `failed`. Units: bytes, seconds.
 */
export async function measureLeak(name: string, body: Operation, options: LeakOptions & { testFile?: string } = {}): Promise<string> {
  const settings = resolveSettings(options);
  const root = process.cwd();
  const file = options.testFile ?? callerFile();
  const testFile = file !== undefined ? posix(relative(root, file)) : undefined;
  const id = uniqueId(testFile ? `${testFile}::${name}` : name);
  const result = await measure(body, settings, root);
  const failure = result.error === undefined ? undefined : result.error instanceof Error ? `${result.error.name}: ${result.error.message}` : String(result.error);
  const document = {
    format: 'memleak-snapshot',
    version: 1,
    test: { id, name, ...(testFile !== undefined && { file: testFile }) },
    collector: collectorInfo(),
    created_at: new Date().toISOString(),
    config: {
      batches: settings.batches,
      batch_size: settings.batchSize,
      warmup: settings.warmup,
      expect_errors: settings.expectErrors,
      ...(settings.allowBytesPerOp !== undefined && { allow_bytes_per_op: settings.allowBytesPerOp }),
      ...(settings.allowTotalBytes !== undefined && { allow_total_bytes: settings.allowTotalBytes }),
    },
    root,
    phases: result.phases,
    outcome: failure === undefined ? { status: 'passed' } : { status: 'failed', message: failure.slice(0, 65536) },
  };
  const path = writeSnapshot(settings.snapshotDir, document);
  if (result.error !== undefined) {
    process.stderr.write(`memleak: an operation of ${JSON.stringify(id)} threw, so it was not measured to the end; if the operation is meant to fail, pass expectErrors: true to count its errors and measure the error path\n`);
    throw result.error;
  }
  return path;
}

/** The file that called leakTest or measureLeak (its TypeScript source when mapped): the first frame outside this collector. */
function callerFile(): string | undefined {
  const original = Error.prepareStackTrace;
  try {
    Error.prepareStackTrace = (_, frames) => frames;
    const frames = new Error().stack as unknown as NodeJS.CallSite[];
    for (const frame of frames) {
      const name = frame.getFileName();
      if (!name) continue;
      const path = name.startsWith('file://') ? fileURLToPath(name) : name;
      if (isUserFile(path)) return originalFile(name, path, (frame.getLineNumber() ?? 1) - 1, (frame.getColumnNumber() ?? 1) - 1);
    }
    return undefined;
  } finally {
    Error.prepareStackTrace = original;
  }
}

function posix(path: string): string {
  return path.split(sep).join('/');
}

// The ground truth of the bundled example project (examples/python-app), shared by its detection
// test and the detection benchmark: what each test should get, and which line each Python-visible
// leak should be charged to (the app line that ends in `# memleak: leak`).
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO, runCli } from './cli.js';
import type { Report, TestResult } from '../../src/core/index.js';

export const EXAMPLE = join(REPO, 'examples', 'python-app');

/** The test's own name: the last part of a pytest node id (`tests/test_x.py::test_leak_y` → `test_leak_y`). */
export function testName(id: string): string {
  return id.split('::').pop() ?? id;
}

/**
 * The verdict a test must get, from its name: `leak` for `test_leak_*`, `ok` for `test_clean_*`,
 * null for any other test (not part of the ground truth).
 */
export function expectedVerdict(id: string): 'leak' | 'ok' | null {
  const name = testName(id);
  if (name.startsWith('test_leak_')) return 'leak';
  if (name.startsWith('test_clean_')) return 'ok';
  return null;
}

/**
 * Every marked leak line in an example's application code (app/), as `file:line` relative to the
 * example: `# memleak: leak` in Python files (the default), `// memleak: leak` in TypeScript ones
 * (`markedLines(NODE_EXAMPLE, '.ts')`).
 */
export async function markedLines(example = EXAMPLE, extension = '.py'): Promise<Set<string>> {
  const marked = new Set<string>();
  const marker = extension === '.py' ? /#\s*memleak:\s*leak\b/ : /\/\/\s*memleak:\s*leak\b/;
  for (const entry of await readdir(join(example, 'app'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(extension)) continue;
    const path = join(entry.parentPath, entry.name);
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines.forEach((text, index) => {
      if (marker.test(text)) marked.add(`${relative(example, path)}:${index + 1}`);
    });
  }
  return marked;
}

/** The Node example project (TypeScript, node:test, tests named `leak: …` and `clean: …`). */
export const NODE_EXAMPLE = join(REPO, 'examples', 'node-app');

/** Its test files, relative to it: what its detection test and benchmark run. */
export const NODE_EXAMPLE_TESTS = ['tests/leaks.test.ts', 'tests/clean.test.ts', 'tests/fastify.test.ts'];

/**
 * For a test that should leak and leaks in Python, the top source's `file:line` when it is not a
 * marked line (`(none)` when no source is named); null when the attribution is right or does not
 * apply (clean tests, native leaks, missed leaks).
 */
export function misattribution(test: TestResult, marked: ReadonlySet<string>): string | null {
  if (expectedVerdict(test.id) !== 'leak' || test.verdict !== 'leak' || test.kind === 'native') return null;
  const top = test.sources[0];
  if (!top) return '(none)';
  const where = `${top.file}:${top.line}`;
  return marked.has(where) ? null : where;
}

/**
 * Runs an example project through the bundled CLI, `memleak run --cwd <example> -- <command…>`,
 * with its output and snapshots in a fresh directory; the example leaks on purpose, so the run
 * must exit 1. Returns the report, its tests by name (testName) and the snapshots' directory.
 */
export async function runExample(example: string, command: string[], env: NodeJS.ProcessEnv = {}): Promise<{ report: Report; tests: Map<string, TestResult>; snapshots: string }> {
  const out = await mkdtemp(join(tmpdir(), 'memleak-detection-'));
  const result = await runCli(['run', '--cwd', example, '--out', out, '--snapshot-dir', join(out, 'snapshots'), '--', ...command], { env });
  assert.ok(result.status === 1, `memleak run should find leaks and exit 1, got ${result.status}:\n${result.stderr.slice(-3000)}`);
  const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as Report;
  return { report, tests: new Map(report.tests.map((t) => [testName(t.id), t])), snapshots: join(out, 'snapshots') };
}

/** The tests named with `prefix` (the example's leaks) that were not judged leaks, with why. */
export function missedLeaks(tests: Map<string, TestResult>, prefix: string): string[] {
  return [...tests].filter(([name, t]) => name.startsWith(prefix) && t.verdict !== 'leak').map(([name, t]) => `${name}: ${t.verdict} (${t.reason})`);
}

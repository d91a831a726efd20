// What a CLI call loads before it starts (issue 9): the bundle's own commands run without the
// service's code (HTTP, SQL, JOSE) and without compiling schemas, and the validators generated
// ahead of time by scripts/build.mjs judge bad input exactly as the ones compiled from the schemas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { analyze, parseReport, type InputFile } from '../../src/core/index.js';
import { CLI, runCli } from '../helpers/cli.js';
import { fileOf, linear, snapshotOf } from '../helpers/snapshots.js';

const DIST = dirname(CLI);
const SERVICE_PACKAGES = /node_modules\/(fastify|kysely|pg|jose|pino)\//;

/** The files `entry` imports statically, itself included, transitively. */
async function staticImports(entry: string, seen = new Set<string>()): Promise<string[]> {
  const visit = async (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = await readFile(path, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s*"(\.[^"]+)"/gm)) await visit(join(dirname(path), match[1]!));
  };
  await visit(entry);
  return [...seen];
}

/** dist/cli.js and the files it imports statically: what every CLI call loads. */
const startupFiles = () => staticImports(CLI);

/** What writing a report adds: Chart.js for report.html, loaded on demand. */
async function reportFiles(): Promise<string[]> {
  const chunks = await readdir(join(DIST, 'cli-chunks'));
  const entry = chunks.find((name) => name.startsWith('chart-js-'));
  assert.ok(entry, 'Chart.js is a chunk of its own, loaded only when report.html is written');
  return staticImports(join(DIST, 'cli-chunks', entry));
}

/** Runs a copy of the CLI made of only its startup files. */
function runStartupCopy(dir: string, args: string[], cwd: string) {
  return spawnSync(process.execPath, ['--disallow-code-generation-from-strings', join(dir, 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** A snapshot directory holding a leak, a clean test and bad files of every kind the validators refuse. */
async function mixedSnapshots(): Promise<{ dir: string; files: InputFile[] }> {
  const wrongType = snapshotOf({ id: 'tests/t.py::wrong_type', traced: linear(10, 0, 0) }) as { phases: { batches: { traced_bytes: unknown }[] }[] };
  wrongType.phases[0]!.batches[3]!.traced_bytes = 'lots';
  const negative = snapshotOf({ id: 'tests/t.py::negative', traced: linear(10, 0, 0) }) as { phases: { batches: { operations: number }[] }[] };
  negative.phases[0]!.batches[0]!.operations = -5;
  const missing = snapshotOf({ id: 'tests/t.py::missing', traced: linear(10, 0, 0) }) as { test?: unknown };
  delete missing.test;
  const badTime = { ...snapshotOf({ id: 'tests/t.py::bad_time', traced: linear(10, 0, 0) }), created_at: 'yesterday' };
  const files: InputFile[] = [
    fileOf({ id: 'tests/t.py::leak', traced: linear(10, 1e6, 40_000), sites: [{ file: 'app/cache.py', line: 7, function: 'put', code: 'CACHE[k] = v', sizes: linear(10, 0, 40_000) }] }),
    fileOf({ id: 'tests/t.py::clean', traced: linear(10, 1e6, 0) }),
    { file: 'memory_snapshots/wrong_type.json', text: JSON.stringify(wrongType) },
    { file: 'memory_snapshots/negative.json', text: JSON.stringify(negative) },
    { file: 'memory_snapshots/missing.json', text: JSON.stringify(missing) },
    { file: 'memory_snapshots/bad_time.json', text: JSON.stringify(badTime) },
    { file: 'memory_snapshots/other.json', text: JSON.stringify({ hello: 'world' }) },
    { file: 'memory_snapshots/litellm.json', text: JSON.stringify([{ batch: 0, request: 0, current_mb: 'ten', peak_mb: 1, had_error: false }]) },
  ];
  const dir = await mkdtemp(join(tmpdir(), 'memleak-startup-'));
  await mkdir(join(dir, 'memory_snapshots'));
  for (const file of files) await writeFile(join(dir, file.file), file.text);
  return { dir, files };
}

test('the CLI starts without the service, without compiling schemas and without Chart.js; its own commands work from those files and the report\'s chart library alone', async () => {
  const startup = await startupFiles();
  const files = [...new Set([...startup, ...(await reportFiles())])];
  for (const file of files) assert.ok(!SERVICE_PACKAGES.test(await readFile(file, 'utf8')), `${file} is loaded by the CLI's own commands and holds service code`);
  for (const file of startup) assert.ok(!/Chart\.js v\d/.test(await readFile(file, 'utf8')), `${file} is loaded at startup and holds Chart.js`);
  const chunks = (await readdir(join(DIST, 'cli-chunks'))).map((name) => join(DIST, 'cli-chunks', name));
  const lazy = chunks.filter((chunk) => !files.includes(chunk));
  const lazyText = (await Promise.all(lazy.map((chunk) => readFile(chunk, 'utf8')))).join('\n');
  assert.ok(/node_modules\/fastify\//.test(lazyText), 'the service is still bundled, in the chunks loaded on demand');

  const copy = await mkdtemp(join(tmpdir(), 'memleak-startup-dist-'));
  for (const file of files) {
    await mkdir(dirname(join(copy, file.slice(DIST.length))), { recursive: true });
    await copyFile(file, join(copy, file.slice(DIST.length)));
  }
  const { dir } = await mixedSnapshots();
  const version = runStartupCopy(copy, ['--version'], dir);
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout, (await runCli(['--version'])).stdout);
  const help = runStartupCopy(copy, ['serve', '--help'], dir);
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /MEMLEAK_BODY_LIMIT_BYTES/);
  const alone = runStartupCopy(copy, ['analyze', 'memory_snapshots', '--json'], dir);
  const full = await runCli(['analyze', 'memory_snapshots', '--json'], { cwd: dir });
  assert.equal(alone.status, 1, alone.stderr);
  const withoutTime = (text: string) => ({ ...JSON.parse(text), generated_at: undefined });
  assert.deepEqual(withoutTime(alone.stdout), withoutTime(full.stdout));
  assert.deepEqual(JSON.parse(alone.stdout).tests.map((t: { id: string; verdict: string }) => [t.id, t.verdict]), [['tests/t.py::clean', 'ok'], ['tests/t.py::leak', 'leak']]);
});

test('the validators generated ahead of time refuse the same input with the same pointers as the schemas compiled from source', async () => {
  const { dir, files } = await mixedSnapshots();
  const bundled = await runCli(['analyze', 'memory_snapshots', '--json'], { cwd: dir });
  assert.equal(bundled.status, 1, bundled.stderr);
  // The CLI reads a directory in name order.
  const fromSource = analyze([...files].sort((a, b) => (a.file < b.file ? -1 : 1)), { now: new Date() });
  assert.equal(fromSource.problems.length, 6);
  assert.deepEqual(JSON.parse(bundled.stdout).problems, fromSource.problems);

  const report = JSON.parse(bundled.stdout) as { tests: { id: string }[]; generated_at: string };
  const badReports = {
    'bad-status.json': { ...report, status: 'maybe' },
    'bad-time.json': { ...report, generated_at: 'soon' },
    'no-tests.json': { ...report, tests: undefined },
  };
  for (const [name, value] of Object.entries(badReports)) {
    const text = JSON.stringify(value);
    await writeFile(join(dir, name), text);
    const expected = parseReport({ file: name, text }).problems;
    assert.equal(expected.length, 1, name);
    const result = await runCli(['compare', 'memory_snapshots', name], { cwd: dir });
    assert.equal(result.status, 2, result.stderr);
    assert.ok(result.stderr.includes(`  ${name}: ${expected[0]!.message}\n`), `${name}: ${result.stderr}`);
  }
});

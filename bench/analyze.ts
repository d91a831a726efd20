// `memleak analyze` as a user runs it, a whole process (node dist/cli.js analyze DIR --out OUT:
// start, read, validate, judge, print the table, write report.json and report.md), against the
// floor of a process that only reads and JSON.parses the same files (bench/read-parse.mjs).
// Target: within 1.5× of the floor, on
// - many small files: 1,500 real snapshots, made from one real run of the example project
//   (examples/python-app through the bundled CLI and the real collector), replicated with renamed
//   test ids; and 3,000 of them, to show the cost is linear in files;
// - big files: 1,000 generated snapshots of 10 batches × 200 sources, then 20 batches and 400
//   sources, to show the cost is linear in batches and sources.
// Run: npm run bench -- analyze (MEMLEAK_BENCH_SNAPSHOTS=DIR reuses real snapshots instead of running the
// example; MEMLEAK_BENCH_BEFORE=DIR also measures another build's dist/ for comparison).
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotOf } from '../__tests__/helpers/snapshots.js';
import { bundles, measureProcesses, printFigures } from './processes.js';

const ROUNDS = Number(process.env.MEMLEAK_BENCH_ROUNDS ?? 11);

/** Real snapshots: one run of the example project through the bundled CLI. */
function realSnapshots(work: string): string {
  if (process.env.MEMLEAK_BENCH_SNAPSHOTS) return process.env.MEMLEAK_BENCH_SNAPSHOTS;
  const dir = join(work, 'real');
  const run = spawnSync(process.execPath, ['dist/cli.js', 'run', '--cwd', 'examples/python-app', '--snapshot-dir', dir, '--out', join(work, 'real-out'), '--', 'python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status === 2 || run.status === null) throw new Error(`the example did not run: ${run.stderr.slice(-2000)}`);
  return dir;
}

/** `count` copies of the real snapshots, round robin, each with its own test id and file name. */
async function replicate(from: string, to: string, count: number): Promise<void> {
  const names = (await readdir(from)).filter((name) => name.endsWith('.json')).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(from, name), 'utf8')));
  if (texts.length === 0) throw new Error(`no snapshots in ${from}`);
  await mkdir(to, { recursive: true });
  for (let index = 0; index < count; index++) {
    const snapshot = JSON.parse(texts[index % texts.length]!) as { test: { id: string } };
    snapshot.test.id = `${snapshot.test.id}[copy${index}]`;
    await writeFile(join(to, `${String(index).padStart(5, '0')}-${names[index % names.length]}`), JSON.stringify(snapshot));
  }
}

/** Generated big snapshots: one test in ten leaking at one of its sources. */
async function generate(dir: string, files: number, batches: number, sources: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let f = 0; f < files; f++) {
    const leaking = f % 10 === 0;
    const traced = Array.from({ length: batches }, (_, i) => 5e6 + (leaking ? i * 20_000 : (i * 7919) % 97));
    const sites = Array.from({ length: sources }, (_, s) => ({
      file: `app/module_${s % 40}.py`,
      line: 10 + s,
      function: `function_${s}`,
      code: `value_${s} = compute(${s})`,
      sizes: Array.from({ length: batches }, (_, i) => 1000 + s * 10 + (leaking && s === 0 ? i * 20_000 : (i * s) % 7)),
    }));
    await writeFile(join(dir, `test_case_${f}.json`), JSON.stringify(snapshotOf({ id: `tests/test_bench.py::test_case[${f}]`, traced, sites, operations: 100 })));
  }
}

function compareWithFloor(title: string, dir: string, out: string): void {
  // The CLI exits 1 when it found a leak, as every data set here has.
  const figures = measureProcesses(
    [
      { name: 'read + JSON.parse (floor)', command: process.execPath, args: ['bench/read-parse.mjs', dir] },
      ...bundles().map(({ label, dist }) => ({ name: `memleak analyze${label}`, command: process.execPath, args: [join(dist, 'cli.js'), 'analyze', dir, '--out', out], status: 1 })),
    ],
    ROUNDS,
  );
  console.log(`\n${title}`);
  printFigures(figures);
}

const work = await mkdtemp(join(tmpdir(), 'memleak-bench-analyze-'));
try {
  const real = realSnapshots(work);
  const sizes = [1500, 3000];
  for (const count of sizes) await replicate(real, join(work, `small-${count}`), count);
  for (const count of sizes) compareWithFloor(`${count} small real snapshots (the example's, replicated)`, join(work, `small-${count}`), join(work, 'out'));
  for (const [batches, sources] of [[10, 200], [20, 200], [10, 400]] as const) {
    const dir = join(work, `big-${batches}-${sources}`);
    await generate(dir, 1000, batches, sources);
    compareWithFloor(`1,000 big snapshots × ${batches} batches × ${sources} sources`, dir, join(work, 'out'));
    await rm(dir, { recursive: true, force: true });
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

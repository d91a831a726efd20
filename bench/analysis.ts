// Analysis cost against its floor: `memleak analyze` on 1,000 snapshot files (10 batches, 200
// sources each) versus only reading and JSON.parse-ing the same files, in the same process, in
// alternating rounds so both see the same machine state. Then the same at twice the batches and
// twice the sources, to show the cost is linear in both.
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDirectory } from '../src/shared/files.js';
import { snapshotOf } from '../__tests__/helpers/snapshots.js';
import { median } from '../src/core/statistics.js';

export interface AnalysisFigures {
  files: number;
  batches: number;
  sources: number;
  floorMs: number;
  analyzeMs: number;
  ratio: number;
  perCellNs: number;
}

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
    const snapshot = snapshotOf({ id: `tests/test_bench.py::test_case[${f}]`, traced, sites, operations: 100 });
    await writeFile(join(dir, `test_case_${f}.json`), JSON.stringify(snapshot));
  }
}

async function readAndParse(dir: string): Promise<number> {
  let count = 0;
  for (const name of (await readdir(dir)).sort()) {
    const value = JSON.parse(await readFile(join(dir, name), 'utf8')) as { phases: unknown[] };
    count += value.phases.length;
  }
  return count;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function benchAnalysis(files = 1000, batches = 10, sources = 200, rounds = 5): Promise<AnalysisFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'memleak-bench-'));
  try {
    await generate(dir, files, batches, sources);
    const floor: number[] = [];
    const full: number[] = [];
    const now = new Date();
    await readAndParse(dir); // warm the page cache and the JIT for both sides
    await analyzeDirectory(dir, { now });
    for (let round = 0; round < rounds; round++) {
      floor.push(await timed(() => readAndParse(dir)));
      full.push(await timed(async () => {
        const report = await analyzeDirectory(dir, { now });
        if (report.tests.length !== files) throw new Error(`analysed ${report.tests.length} of ${files} files: ${JSON.stringify(report.problems[0])}`);
      }));
    }
    const floorMs = median(floor);
    const analyzeMs = median(full);
    return { files, batches, sources, floorMs, analyzeMs, ratio: analyzeMs / floorMs, perCellNs: (analyzeMs * 1e6) / (files * batches * sources) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [batches, sources] of [[10, 200], [20, 200], [10, 400]] as const) {
    const figures = await benchAnalysis(1000, batches, sources);
    console.log(JSON.stringify(figures));
  }
}

// Fuzzing the analyser with real snapshots: the LiteLLM-style files in examples/ and the
// snapshots the Python collector writes for examples/python-app (run here through the bundled
// CLI), each case one seeded mutation of one file (__tests__/helpers/fuzz.ts says what each
// mutation must lead to). Every case is analysed, its report validated against report.v1, read
// back and compared, as `memleak analyze` and `compare` would. Counted, all expected zero:
// crashes (anything thrown), hangs (a case over 1 s), memory (a case during which this process,
// harness and corpus included, held over 256 MiB resident at its peak: Linux's VmHWM, reset per case),
// silent accepts (a file that should be refused, or an entry left out, was not), false refusals
// (a valid file was refused), invalid reports.
// Run: node --expose-gc --import tsx bench/fuzz.ts [cases] [first-seed]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze, compare, parseReport, type Report } from '../src/core/index.js';
import { MAX_SNAPSHOT_BYTES } from '../src/shared/files.js';
import { validateReport } from '../src/core/validate.js';
import { brokenExpectations, HEAVY_MUTATIONS, inexactPointers, mutate, seeded, type Json } from '../__tests__/helpers/fuzz.js';

const HANG_MS = 1000;
const MEMORY_LIMIT_MIB = 256;
/** Share of cases given a heavy mutation (large or deep files). */
const HEAVY_SHARE = 0.05;
const ROOT = resolve('examples/python-app');

interface CorpusFile {
  name: string;
  value: Json;
}

/** The examples' LiteLLM-style files, and the snapshots the collector writes for the example project. */
function corpus(): { files: CorpusFile[]; collectorFiles: number } {
  const files: CorpusFile[] = [];
  const read = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.json')).sort()) {
      files.push({ name: `${prefix}/${name}`, value: JSON.parse(readFileSync(join(dir, name), 'utf8')) as Json });
    }
  };
  read('examples/litellm-style/memory_snapshots', 'litellm');
  const out = mkdtempSync(join(tmpdir(), 'memleak-fuzz-'));
  try {
    const python = existsSync('.cache/venv/bin/python3') ? resolve('.cache/venv/bin/python3') : 'python3';
    const run = spawnSync(process.execPath, ['dist/cli.js', 'run', '--cwd', 'examples/python-app', '--out', join(out, 'report'), '--snapshot-dir', join(out, 'snapshots'), '--json', '--', python, '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status === 2 || !existsSync(join(out, 'snapshots'))) throw new Error(`the example project did not run: ${run.stderr.slice(-2000)}`);
    const before = files.length;
    read(join(out, 'snapshots'), 'collector');
    return { files, collectorFiles: files.length - before };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Resident memory now and its peak since the last reset, in MiB (Linux /proc; elsewhere the process's peak). */
function residentMiB(): { now: number; peak: number } {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const field = (name: string) => Number(status.split('\n').find((line) => line.startsWith(`${name}:`))!.replace(/\D+/g, '')) / 1024;
    return { now: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    const peak = process.resourceUsage().maxRSS / 1024;
    return { now: process.memoryUsage().rss / 2 ** 20, peak };
  }
}

/** Makes VmHWM start again from the current resident size (Linux: clear_refs 5). */
function resetPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Without /proc the peak is the process's: a case can only be blamed for raising it.
  }
}

function valid(report: Report): boolean {
  return validateReport(JSON.parse(JSON.stringify(report)));
}

export function benchFuzz(cases = 10_000, firstSeed = 1) {
  const { files, collectorFiles } = corpus();
  const now = new Date();
  const figures = { cases, corpus: files.length, collectorFiles, crashes: 0, hangs: 0, memoryOver: 0, silentAccepts: 0, falseRefusals: 0, wrongPointers: 0, invalidReports: 0, slowestMs: 0, slowestCase: '', startMiB: 0, peakMiB: 0, peakCase: '', seconds: 0, byMutation: {} as Record<string, number> };
  const details: string[] = [];
  // Half the cases of each format, though the collector wrote most files.
  const litellm = files.filter((file) => Array.isArray(file.value));
  const collector = files.filter((file) => !Array.isArray(file.value));
  figures.startMiB = Math.round(residentMiB().now);
  const started = process.hrtime.bigint();
  for (let seed = firstSeed; seed < firstSeed + cases; seed++) {
    const random = seeded(seed);
    const source = random.pick(random.chance(0.5) ? litellm : collector);
    const heavy = random.chance(HEAVY_SHARE);
    const mutated = mutate(random, source.value, `memory_snapshots/${source.name}`, ROOT, heavy ? HEAVY_MUTATIONS : undefined);
    figures.byMutation[mutated.mutation] = (figures.byMutation[mutated.mutation] ?? 0) + 1;
    const label = `seed ${seed} (${mutated.mutation} of ${source.name})`;
    // Before a large case, collect the garbage of earlier ones so it cannot hide this one's memory.
    if (heavy) (globalThis as { gc?: () => void }).gc?.();
    resetPeak();
    const caseStart = process.hrtime.bigint();
    try {
      const report = analyze([mutated.file], { now, root: ROOT });
      if (!valid(report)) {
        figures.invalidReports += 1;
        details.push(`${label}: invalid report ${JSON.stringify(validateReport.errors?.[0]).slice(0, 300)}`);
      }
      const back = parseReport({ file: 'report.json', text: JSON.stringify(report) });
      if (back.report && !valid(compare(back.report, back.report, { now }))) figures.invalidReports += 1;
      const expectations = new Map([[mutated.file.file, { mutation: mutated.mutation, expect: mutated.expect }]]);
      for (const broken of [...brokenExpectations(report, [mutated.file], expectations), ...inexactPointers(report.problems, [mutated.file])]) {
        if (/silently accepted/.test(broken)) figures.silentAccepts += 1;
        else if (/should be accepted/.test(broken)) figures.falseRefusals += 1;
        else figures.wrongPointers += 1;
        details.push(`${label}: ${broken.slice(0, 400)}`);
      }
    } catch (error) {
      figures.crashes += 1;
      details.push(`${label}: threw ${error instanceof Error ? error.stack?.slice(0, 600) : String(error)}`);
    }
    const ms = Number(process.hrtime.bigint() - caseStart) / 1e6;
    if (ms > figures.slowestMs) Object.assign(figures, { slowestMs: Math.round(ms), slowestCase: label });
    if (ms > HANG_MS) {
      figures.hangs += 1;
      details.push(`${label}: took ${Math.round(ms)} ms`);
    }
    const peak = residentMiB().peak;
    if (peak > figures.peakMiB) Object.assign(figures, { peakMiB: Math.round(peak), peakCase: label });
    if (peak > MEMORY_LIMIT_MIB) {
      figures.memoryOver += 1;
      details.push(`${label}: resident memory peaked at ${Math.round(peak)} MiB`);
    }
  }
  figures.seconds = Math.round(Number(process.hrtime.bigint() - started) / 1e7) / 100;
  return { figures, details, files };
}

/**
 * Linearity on adversarial traceback lines: the same 4 MiB of 'File "File "…' analysed as short
 * lines (512 characters) and as lines of the schema's longest (8,190): with time linear in a
 * line's length both take about as long; with the old pattern, quadratic, the long lines take
 * ~16× longer. The old pattern is timed on the same lines for reference (best of 3 rounds each).
 */
export function benchLinearity() {
  const OLD_PATTERN = /File "(.+)", line (\d+)/;
  const TOTAL = 4 * 1024 * 1024;
  const best = (work: () => void) => Math.min(...[0, 1, 2].map(() => {
    const start = process.hrtime.bigint();
    work();
    return Number(process.hrtime.bigint() - start) / 1e6;
  }));
  const now = new Date();
  const row = (length: number) => {
    const line = 'File "'.repeat(Math.floor(length / 6));
    const perEntry = 8;
    const entries = Array.from({ length: Math.ceil(TOTAL / (line.length * perEntry)) + 1 }, (_, batch) => ({ batch, current_mb: 1, top_consumers: Array.from({ length: perEntry }, () => ({ file: line, size_mb: 1 })) }));
    const file = { file: 'memory_snapshots/adversarial.json', text: JSON.stringify(entries) };
    const lines = entries.flatMap((entry) => entry.top_consumers.map((consumer) => consumer.file));
    return { length: line.length, megabytes: Math.round(file.text.length / 1e5) / 10, analyzeMs: Math.round(best(() => analyze([file], { now }))), oldPatternMs: Math.round(best(() => lines.forEach((text) => OLD_PATTERN.exec(text)))) };
  };
  const short = row(512);
  const long = row(8190);
  return { short, long, ratio: Math.round((long.analyzeMs / short.analyzeMs) * 100) / 100, oldPatternRatio: Math.round((long.oldPatternMs / short.oldPatternMs) * 10) / 10 };
}

/**
 * A real file of each format grown to just under the 64 MiB cap (LiteLLM: its batches repeated
 * with new numbers; collector: the last phase's batches repeated, up to the schema's 100,000),
 * analysed in a fresh process, against the floor of only reading and JSON.parse-ing it in
 * another fresh process: time and peak RSS of each.
 */
function benchAtTheCap(files: CorpusFile[]) {
  const dir = mkdtempSync(join(tmpdir(), 'memleak-fuzz-cap-'));
  try {
    const litellm = files.find((file) => file.name.endsWith('fake_completion_spend_log_leak.json'))!.value as { batch: number }[];
    const span = Math.max(...litellm.map((entry) => entry.batch)) + 1;
    const parts: string[] = [];
    let size = 2;
    for (let copy = 0; size < MAX_SNAPSHOT_BYTES - 1e6 && (copy + 1) * span <= 100_000; copy++) {
      const part = JSON.stringify(litellm.map((entry) => ({ ...entry, batch: entry.batch + copy * span }))).slice(1, -1);
      parts.push(part);
      size += part.length + 1;
    }
    writeFileSync(join(dir, 'litellm.json'), `[${parts.join(',')}]`);
    const collector = files.filter((file) => !Array.isArray(file.value)).sort((a, b) => JSON.stringify(b.value).length - JSON.stringify(a.value).length)[0]!;
    const snapshot = structuredClone(collector.value) as { phases: { batches: Json[]; sites?: { sizes: Json[]; counts?: Json[] }[] }[] };
    const phase = snapshot.phases.at(-1)!;
    const times = Math.min(Math.floor(100_000 / phase.batches.length), Math.floor(MAX_SNAPSHOT_BYTES / JSON.stringify(snapshot).length));
    const grow = <T>(items: T[]) => Array.from({ length: times }, () => items).flat();
    phase.batches = grow(phase.batches);
    for (const site of phase.sites ?? []) {
      site.sizes = grow(site.sizes);
      if (site.counts) site.counts = grow(site.counts);
    }
    writeFileSync(join(dir, 'collector.json'), JSON.stringify(snapshot));
    const measure = (mode: string, file: string) => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/fuzz.ts', mode, file], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(child.stderr);
      return JSON.parse(child.stdout) as { ms: number; peakRssMiB: number; tests?: number; problems?: number };
    };
    return ['litellm.json', 'collector.json'].map((name) => {
      const file = join(dir, name);
      return { file: name, megabytes: Math.round(readFileSync(file).length / 1e5) / 10, floor: measure('parse-only', file), analyze: measure('analyze-only', file) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One measurement in this fresh process: read and parse only, or read and analyse. */
function measureOnce(mode: string, file: string) {
  const start = process.hrtime.bigint();
  const text = readFileSync(file, 'utf8');
  const result = mode === 'parse-only' ? { parsed: JSON.parse(text) as unknown } : { report: analyze([{ file, text }], { now: new Date() }) };
  const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
  const report = 'report' in result ? result.report : undefined;
  console.log(JSON.stringify({ ms, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), ...(report && { tests: report.tests.length, problems: report.problems.length }) }));
}

if (import.meta.url === `file://${process.argv[1]}` && (process.argv[2] === 'parse-only' || process.argv[2] === 'analyze-only')) {
  measureOnce(process.argv[2], process.argv[3]!);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchLinearity()));
  const { figures, details, files } = benchFuzz(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 1));
  console.log(JSON.stringify(figures));
  console.log(JSON.stringify(benchAtTheCap(files)));
  for (const line of details.slice(0, 40)) console.log(line);
  const failures = figures.crashes + figures.hangs + figures.memoryOver + figures.silentAccepts + figures.falseRefusals + figures.wrongPointers + figures.invalidReports;
  console.log(failures === 0 ? 'fuzz: no crash, hang, memory blow-up, silent accept, false refusal or invalid report' : `fuzz: ${failures} failures`);
  process.exit(failures === 0 ? 0 : 1);
}

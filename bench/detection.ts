// Detection over repeated runs: the whole example project (examples/python-app) run through the
// bundled CLI with the real collector, several rounds. A clean control with any verdict other
// than ok is a false alarm; a leak test with any other verdict than leak is a miss; a Python
// leak whose top source is not its marked line is misattributed. Per round it reports those
// counts and the wall time; per test, its verdicts over the rounds and the time it took.
//
// Time per test is the collector's own measurement time: the sum of the batch durations in the
// test's snapshot (every phase, warm-up included), so pytest's start-up and fixture set-up are
// left out. The interpreter is $PYTHON, else .cache/venv/bin/python3 (the test-only extras the
// example's web, ORM and template tests need), else python3; tests whose extra is missing are
// skipped by pytest and show up here as fewer tests measured.
//
// Run: node --import tsx bench/detection.ts [rounds]   (prints Markdown tables, then the JSON)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownTable } from 'markdown-table';
import { EXAMPLE, expectedVerdict, markedLines, misattribution } from '../__tests__/helpers/example-truth.js';
import { REPO } from '../__tests__/helpers/cli.js';
import { median } from '../src/core/statistics.js';
import type { Report, TestResult } from '../src/core/index.js';

export interface RoundFigures {
  round: number;
  /** Wall time of the whole `memleak run`, seconds. */
  seconds: number;
  /** Tests in the report that are part of the ground truth (test_leak_* and test_clean_*). */
  tests: number;
  falseAlarms: number;
  misses: number;
  misattributed: number;
  details: string[];
  /** Each ground-truth test of the round: its verdict, whether it was wrong, its measurement time. */
  outcomes: { id: string; verdict: string; wrong: boolean; seconds: number | null }[];
}

export interface TestFigures {
  id: string;
  expected: 'leak' | 'ok';
  /** How often each verdict came out, over the rounds the test was measured in. */
  verdicts: Record<string, number>;
  /** Rounds in which the verdict was not the expected one, or a leak was charged to another line. */
  wrong: number;
  /** Median and largest measurement time over the rounds, seconds (sum of the snapshot's batch durations). */
  medianSeconds: number;
  maxSeconds: number;
}

export interface DetectionFigures {
  rounds: number;
  python: string;
  cleanVerdicts: number;
  falseAlarms: number;
  falseAlarmRate: number;
  leakVerdicts: number;
  misses: number;
  missRate: number;
  misattributed: number;
  secondsPerRound: number;
  perRound: RoundFigures[];
  perTest: TestFigures[];
}

/** The interpreter the example runs under: see the header. */
export function examplePython(): string {
  if (process.env.PYTHON) return process.env.PYTHON;
  const venv = join(REPO, '.cache', 'venv', 'bin', 'python3');
  return existsSync(venv) ? venv : 'python3';
}

/** Seconds the collector spent measuring one test: the sum of every batch's duration_s in its snapshot; null without one. */
export function measuredSeconds(test: TestResult): number | null {
  if (!test.snapshot || !existsSync(test.snapshot)) return null;
  const snapshot = JSON.parse(readFileSync(test.snapshot, 'utf8')) as { phases?: { batches?: { duration_s?: number }[] }[] };
  let seconds = 0;
  for (const phase of snapshot.phases ?? []) for (const batch of phase.batches ?? []) seconds += batch.duration_s ?? 0;
  return seconds;
}

/** Scores one report against the ground truth (what was wrong, and why, in `details`). */
export function scoreRound(round: number, seconds: number, report: Report, marked: ReadonlySet<string>): RoundFigures {
  const figures: RoundFigures = { round, seconds, tests: 0, falseAlarms: 0, misses: 0, misattributed: 0, details: [], outcomes: [] };
  for (const test of report.tests) {
    const expected = expectedVerdict(test.id);
    if (expected === null) continue;
    figures.tests += 1;
    let problem: string | null = null;
    if (test.verdict !== expected) {
      if (expected === 'ok') figures.falseAlarms += 1;
      else figures.misses += 1;
      problem = `${expected === 'ok' ? 'false alarm' : 'missed'} ${test.id}: ${test.verdict} (${test.reason})`;
    } else {
      const wrongLine = misattribution(test, marked);
      if (wrongLine !== null) {
        figures.misattributed += 1;
        problem = `misattributed ${test.id}: top source ${wrongLine}, not its marked line`;
      }
    }
    if (problem !== null) figures.details.push(`round ${round}: ${problem}`);
    figures.outcomes.push({ id: test.id, verdict: test.verdict, wrong: problem !== null, seconds: measuredSeconds(test) });
  }
  return figures;
}

export async function benchDetection(rounds = 5): Promise<DetectionFigures> {
  const python = examplePython();
  const marked = await markedLines();
  const perRound: RoundFigures[] = [];
  const history = new Map<string, { expected: 'leak' | 'ok'; verdicts: Record<string, number>; wrong: number; seconds: number[] }>();
  for (let round = 1; round <= rounds; round++) {
    const out = mkdtempSync(join(tmpdir(), 'memleak-detection-bench-'));
    const started = Date.now();
    const run = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'run', '--cwd', EXAMPLE, '--out', out, '--snapshot-dir', join(out, 'snapshots'), '--json', '--', python, '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = (Date.now() - started) / 1000;
    if (run.status === 2 || !existsSync(join(out, 'report.json'))) throw new Error(`the example did not run (exit ${run.status}): ${run.stderr.slice(-2000)}`);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    const figures = scoreRound(round, seconds, report, marked);
    perRound.push(figures);
    for (const outcome of figures.outcomes) {
      const entry = history.get(outcome.id) ?? { expected: expectedVerdict(outcome.id)!, verdicts: {}, wrong: 0, seconds: [] };
      entry.verdicts[outcome.verdict] = (entry.verdicts[outcome.verdict] ?? 0) + 1;
      if (outcome.wrong) entry.wrong += 1;
      if (outcome.seconds !== null) entry.seconds.push(outcome.seconds);
      history.set(outcome.id, entry);
    }
  }
  const perTest: TestFigures[] = [...history].map(([id, entry]) => ({
    id,
    expected: entry.expected,
    verdicts: entry.verdicts,
    wrong: entry.wrong,
    medianSeconds: entry.seconds.length ? median(entry.seconds) : 0,
    maxSeconds: entry.seconds.length ? Math.max(...entry.seconds) : 0,
  })).sort((a, b) => b.wrong - a.wrong || b.medianSeconds - a.medianSeconds);
  const cleanVerdicts = perTest.filter((t) => t.expected === 'ok').reduce((sum, t) => sum + Object.values(t.verdicts).reduce((a, b) => a + b, 0), 0);
  const leakVerdicts = perTest.filter((t) => t.expected === 'leak').reduce((sum, t) => sum + Object.values(t.verdicts).reduce((a, b) => a + b, 0), 0);
  const falseAlarms = perRound.reduce((sum, r) => sum + r.falseAlarms, 0);
  const misses = perRound.reduce((sum, r) => sum + r.misses, 0);
  return {
    rounds,
    python,
    cleanVerdicts,
    falseAlarms,
    falseAlarmRate: cleanVerdicts ? falseAlarms / cleanVerdicts : 0,
    leakVerdicts,
    misses,
    missRate: leakVerdicts ? misses / leakVerdicts : 0,
    misattributed: perRound.reduce((sum, r) => sum + r.misattributed, 0),
    secondsPerRound: perRound.reduce((sum, r) => sum + r.seconds, 0) / Math.max(1, rounds),
    perRound,
    perTest,
  };
}

/** The figures as Markdown: one row per round, then one per test (wrong ones and slow ones first). */
export function detectionTables(figures: DetectionFigures): string {
  const rounds = markdownTable([
    ['round', 'tests', 'false alarms', 'misses', 'misattributed', 'wall time'],
    ...figures.perRound.map((r) => [String(r.round), String(r.tests), String(r.falseAlarms), String(r.misses), String(r.misattributed), `${r.seconds.toFixed(1)} s`]),
  ], { align: ['r', 'r', 'r', 'r', 'r', 'r'] });
  const tests = markdownTable([
    ['test', 'expected', 'verdicts', 'wrong', 'time (median)', 'time (max)'],
    ...figures.perTest.map((t) => [t.id, t.expected, Object.entries(t.verdicts).map(([verdict, count]) => `${verdict} ×${count}`).join(', '), String(t.wrong), `${t.medianSeconds.toFixed(2)} s`, `${t.maxSeconds.toFixed(2)} s`]),
  ], { align: ['l', 'l', 'l', 'r', 'r', 'r'] });
  return `${rounds}\n\n${tests}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchDetection(Number(process.argv[2] ?? 5));
  console.log(`python: ${figures.python}\n`);
  console.log(detectionTables(figures));
  for (const line of figures.perRound.flatMap((r) => r.details)) console.log(line);
  console.log(JSON.stringify({ ...figures, perTest: undefined, perRound: figures.perRound.map(({ details, outcomes, ...rest }) => rest) }));
}

// `memleak judge --stdio`: the analysis core as a long-lived process for the pytest plugin, so a
// test run under plain pytest gets the same verdict as `memleak run` (one implementation, here).
// Protocol: one snapshot path per line on standard input; one JSON line per path on standard
// output, in order: {"snapshot": path, "test": TestResult | null, "problems": Problem[]}.
// `test` is null when the file could not be read or is not a valid snapshot (problems say why).
// The process ends when standard input closes.
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { analyze, resolveThresholds, type Problem, type TestResult, type Thresholds } from '../core/index.js';
import { readSnapshotFile } from '../shared/files.js';
import { UsageError } from './exit-codes.js';
import { addThresholdOptions, thresholdsFrom, type AnalysisFlags } from './options.js';
import { TOOL_VERSION } from './version.js';

interface JudgeFlags extends Pick<AnalysisFlags, 'minBytesPerOp' | 'minTotalBytes' | 'threshold'> {
  stdio?: boolean;
}

export interface JudgeAnswer {
  snapshot: string;
  test: TestResult | null;
  problems: Problem[];
}

export function registerJudge(program: Command): void {
  addThresholdOptions(
    program
      .command('judge')
      .summary('judge snapshots one at a time for the pytest plugin (reads paths on stdin)')
      .description('Reads one snapshot path per line on standard input and answers each with one JSON line: {"snapshot", "test" (the verdict, as in report.json), "problems"}. Used by the pytest plugin to fail a leaking test inside plain pytest.')
      .option('--stdio', 'read paths from standard input, answer on standard output (required)'),
  ).action(async (flags: JudgeFlags) => {
    if (!flags.stdio) throw new UsageError('judge: only --stdio is supported (paths on standard input, JSON lines on standard output)');
    const thresholds = thresholdsFrom(flags);
    resolveThresholds(thresholds); // a bad threshold stops here, once, not on every snapshot
    await serve(thresholds);
  });
}

async function serve(thresholds: Partial<Thresholds>): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const path = line.trim();
    if (!path) continue;
    process.stdout.write(JSON.stringify(await judge(path, thresholds)) + '\n');
  }
}

/** The verdict on one snapshot file, exactly as `memleak analyze` would give it. */
export async function judge(path: string, thresholds: Partial<Thresholds>): Promise<JudgeAnswer> {
  const { file, problems } = await readSnapshotFile(resolve(path));
  if (!file) return { snapshot: path, test: null, problems };
  const report = analyze([file], { now: new Date(), thresholds, root: process.cwd(), toolVersion: TOOL_VERSION });
  return { snapshot: path, test: report.tests[0] ?? null, problems: [...problems, ...report.problems] };
}

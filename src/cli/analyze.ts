// `memleak analyze DIR`: judges snapshots that already exist (from our collector or a LiteLLM-style suite).
import type { Command } from 'commander';
import { analyzeDirectory } from '../shared/files.js';
import { addAnalysisOptions, thresholdsFrom, type AnalysisFlags } from './options.js';
import { publish } from './output.js';
import { reportProblemsOnly } from './shared.js';
import { TOOL_VERSION } from './version.js';

export function registerAnalyze(program: Command): void {
  addAnalysisOptions(
    program
      .command('analyze')
      .summary('analyse existing snapshot files')
      .argument('<dir>', 'directory of snapshot JSON files (ours or LiteLLM-style memory_snapshots/)'),
  ).action(async (dir: string, flags: AnalysisFlags) => {
    const now = new Date();
    const report = await analyzeDirectory(dir, { now, thresholds: thresholdsFrom(flags), failOn: flags.failOn, failOnInconclusive: flags.failOnInconclusive, root: process.cwd(), toolVersion: TOOL_VERSION });
    if (report.tests.length === 0) {
      process.exitCode = reportProblemsOnly(report, `no valid snapshot in ${dir}`);
      return;
    }
    process.exitCode = await publish(report, flags, now);
  });
}

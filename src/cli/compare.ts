// `memleak compare BASE HEAD`: the comparison CI makes, between two reports or snapshot directories.
import type { Command } from 'commander';
import { compare } from '../core/index.js';
import { readReportOrDirectory } from '../shared/files.js';
import { addAnalysisOptions, thresholdsFrom, type AnalysisFlags } from './options.js';
import { publish } from './output.js';
import { reportProblemsOnly } from './shared.js';
import { TOOL_VERSION } from './version.js';

export function registerCompare(program: Command): void {
  addAnalysisOptions(
    program
      .command('compare')
      .summary('compare a head run with a baseline')
      .argument('<base>', 'the baseline: a report.json, a `memleak run` output directory, or a snapshot directory')
      .argument('<head>', 'the head: same kinds as <base>'),
  ).action(async (basePath: string, headPath: string, flags: AnalysisFlags) => {
    const now = new Date();
    const options = { now, thresholds: thresholdsFrom(flags), failOn: flags.failOn, failOnInconclusive: flags.failOnInconclusive, root: process.cwd(), toolVersion: TOOL_VERSION };
    const head = await readReportOrDirectory(headPath, options);
    if (!head.report) {
      process.exitCode = reportProblemsOnly(head, `the head ${headPath} could not be read`);
      return;
    }
    const base = await readReportOrDirectory(basePath, options);
    const reason = base.problems.map((p) => `${p.file}: ${p.message}`).join('; ');
    const report = compare(base.report ?? null, head.report, {
      now,
      failOn: flags.failOn,
      failOnInconclusive: flags.failOnInconclusive,
      baseline: base.report ? { source: basePath } : { reason: `the baseline could not be read (${reason}): every leak counts as new` },
    });
    process.exitCode = await publish(report, flags, now);
  });
}

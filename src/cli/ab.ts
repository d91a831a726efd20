// `memleak ab INPUT --label A --label B`: two implementations or configurations measured in the
// same run, side by side (see core/ab.ts for how tests are paired by label).
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { compareLabels } from '../core/ab.js';
import { renderAbMarkdown, renderAbTerminal } from '../core/render/ab.js';
import { renderHtml, renderMarkdown } from '../core/render/index.js';
import { readReportOrDirectory } from '../shared/files.js';
import { UsageError } from './exit-codes.js';
import { addAnalysisOptions, thresholdsFrom, type AnalysisFlags } from './options.js';
import { exitCodeOf } from './output.js';
import { reportProblemsOnly } from './shared.js';
import { TOOL_VERSION } from './version.js';

interface AbFlags extends AnalysisFlags {
  label: string[];
}

export function registerAb(program: Command): void {
  addAnalysisOptions(
    program
      .command('ab')
      .summary('compare two labelled implementations measured in the same run (A vs B)')
      .argument('<input>', 'a report.json, a `memleak run` output directory, or a snapshot directory')
      .requiredOption('--label <label...>', 'the two labels, A then B, as they appear in the parametrized test ids (test_get[A], test_get[B])'),
  ).action(async (input: string, flags: AbFlags) => {
    if (flags.label.length !== 2) throw new UsageError(`--label takes exactly two labels (A then B), got ${flags.label.length}`);
    const now = new Date();
    const read = await readReportOrDirectory(input, { now, thresholds: thresholdsFrom(flags), failOn: flags.failOn, failOnInconclusive: flags.failOnInconclusive, root: process.cwd(), toolVersion: TOOL_VERSION });
    if (!read.report) {
      process.exitCode = reportProblemsOnly(read, `${input} could not be read`);
      return;
    }
    const [a, b] = flags.label as [string, string];
    const comparison = compareLabels(read.report.tests, a, b);
    if (comparison.rows.length === 0) throw new UsageError(`no test in ${input} has both labels "${a}" and "${b}" in its parameter id (e.g. test_get[${a}] and test_get[${b}])`);
    await mkdir(flags.out, { recursive: true });
    await writeFile(join(flags.out, 'report.json'), JSON.stringify(read.report, null, 2) + '\n');
    await writeFile(join(flags.out, 'report.md'), `${renderMarkdown(read.report, { now, allTests: true, audience: 'local' })}\n${renderAbMarkdown(comparison)}`);
    const { readChartJs } = await import('../shared/chart-js.js');
    await writeFile(join(flags.out, 'report.html'), renderHtml(read.report, { now, chartJs: readChartJs(), ab: comparison }));
    if (flags.json) process.stdout.write(JSON.stringify(comparison, null, 2) + '\n');
    else process.stdout.write(`${renderAbTerminal(comparison)}\n`);
    process.stderr.write(`Report written to ${join(flags.out, 'report.json')}, report.md and report.html\n`);
    process.exitCode = exitCodeOf(read.report);
  });
}

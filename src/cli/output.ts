// Writing a report where the user asked, and printing it: the same for run, analyze and compare.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../core/index.js';
import { failureCauses } from '../core/status.js';
import { renderHtml, renderMarkdown } from '../core/render/index.js';
import { renderTerminal } from './terminal.js';
import { EXIT, EXIT_MEANING } from './exit-codes.js';

export interface Output {
  out: string;
  json?: boolean;
}

/** Writes report.json, report.md and report.html, prints the table (or the JSON), and returns the exit status, which the table explains. */
export async function publish(report: Report, output: Output, now: Date): Promise<number> {
  const code = exitCodeOf(report);
  await mkdir(output.out, { recursive: true });
  await writeFile(join(output.out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  await writeFile(join(output.out, 'report.md'), renderMarkdown(report, { now, allTests: true, audience: 'local' }));
  // Chart.js (~200 KB of text) is loaded only here, so commands that write no report never parse it.
  const { readChartJs } = await import('../shared/chart-js.js');
  await writeFile(join(output.out, 'report.html'), renderHtml(report, { now, chartJs: readChartJs() }));
  if (output.json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return code;
  }
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  process.stdout.write(`${renderTerminal(report, colour)}\nExit status ${code}: ${EXIT_MEANING[code]}.\n`);
  process.stderr.write(`Report written to ${join(output.out, 'report.json')}, report.md and report.html (open it in a browser: a chart per test)\n`);
  return code;
}

/** The exit status of a judged report: its most urgent failure cause (a leak, the command, unjudged tests), else 0. */
export function exitCodeOf(report: Report): number {
  const cause = failureCauses(report)[0];
  if (cause === 'leak') return EXIT.leak;
  if (cause === 'command') return EXIT.commandFailed;
  if (cause === 'unjudged') return EXIT.unjudged;
  return EXIT.pass;
}

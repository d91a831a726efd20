// Writing a report where the user asked, and printing it: the same for run, analyze and compare.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../core/index.js';
import { renderMarkdown } from '../core/render/index.js';
import { renderTerminal } from './terminal.js';
import { EXIT } from './exit-codes.js';

export interface Output {
  out: string;
  json?: boolean;
}

export async function publish(report: Report, output: Output, now: Date): Promise<void> {
  await mkdir(output.out, { recursive: true });
  await writeFile(join(output.out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  await writeFile(join(output.out, 'report.md'), renderMarkdown(report, { now, allTests: true }));
  if (output.json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  process.stdout.write(renderTerminal(report, colour) + '\n');
  process.stderr.write(`Report written to ${join(output.out, 'report.json')} and report.md\n`);
}

export function exitCodeOf(report: Report): number {
  return report.status === 'fail' ? EXIT.leak : EXIT.pass;
}

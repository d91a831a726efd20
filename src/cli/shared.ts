import type { Report } from '../core/index.js';
import { EXIT, UsageError } from './exit-codes.js';

export function wholeNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`${flag} takes a whole number ≥ 0, got "${raw}"`);
  return value;
}

/** Nothing valid to judge: say why, list each input problem, exit 2. */
export function reportProblemsOnly(report: Pick<Report, 'problems'>, why: string): number {
  process.stderr.write(`memleak: no valid input: ${why}\n`);
  for (const problem of report.problems) process.stderr.write(`  ${problem.file}: ${problem.message}\n`);
  return EXIT.usage;
}

// Options shared by run, analyze and compare: the fail-on policy and the analysis thresholds.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_THRESHOLDS, type FailOn, type Thresholds } from '../core/index.js';
import { UsageError } from './exit-codes.js';

export const FAIL_ON: readonly FailOn[] = ['new-leak', 'any-leak', 'never'];

export interface AnalysisFlags {
  failOn: FailOn;
  failOnInconclusive: boolean;
  out: string;
  threshold?: string[];
  minBytesPerOp?: string;
  minTotalBytes?: string;
  json?: boolean;
}

export function addAnalysisOptions(command: Command): Command {
  return addThresholdOptions(
    command
      .option('--out <dir>', 'where report.json, report.md and report.html are written', 'memleak-report')
      .addOption(new Option('--fail-on <policy>', `which leaks fail the run: ${FAIL_ON.join(', ')}`).argParser(failOnPolicy).default('new-leak'))
      .option('--fail-on-inconclusive', 'also fail when a test could not be judged (inconclusive or error)', false),
  ).option('--json', 'print the report as JSON on standard output instead of the table');
}

/** The --fail-on policy; tests that could not be judged have their own flag, and the message says so. */
function failOnPolicy(value: string): FailOn {
  if ((FAIL_ON as readonly string[]).includes(value)) return value as FailOn;
  const hint = /inconclusive|error/.test(value) ? '; tests that could not be judged have their own flag, --fail-on-inconclusive' : '';
  throw new InvalidArgumentError(`"${value}" is not one of ${FAIL_ON.map((policy) => `"${policy}"`).join(', ')}${hint}.`);
}

/** The thresholds of the verdicts, alone: for commands that judge but write no report (judge). */
export function addThresholdOptions(command: Command): Command {
  return command
    .option('--min-bytes-per-op <bytes>', `retained growth per operation below which nothing is a leak (default ${DEFAULT_THRESHOLDS.min_bytes_per_op})`)
    .option('--min-total-bytes <bytes>', `growth over the judged batches below which nothing is a leak (default ${DEFAULT_THRESHOLDS.min_total_bytes})`)
    .option('--threshold <name=value...>', `any other threshold: ${Object.keys(DEFAULT_THRESHOLDS).join(', ')}`);
}

export function thresholdsFrom(flags: Pick<AnalysisFlags, 'minBytesPerOp' | 'minTotalBytes' | 'threshold'>): Partial<Thresholds> {
  // No prototype: a flag named __proto__ must become an own (refused) name, not a prototype change.
  const overrides: Record<string, number> = Object.create(null) as Record<string, number>;
  const set = (name: string, raw: string) => {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) throw new UsageError(`threshold ${name} must be a number, got "${raw}"`);
    overrides[name] = value;
  };
  if (flags.minBytesPerOp !== undefined) set('min_bytes_per_op', flags.minBytesPerOp);
  if (flags.minTotalBytes !== undefined) set('min_total_bytes', flags.minTotalBytes);
  for (const pair of flags.threshold ?? []) {
    const [name, raw] = pair.split('=', 2);
    if (!name || raw === undefined) throw new UsageError(`--threshold takes name=value, got "${pair}"`);
    set(name.trim().replaceAll('-', '_'), raw);
  }
  return overrides;
}

// The only reader of the action's inputs. It validates all of them at once and names the valid
// options in its messages, so a misconfigured workflow fails on the first run with every mistake
// listed, before any test has run.
import type { FailOn, Thresholds } from '../core/types.js';
import type { CollectorSettings } from '../shared/collector.js';
import { BASELINE_SOURCES, COMMENT_POLICIES, FAIL_ON, Input, MODES } from './constants.js';

export type Mode = (typeof MODES)[number];
export type BaselineKind = (typeof BASELINE_SOURCES)[number];
export type CommentPolicy = (typeof COMMENT_POLICIES)[number];

export interface ActionInputs {
  mode: Mode;
  /** The shell command that runs the leak tests (run mode only). */
  command: string;
  workingDirectory: string;
  snapshotDir: string;
  token: string;
  baseline: BaselineKind;
  service?: { url: string; token?: string };
  /** Tells apart several uses of the action in one workflow (matrix legs, several leak jobs). */
  key: string;
  failOn: FailOn;
  /** Whether inconclusive and error tests fail the step and the check run. */
  failOnInconclusive: boolean;
  comment: CommentPolicy;
  /** The login that writes with `token`: only its comments are ever edited. */
  commentAuthor: string;
  checkRun: boolean;
  reviewComments: boolean;
  thresholds: Partial<Thresholds>;
  collector: CollectorSettings;
  retentionDays?: number;
}

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(`The action's inputs are not valid:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  }
}

/** `getInput` returns the trimmed value or '' (as @actions/core's getInput does). */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const problems: string[] = [];

  /** `hint` adds a pointer for a value that belongs to another input. */
  const choice = <T extends string>(name: string, options: readonly T[], fallback: T, hint: (value: string) => string = () => ''): T => {
    const value = getInput(name) || fallback;
    if ((options as readonly string[]).includes(value)) return value as T;
    problems.push(`${name}: "${value}" is not one of ${options.map((option) => `"${option}"`).join(', ')}${hint(value)}`);
    return fallback;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const value = getInput(name).toLowerCase();
    if (value === '') return fallback;
    if (value === 'true' || value === 'false') return value === 'true';
    problems.push(`${name}: "${value}" is not "true" or "false"`);
    return fallback;
  };
  const number = (name: string, { integer, min, max }: { integer: boolean; min: number; max?: number }): number | undefined => {
    const text = getInput(name);
    if (text === '') return undefined;
    const value = Number(text);
    const range = max === undefined ? `≥ ${min}` : `from ${min} to ${max}`;
    if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || (max !== undefined && value > max)) {
      problems.push(`${name}: "${text}" is not ${integer ? 'a whole number' : 'a number'} ${range}`);
      return undefined;
    }
    return value;
  };

  const mode = choice(Input.Mode, MODES, 'run');
  const command = getInput(Input.Command);
  if (mode === 'run' && command === '') problems.push(`${Input.Command}: required in mode "run" (the shell command that runs your leak tests, e.g. "pytest tests/leaks" or "npm test")`);

  const key = getInput(Input.Key);
  if (key.length > 100) problems.push(`${Input.Key}: at most 100 characters`);

  const baseline = choice(Input.Baseline, BASELINE_SOURCES, 'artifact');
  const serviceUrl = getInput(Input.ServiceUrl);
  let service: ActionInputs['service'];
  if (baseline === 'service') {
    if (!/^https?:\/\/\S+$/.test(serviceUrl)) problems.push(`${Input.ServiceUrl}: required with baseline "service": the URL of your memleak service, e.g. https://memleak.example.com`);
    else if (!isSafeServiceUrl(serviceUrl)) problems.push(`${Input.ServiceUrl}: must use https (the job's token is sent to it); plain http is accepted only for localhost or 127.0.0.1, got ${serviceUrl}`);
    else service = { url: serviceUrl.replace(/\/+$/, ''), token: getInput(Input.ServiceToken) || undefined };
  }

  const token = getInput(Input.GithubToken);
  if (token === '') problems.push(`${Input.GithubToken}: empty; leave it out to use the workflow's token, or pass one with contents: read and actions: read`);

  const thresholds: Partial<Thresholds> = {};
  const minBytesPerOp = number(Input.MinBytesPerOp, { integer: false, min: 0 });
  const minTotalBytes = number(Input.MinTotalBytes, { integer: false, min: 0 });
  if (minBytesPerOp !== undefined) thresholds.min_bytes_per_op = minBytesPerOp;
  if (minTotalBytes !== undefined) thresholds.min_total_bytes = minTotalBytes;

  const collector: CollectorSettings = {};
  const batches = number(Input.Batches, { integer: true, min: 3, max: 100_000 });
  const batchSize = number(Input.BatchSize, { integer: true, min: 1, max: 100_000_000 });
  const warmup = number(Input.Warmup, { integer: true, min: 0, max: 100_000 });
  if (batches !== undefined) collector.batches = batches;
  if (batchSize !== undefined) collector.batchSize = batchSize;
  if (warmup !== undefined) collector.warmup = warmup;

  const inputs: ActionInputs = {
    mode,
    command,
    workingDirectory: getInput(Input.WorkingDirectory) || '.',
    snapshotDir: getInput(Input.SnapshotDir) || 'memory_snapshots',
    token,
    baseline,
    service,
    key,
    // fail-on is one leak policy; "new-leak,inconclusive" is pointed to the input that counts inconclusive tests.
    failOn: choice(Input.FailOn, FAIL_ON, 'new-leak', (value) => (/inconclusive|error/.test(value) ? `; tests that could not be judged have their own input, ${Input.FailOnInconclusive}: true` : '')),
    failOnInconclusive: flag(Input.FailOnInconclusive, false),
    comment: choice(Input.Comment, COMMENT_POLICIES, 'always'),
    commentAuthor: getInput(Input.CommentAuthor) || 'github-actions[bot]',
    checkRun: flag(Input.CheckRun, true),
    reviewComments: flag(Input.ReviewComments, true),
    thresholds,
    collector,
    retentionDays: number(Input.RetentionDays, { integer: true, min: 1, max: 90 }),
  };
  if (problems.length > 0) throw new InputError(problems);
  return inputs;
}

/** The token travels with every request, so only https, or http to this very machine. */
function isSafeServiceUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || (protocol === 'http:' && (hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]'));
  } catch {
    return false;
  }
}

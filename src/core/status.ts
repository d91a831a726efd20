// Pass or fail, by the fail-on policy, and the summary counts: one place, so the CLI, the action's
// check run and the service's compare endpoint always agree. A pass is never plain when a test
// could not be judged or the test command failed: the reason says so, and so does every headline
// built from statusHeadline().
import type { FailOn, Report, TestResult } from './types.js';
import { clip } from './render/escape.js';

/** What fails a run: the leak policy, and whether tests that could not be judged count too. */
export interface StatusPolicy {
  failOn: FailOn;
  /** Count `inconclusive` and `error` tests as failures (default false: they are shown, not failed). */
  failOnInconclusive?: boolean;
}

/** The test command's outcome, when the report comes from running it (`memleak run`, the action's run mode). */
export type CommandOutcome = NonNullable<Report['command']>;

/**
 * Why a run fails, most urgent first: a leak fail-on counts, the test command failing, tests that
 * could not be judged (with fail-on-inconclusive). The CLI maps each to its exit status.
 */
export type FailureCause = 'leak' | 'command' | 'unjudged';

/** Test ids named in a status reason at most; the rest are counted ("and 4 more"). */
const NAMED_TESTS = 3;
/** schemas/report.v1.schema.json: status_reason has at most this many characters. */
const REASON_LIMIT = 2000;

/** A leak the head brings: new, regressed, or in a test the baseline did not have. Without a baseline every leak is new. */
export function isNewLeak(test: TestResult): boolean {
  if (test.verdict !== 'leak') return false;
  return test.change === undefined || test.change === 'new-leak' || test.change === 'regressed' || test.change === 'new-test';
}

/** A test with no leak verdict either way: it was `inconclusive`, or its measurement ended in an `error`. */
export function isUnjudged(test: Pick<TestResult, 'verdict'>): boolean {
  return test.verdict === 'inconclusive' || test.verdict === 'error';
}

export function summarize(tests: readonly TestResult[]): Report['summary'] {
  const count = (verdict: TestResult['verdict']) => tests.filter((test) => test.verdict === verdict).length;
  return {
    tests: tests.length,
    leak: count('leak'),
    ok: count('ok'),
    inconclusive: count('inconclusive'),
    error: count('error'),
    new_leaks: tests.filter(isNewLeak).length,
    fixed: tests.filter((test) => test.change === 'fixed').length,
  };
}

/** The policy a report was judged with, read from its settings (reports written before fail_on_inconclusive count them as false). */
export function policyOf(settings: Partial<Report['settings']> | undefined): StatusPolicy {
  return { failOn: settings?.fail_on ?? 'new-leak', failOnInconclusive: settings?.fail_on_inconclusive ?? false };
}

interface Clause {
  cause?: FailureCause;
  text: string;
}

/**
 * Pass or fail, with the reason in words (at most 2000 characters, the schema's limit): the
 * failing clauses first, then what did not fail the run but must not go unseen (tests that could
 * not be judged, leaks fail-on does not count). Rules: README, "Exit status" and "fail-on".
 */
export function decideStatus(tests: readonly TestResult[], policy: StatusPolicy, command?: CommandOutcome): Pick<Report, 'status' | 'status_reason'> {
  const clauses = statusClauses(tests, policy, command);
  const fails = clauses.some((clause) => clause.cause !== undefined);
  return { status: fails ? 'fail' : 'pass', status_reason: clip(clauses.map((clause) => clause.text).join('; '), REASON_LIMIT) };
}

/** Why `report` fails, most urgent first; empty when it passes. Recomputed from the report's own tests, settings and command. */
export function failureCauses(report: Pick<Report, 'tests' | 'settings' | 'command'>): FailureCause[] {
  return statusClauses(report.tests, policyOf(report.settings), report.command).flatMap((clause) => (clause.cause ? [clause.cause] : []));
}

function statusClauses(tests: readonly TestResult[], policy: StatusPolicy, command: CommandOutcome | undefined): Clause[] {
  const summary = summarize(tests);
  const clauses: Clause[] = [leakClause(summary, policy.failOn)];
  if (command && command.exit_code !== 0) {
    clauses.push({ cause: 'command', text: `tests failed: the test command exited with status ${command.exit_code}, so some tests failed or could not run (see its output)` });
  }
  const unjudged = tests.filter(isUnjudged);
  if (unjudged.length > 0) {
    const counted = policy.failOnInconclusive === true;
    const named = unjudged.slice(0, NAMED_TESTS).map((test) => clip(test.id, 200));
    const more = unjudged.length > NAMED_TESTS ? `, and ${unjudged.length - NAMED_TESTS} more` : '';
    const what = `${unjudged.length} test(s) could not be judged (${unjudgedLabel(summary)}: ${named.join(', ')}${more})`;
    clauses.push(counted ? { cause: 'unjudged', text: `${what} (fail-on-inconclusive)` } : { text: `${what}; fail-on-inconclusive is off, so they do not fail the run` });
  }
  // A soak in the warning tier is an `ok` verdict that must not go unseen: named, never failed (README, "Soak runs").
  const warned = tests.filter((test) => test.soak?.tier === 'warning');
  if (warned.length > 0) {
    const named = warned.slice(0, NAMED_TESTS).map((test) => clip(test.id, 200));
    const more = warned.length > NAMED_TESTS ? `, and ${warned.length - NAMED_TESTS} more` : '';
    clauses.push({ text: `${warned.length} soak test(s) in the warning tier (${named.join(', ')}${more}); a warning does not fail the run` });
  }
  // The failing clauses first, in the order of FailureCause; the others keep their order (a stable sort).
  const rank: Record<FailureCause, number> = { leak: 0, command: 1, unjudged: 2 };
  return clauses.sort((a, b) => (a.cause ? rank[a.cause] : 3) - (b.cause ? rank[b.cause] : 3));
}

function leakClause(summary: Report['summary'], failOn: FailOn): Clause {
  if (failOn === 'never') return { text: `fail-on is "never": ${summary.leak} leaking test(s) reported, not failed` };
  if (failOn === 'any-leak') return summary.leak > 0 ? { cause: 'leak', text: `${summary.leak} test(s) leak (fail-on: any-leak)` } : { text: 'no test leaks' };
  if (summary.new_leaks > 0) return { cause: 'leak', text: `${summary.new_leaks} new or regressed leak(s) (fail-on: new-leak)` };
  return summary.leak > 0 ? { text: `no new leak; ${summary.leak} test(s) leaked on the baseline already` } : { text: 'no test leaks' };
}

/** "2 inconclusive, 1 error": the tests that could not be judged, by verdict; '' when every test was judged. */
export function unjudgedLabel(summary: Pick<Report['summary'], 'inconclusive' | 'error'>): string {
  return [summary.inconclusive > 0 ? `${summary.inconclusive} inconclusive` : '', summary.error > 0 ? `${summary.error} error` : ''].filter(Boolean).join(', ');
}

/**
 * The status as a headline: `PASS`, `PASS, 2 inconclusive`, `FAIL, 1 error` (with the words the
 * caller gives for pass and fail), so no rendering can show a plain pass for a run whose tests
 * were not all judged.
 */
export function statusHeadline(report: Pick<Report, 'status' | 'summary'>, words: { pass: string; fail: string }): string {
  const unjudged = unjudgedLabel(report.summary);
  return `${report.status === 'fail' ? words.fail : words.pass}${unjudged ? `, ${unjudged}` : ''}`;
}

/**
 * What the run found, in a few words, for titles: "1 new leak", "3 leaks", "the test command failed
 * (exit status 1)", "no leaks in 5 tests".
 */
export function statusDetail(report: Pick<Report, 'summary' | 'command'>): string {
  const { summary } = report;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const leaks = summary.new_leaks > 0 ? plural(summary.new_leaks, 'new leak') : summary.leak > 0 ? plural(summary.leak, 'leak') : '';
  const exitCode = report.command?.exit_code ?? 0;
  const command = exitCode !== 0 ? `the test command failed (exit status ${exitCode})` : '';
  return [command, leaks].filter(Boolean).join(', ') || `no leaks in ${plural(summary.tests, 'test')}`;
}

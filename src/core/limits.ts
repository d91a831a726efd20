// The report's bounds, read from schemas/report.v1.schema.json itself so the code that keeps a
// report within its contract cannot drift from the contract. Input is bounded where it is read
// (a site the report could not hold is left out, with a problem); free text that only explains
// (problem messages, a baseline's reason) is clipped here, in fitReport, the one place that does.
import reportSchema from '../../schemas/report.v1.schema.json' with { type: 'json' };
import type { BaselineInfo, Problem, Report } from './types.js';

const problemFields = reportSchema.properties.problems.items.properties;
const baselineFields = reportSchema.properties.baseline.properties;

export const LIMITS = {
  /** Characters in a source's path and in a snapshot's file name. */
  path: reportSchema.$defs.source.properties.file.maxLength,
  snapshot: reportSchema.$defs.test.properties.snapshot.maxLength,
  /** Source lines, 1-based. */
  line: { min: reportSchema.$defs.line.minimum, max: reportSchema.$defs.line.maximum },
  problem: { file: problemFields.file.maxLength, pointer: problemFields.pointer.maxLength, message: problemFields.message.maxLength },
  statusReason: reportSchema.properties.status_reason.maxLength,
  testReason: reportSchema.$defs.test.properties.reason.maxLength,
} as const;

/** Problems listed per file; the rest are counted in one more, so a report stays small whatever a file holds. */
export const MAX_PROBLEMS_PER_FILE = 20;

const ELLIPSIS = '…';

/**
 * Text of at most `max` characters, cut with an ellipsis when longer. Never splits a surrogate
 * pair: a lone surrogate is not valid Unicode (PostgreSQL's jsonb refuses it). The result is at
 * most `max` UTF-16 units, so also at most `max` code points, which is what JSON Schema counts.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + ELLIPSIS;
}

/** A problem within the schema's limits: file, pointer and message clipped. */
export function fitProblem(problem: Problem): Problem {
  return {
    file: clip(problem.file, LIMITS.problem.file),
    ...(problem.pointer !== undefined && { pointer: clip(problem.pointer, LIMITS.problem.pointer) }),
    message: clip(problem.message, LIMITS.problem.message),
  };
}

/**
 * The report with every explanatory string within the schema's limits: problems, the status
 * reason, each test's reason (which quotes a collector's messages) and the baseline's provenance
 * (which the action and the CLI fill from error messages and paths of any length). Ids, paths
 * and numbers are not touched here: they are bounded where they are read, because clipping an
 * id would merge two tests.
 */
export function fitReport(report: Report): Report {
  // A schema-valid report may leave out the reasons and problems (the service compares such a
  // report as it came): only what is there is clipped.
  const tooLong = (text: string | undefined, max: number) => typeof text === 'string' && text.length > max;
  return {
    ...report,
    ...(tooLong(report.status_reason, LIMITS.statusReason) && { status_reason: clip(report.status_reason, LIMITS.statusReason) }),
    tests: report.tests.map((test) => (tooLong(test.reason, LIMITS.testReason) ? { ...test, reason: clip(test.reason, LIMITS.testReason) } : test)),
    ...(report.problems && { problems: report.problems.map(fitProblem) }),
    ...(report.baseline && { baseline: fitBaseline(report.baseline) }),
  };
}

function fitBaseline(baseline: BaselineInfo): BaselineInfo {
  const fitted: BaselineInfo = { ...baseline };
  for (const [name, rule] of Object.entries(baselineFields) as [keyof BaselineInfo, { maxLength?: number }][]) {
    const value = fitted[name];
    if (typeof value === 'string' && rule.maxLength !== undefined) (fitted as unknown as Record<string, string>)[name] = clip(value, rule.maxLength);
  }
  return fitted;
}

/**
 * Why a site cannot be named in a report, or undefined when it can: a path of 1 to LIMITS.path
 * characters and a line from 1 to 2^31 − 1 (GitHub annotates 1-based lines; tracemalloc says 0
 * when it does not know the line). `field` is the part to blame, for the problem's pointer.
 */
export function siteFault(file: string, line: number): { field: 'file' | 'line'; message: string } | undefined {
  if (file.length === 0) return { field: 'file', message: 'the path is empty' };
  if (file.length > LIMITS.path) return { field: 'file', message: `the path is ${file.length} characters long, over the ${LIMITS.path} a report holds` };
  if (!Number.isSafeInteger(line) || line < LIMITS.line.min || line > LIMITS.line.max) {
    return { field: 'line', message: `line ${line} is outside ${LIMITS.line.min}..${LIMITS.line.max}` };
  }
  return undefined;
}

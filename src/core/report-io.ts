import type { InputFile, Problem, Report } from './types.js';
import { parseJson, schemaProblem, validateReport } from './validate.js';
import { completeReport, type ValidReport } from './report-complete.js';

/**
 * Reads a report written by any of our front ends (or downloaded: untrusted), checks it against
 * the schema and completes what report.v1 leaves optional (report-complete.ts), so every reader
 * gets a whole Report. A report that cannot be used gives no report and a problem naming the file.
 */
export function parseReport(input: InputFile): { report?: Report; problems: Problem[] } {
  const { value, problem } = parseJson(input.file, input.text);
  if (problem) return { problems: [problem] };
  if (!validateReport(value)) return { problems: [schemaProblem(input.file, validateReport.errors, 'report')] };
  const completed = completeReport(input.file, value as ValidReport);
  return completed.report ? { report: completed.report, problems: [] } : { problems: [completed.problem!] };
}

import type { InputFile, Problem, Report } from './types.js';
import { parseJson, schemaProblem, validateReport } from './validate.js';

/** Reads a report written by any of our front ends (or downloaded: untrusted) and checks it against the schema. */
export function parseReport(input: InputFile): { report?: Report; problems: Problem[] } {
  const { value, problem } = parseJson(input.file, input.text);
  if (problem) return { problems: [problem] };
  if (!validateReport(value)) return { problems: [schemaProblem(input.file, validateReport.errors, 'report')] };
  return { report: value as Report, problems: [] };
}

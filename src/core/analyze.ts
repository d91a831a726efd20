// From snapshot files to a report: parse, validate, normalise, judge. Bad files become problems
// naming the file and the JSON pointer; every other file is still analysed.
import type { AnalyzeOptions, InputFile, Problem, Report, TestResult } from './types.js';
import { parseJson, schemaProblem, validateLitellmSnapshot, validateSnapshot } from './validate.js';
import { fromLitellm, fromSnapshotV1, type Measurement } from './measurement.js';
import { judgeMeasurement } from './verdict.js';
import { resolveThresholds } from './thresholds.js';
import { decideStatus, summarize } from './status.js';
import { clip, fitReport, LIMITS, MAX_PROBLEMS_PER_FILE } from './limits.js';
import { compareText } from './format.js';

export const TOOL_NAME = 'memleak';

/** Judges every snapshot file; `files` may be read lazily as it is iterated (each text can be dropped once judged). */
export function analyze(files: Iterable<InputFile>, options: AnalyzeOptions): Report {
  const thresholds = resolveThresholds(options.thresholds);
  const policy = { failOn: options.failOn ?? 'new-leak', failOnInconclusive: options.failOnInconclusive ?? false } as const;
  const problems: Problem[] = [];
  const tests: TestResult[] = [];
  const seen = new Map<string, string>();
  for (const input of files) {
    const listed = problems.length;
    const read = readMeasurement(input, options.root, problems);
    collapseProblems(problems, listed, input.file);
    if (!read) continue;
    const { measurement, idPointer } = read;
    const earlier = seen.get(measurement.testId);
    if (earlier !== undefined) {
      const message = `this file repeats test "${clip(measurement.testId, 1000)}", already read from ${clip(earlier, 1000)}; left out`;
      problems.push({ file: input.file, ...(idPointer !== undefined && { pointer: idPointer }), message });
      continue;
    }
    seen.set(measurement.testId, input.file);
    tests.push(judgeMeasurement(measurement, thresholds));
  }
  tests.sort((a, b) => compareText(a.id, b.id));
  return fitReport({
    format: 'memleak-report',
    version: 1,
    ...decideStatus(tests, policy, options.command),
    generated_at: options.now.toISOString(),
    tool: { name: TOOL_NAME, version: options.toolVersion ?? '0.0.0' },
    settings: { fail_on: policy.failOn, fail_on_inconclusive: policy.failOnInconclusive, thresholds },
    summary: summarize(tests),
    tests,
    problems,
    ...(options.command ? { command: options.command } : {}),
  });
}

/**
 * The file's measurement, and the JSON pointer of its test id (none when the id is the file's
 * name), or undefined after adding a problem. A file whose name is longer than a report holds is
 * refused before it is parsed: its verdict could not name it.
 */
function readMeasurement(input: InputFile, root: string | undefined, problems: Problem[]): { measurement: Measurement; idPointer?: string } | undefined {
  if (input.file.length > LIMITS.snapshot) {
    problems.push({ file: input.file, message: `the file's path is ${input.file.length} characters long, over the ${LIMITS.snapshot} a report holds; left out` });
    return undefined;
  }
  const { value, problem } = parseJson(input.file, input.text);
  if (problem) {
    problems.push(problem);
    return undefined;
  }
  if (Array.isArray(value)) {
    if (!validateLitellmSnapshot(value)) {
      problems.push(schemaProblem(input.file, validateLitellmSnapshot.errors, 'LiteLLM-style snapshot'));
      return undefined;
    }
    const testId = testIdFromFileName(input.file);
    if (testId === '') {
      problems.push({ file: input.file, message: `a LiteLLM-style snapshot's test is named after its file, and this file's name gives an empty test id; left out` });
      return undefined;
    }
    return { measurement: fromLitellm(value as Parameters<typeof fromLitellm>[0], input.file, testId, root, problems) };
  }
  if (!validateSnapshot(value)) {
    problems.push(schemaProblem(input.file, validateSnapshot.errors, 'snapshot'));
    return undefined;
  }
  return { measurement: fromSnapshotV1(value as Parameters<typeof fromSnapshotV1>[0], input.file, problems), idPointer: '/test/id' };
}

/** Keeps the first MAX_PROBLEMS_PER_FILE problems a file added after index `from`, and one that counts the rest. */
function collapseProblems(problems: Problem[], from: number, file: string): void {
  if (problems.length - from <= MAX_PROBLEMS_PER_FILE + 1) return;
  const rest = problems.splice(from + MAX_PROBLEMS_PER_FILE);
  problems.push({ file, ...(rest[0]!.pointer !== undefined && { pointer: rest[0]!.pointer }), message: `${rest.length} more problems in this file, from this one on, were not listed` });
}

/** LiteLLM-style files carry no test id: the file's name is the test's name. */
function testIdFromFileName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.json$/i, '');
}

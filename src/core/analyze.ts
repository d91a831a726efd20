// From snapshot files to a report: parse, validate, normalise, judge. Bad files become problems
// naming the file and the JSON pointer; every other file is still analysed.
import type { AnalyzeOptions, InputFile, Problem, Report, TestResult } from './types.js';
import { parseJson, schemaProblem, validateLitellmSnapshot, validateSnapshot } from './validate.js';
import { fromLitellm, fromSnapshotV1, type Measurement } from './measurement.js';
import { judgeMeasurement } from './verdict.js';
import { resolveThresholds } from './thresholds.js';
import { decideStatus, summarize } from './status.js';
import { compareText } from './format.js';

export const TOOL_NAME = 'memleak';

/** Judges every snapshot file; `files` may be read lazily as it is iterated (each text can be dropped once judged). */
export function analyze(files: Iterable<InputFile>, options: AnalyzeOptions): Report {
  const thresholds = resolveThresholds(options.thresholds);
  const failOn = options.failOn ?? 'new-leak';
  const problems: Problem[] = [];
  const tests: TestResult[] = [];
  const seen = new Map<string, string>();
  for (const input of files) {
    const measurement = readMeasurement(input, options.root, problems);
    if (!measurement) continue;
    const earlier = seen.get(measurement.testId);
    if (earlier !== undefined) {
      problems.push({ file: input.file, pointer: '/test/id', message: `test "${measurement.testId}" was already read from ${earlier}; this file was left out` });
      continue;
    }
    seen.set(measurement.testId, input.file);
    tests.push(judgeMeasurement(measurement, thresholds));
  }
  tests.sort((a, b) => compareText(a.id, b.id));
  return {
    format: 'memleak-report',
    version: 1,
    ...decideStatus(tests, failOn),
    generated_at: options.now.toISOString(),
    tool: { name: TOOL_NAME, version: options.toolVersion ?? '0.0.0' },
    settings: { fail_on: failOn, thresholds },
    summary: summarize(tests),
    tests,
    problems,
  };
}

function readMeasurement(input: InputFile, root: string | undefined, problems: Problem[]): Measurement | undefined {
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
    return fromLitellm(value as Parameters<typeof fromLitellm>[0], input.file, testIdFromFileName(input.file), root, problems);
  }
  if (!validateSnapshot(value)) {
    problems.push(schemaProblem(input.file, validateSnapshot.errors, 'snapshot'));
    return undefined;
  }
  return fromSnapshotV1(value as Parameters<typeof fromSnapshotV1>[0], input.file, problems);
}

/** LiteLLM-style files carry no test id: the file's name is the test's name. */
function testIdFromFileName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.json$/i, '');
}

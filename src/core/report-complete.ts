// report.v1 requires only format, version, status and tests (each test: id, verdict, sources;
// each source: file, line); everything else may be absent from a report that was not written by
// our analyser. Every reader (compare, render, the action, the service) works on the complete
// Report type, so a report is completed once, where it is read, instead of each reader guarding.
import { resolveThresholds, ThresholdError } from './thresholds.js';
import { summarize } from './status.js';
import type { Cycles, ObjectGrowth, Problem, Report, Retainer, SoakResult, Source, TestResult } from './types.js';

/** A report that passed the schema: only what report.v1 requires is sure to be there. */
type DeepPartial<T> = T extends (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
type ValidSource = DeepPartial<Source> & Pick<Source, 'file' | 'line'>;
type ValidTest = Omit<DeepPartial<TestResult>, 'sources'> & Pick<TestResult, 'id' | 'verdict'> & { sources: ValidSource[] };
export type ValidReport = Omit<DeepPartial<Report>, 'tests'> & Pick<Report, 'format' | 'version' | 'status'> & { tests: ValidTest[] };

/**
 * Fills what a schema-valid report may leave out, with values that claim nothing: no problems,
 * no series, zero growth and counts, kind and RSS growth unknown (null), an empty reason, and a
 * test's comparison dropped when its baseline verdict is missing. The summary is always recomputed
 * from the tests (they are the facts it summarises), and the settings are resolved as compare
 * would use them: defaults for absent thresholds, "new-leak" for an absent fail-on. Everything
 * the report does hold, extra properties included, is kept.
 * Returns a problem (file `file`, pointer to the threshold) when the report's thresholds are
 * unusable (unknown name, out of range): such a report cannot be compared.
 */
export function completeReport(file: string, report: ValidReport): { report?: Report; problem?: Problem } {
  let thresholds: Report['settings']['thresholds'];
  try {
    thresholds = resolveThresholds(report.settings?.thresholds);
  } catch (error) {
    if (!(error instanceof ThresholdError)) throw error;
    const pointer = `/settings/thresholds/${error.threshold}`;
    return { problem: { file, pointer, message: `report: ${pointer} ${error.message}` } };
  }
  const tests = report.tests.map(completeTest);
  const { baseline, command, ...rest } = report;
  return {
    report: {
      ...rest,
      status_reason: report.status_reason ?? '',
      settings: {
        fail_on: report.settings?.fail_on ?? 'new-leak',
        ...(report.settings?.fail_on_inconclusive !== undefined && { fail_on_inconclusive: report.settings.fail_on_inconclusive }),
        thresholds,
      },
      ...(command?.exit_code !== undefined && { command: { exit_code: command.exit_code } }),
      summary: summarize(tests),
      tests,
      ...(baseline ? { baseline: { ...baseline, found: baseline.found ?? false } } : {}),
      problems: (report.problems ?? []) as Problem[], // each problem's file and message are required by the schema
    },
  };
}

function completeTest(test: ValidTest): TestResult {
  const { series, baseline, soak, object_growth: objectGrowth, cycles, ...rest } = test;
  return {
    ...rest,
    // The schema requires each entry's type and count_per_op, and both of cycles' figures.
    ...(objectGrowth && { object_growth: objectGrowth as ObjectGrowth[] }),
    ...(cycles && { cycles: cycles as Cycles }),
    kind: test.kind ?? null,
    reason: test.reason ?? '',
    operations: test.operations ?? 0,
    batches: test.batches ?? 0,
    errors: test.errors ?? 0,
    growth_bytes: test.growth_bytes ?? 0,
    growth_per_op_bytes: test.growth_per_op_bytes ?? 0,
    rss_growth_per_op_bytes: test.rss_growth_per_op_bytes ?? null,
    series: { operations_per_batch: series?.operations_per_batch ?? 0, traced_bytes: series?.traced_bytes ?? [], rss_bytes: series?.rss_bytes ?? [] },
    sources: test.sources.map(completeSource),
    ...(baseline?.verdict ? { baseline: { verdict: baseline.verdict, growth_per_op_bytes: baseline.growth_per_op_bytes ?? 0 } } : {}),
    // report.v1 requires a soak's duration, interval and both tiers; its rates and tier may be absent.
    ...(soak ? { soak: soak as SoakResult } : {}),
  };
}

function completeSource(source: ValidSource): Source {
  // The schema requires a retainer's path, type and root.
  const { retainer, ...rest } = source;
  return { ...rest, ...(retainer && { retainer: retainer as Retainer }), growth_bytes: source.growth_bytes ?? 0, bytes_per_op: source.bytes_per_op ?? 0, batches_grown: source.batches_grown ?? 0 };
}

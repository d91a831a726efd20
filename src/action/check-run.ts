// The check run `memleak` (or `memleak (<key>)`) on the head commit: its conclusion follows
// fail-on, so it can be made a required check, and each leaking line gets an annotation.
// GitHub takes at most 50 annotations per request: the first 50 go with the creation, the rest
// follow in PATCH requests.
import type { Report } from '../core/types.js';
import { formatBytes } from '../core/format.js';
import { isUnjudged, policyOf, statusDetail, statusHeadline } from '../core/status.js';
import { repositoryPath, visibleText } from '../core/render/index.js';
import { ANNOTATIONS_PER_REQUEST } from './constants.js';
import type { CheckAnnotation, CheckOutput } from './github-api.js';
import type { LeakLocation } from './leak-locations.js';

export interface CheckApi {
  createCheckRun(check: { name: string; headSha: string; conclusion: 'success' | 'failure' | 'neutral'; detailsUrl?: string; output: CheckOutput }): Promise<{ id: number; htmlUrl: string | null }>;
  updateCheckRun(checkRunId: number, output: CheckOutput): Promise<void>;
}

export function checkRunName(key: string): string {
  return key ? `memleak (${key})` : 'memleak';
}

/** Annotations are plain text on GitHub (no Markdown): test ids need no Markdown escaping, only limits and no invisible characters. */
export function annotationsFor(locations: LeakLocation[], failing: boolean): CheckAnnotation[] {
  return locations.map((location) => ({
    path: location.path,
    start_line: location.line,
    end_line: location.line,
    annotation_level: location.isNew ? (failing ? 'failure' : 'warning') : 'notice',
    title: `${location.isNew ? 'New memory leak' : 'Memory leak (already on the baseline)'}`.slice(0, 255),
    message: `${visibleText(location.test.id.slice(0, 1000))} retains ${formatBytes(location.source.bytes_per_op)} per operation allocated here (${formatBytes(location.source.growth_bytes)} over ${location.source.batches_grown} batches).`,
  }));
}

/** A test file's name, pytest's or the Node collector's (`tests/x.test.ts`, `test/y.test.mjs`). */
const TEST_FILE = /\.(?:py|[cm]?[jt]sx?)$/;

/**
 * One annotation per test that could not be judged, on its test file (the part of a pytest node id
 * or a Node collector's test id before "::"), line 1 since the snapshot names no line: a notice, or
 * a failure when fail-on-inconclusive counts it. Tests whose file is unknown or outside the
 * repository get none; the check run's summary lists them all.
 */
export function unjudgedAnnotations(report: Report, directory: string): CheckAnnotation[] {
  const level = policyOf(report.settings).failOnInconclusive ? 'failure' : 'notice';
  return report.tests.filter(isUnjudged).flatMap((test): CheckAnnotation[] => {
    const file = test.id.split('::')[0]!;
    const path = file !== test.id && TEST_FILE.test(file) ? repositoryPath(directory, file) : undefined;
    if (!path) return [];
    const message = `${test.id.slice(0, 1000)}: ${test.reason.slice(0, 2000)}`;
    return [{ path, start_line: 1, end_line: 1, annotation_level: level, title: `Leak test could not be judged (${test.verdict})`, message }];
  });
}

export async function publishCheckRun(
  api: CheckApi,
  request: { name: string; headSha: string; report: Report; summary: string; annotations: CheckAnnotation[]; detailsUrl?: string; stepFailures?: string[] },
): Promise<{ id: number; htmlUrl: string | null }> {
  const { report } = request;
  // A required check must never pass when the step failed for another reason (the test command
  // failed, nothing was measured): "no leaks" would then be a silent pass.
  const stepFailure = request.stepFailures?.[0];
  const failed = report.status === 'fail' || stepFailure !== undefined;
  const title = (stepFailure !== undefined ? `Failed: ${stepFailure}` : `${statusHeadline(report, { pass: 'Passed', fail: 'Failed' })}: ${statusDetail(report)}`).slice(0, 255);
  const chunks: CheckAnnotation[][] = [];
  for (let start = 0; start < request.annotations.length; start += ANNOTATIONS_PER_REQUEST) chunks.push(request.annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  const output = (annotations: CheckAnnotation[] | undefined): CheckOutput => ({ title, summary: request.summary, ...(annotations ? { annotations } : {}) });
  const created = await api.createCheckRun({
    name: request.name,
    headSha: request.headSha,
    conclusion: failed ? 'failure' : 'success',
    ...(request.detailsUrl ? { detailsUrl: request.detailsUrl } : {}),
    output: output(chunks[0]),
  });
  for (const chunk of chunks.slice(1)) await api.updateCheckRun(created.id, output(chunk));
  return created;
}

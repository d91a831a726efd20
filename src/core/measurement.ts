// One model of "what was measured" for every input format: the verdict code never needs to know
// whether a file came from our collector or from a LiteLLM-style suite.
import type { Problem } from './types.js';
import { clip, MAX_PROBLEMS_PER_FILE, siteFault } from './limits.js';
import { parseTracebackLine } from './traceback-line.js';

export interface Site {
  file: string;
  line: number;
  function?: string;
  code?: string;
  /** Bytes alive at this site after each judged batch. */
  sizes: number[];
}

export interface Measurement {
  testId: string;
  snapshot: string;
  /** Set when the test did not run to the end: the verdict is then 'error'. */
  failure?: string;
  skipped?: boolean;
  /** Operations in each judged batch (warm-up batches are dropped). */
  operations: number[];
  errors: number[];
  traced: number[];
  rss: (number | null)[];
  sites: Site[];
}

interface SnapshotV1 {
  test: { id: string };
  phases: {
    batches: { warmup?: boolean; operations: number; errors?: number; traced_bytes: number; rss_bytes?: number | null }[];
    sites?: { file: string; line: number; function?: string; code?: string; sizes: number[] }[];
  }[];
  outcome?: { status: 'passed' | 'failed' | 'error' | 'skipped'; message?: string };
}

/** The last phase is judged: a collector's confirmation run is longer and deeper than its screen. */
export function fromSnapshotV1(snapshot: SnapshotV1, file: string, problems: Problem[]): Measurement {
  const phaseIndex = snapshot.phases.length - 1;
  const phase = snapshot.phases[phaseIndex]!;
  const judged: number[] = [];
  phase.batches.forEach((batch, index) => {
    if (!batch.warmup) judged.push(index);
  });
  const sites: Site[] = [];
  (phase.sites ?? []).forEach((site, index) => {
    if (site.sizes.length !== phase.batches.length) {
      problems.push({
        file,
        pointer: `/phases/${phaseIndex}/sites/${index}/sizes`,
        message: `site ${site.file}:${site.line} has ${site.sizes.length} sizes for ${phase.batches.length} batches; the site was left out`,
      });
      return;
    }
    const fault = siteFault(site.file, site.line);
    if (fault) {
      problems.push({ file, pointer: `/phases/${phaseIndex}/sites/${index}/${fault.field}`, message: `site ${clip(site.file, 200)}:${site.line}: ${fault.message}; the site was left out` });
      return;
    }
    const sizes = judged.length === site.sizes.length ? site.sizes : judged.map((i) => site.sizes[i]!);
    sites.push({ file: site.file, line: site.line, function: site.function, code: site.code, sizes });
  });
  const outcome = snapshot.outcome;
  return {
    testId: snapshot.test.id,
    snapshot: file,
    failure: outcome && (outcome.status === 'failed' || outcome.status === 'error') ? outcome.message || `the test ${outcome.status}` : undefined,
    skipped: outcome?.status === 'skipped',
    operations: judged.map((i) => phase.batches[i]!.operations),
    errors: judged.map((i) => phase.batches[i]!.errors ?? 0),
    traced: judged.map((i) => phase.batches[i]!.traced_bytes),
    rss: judged.map((i) => phase.batches[i]!.rss_bytes ?? null),
    sites,
  };
}

interface LitellmEntry {
  batch: number;
  current_mb: number;
  had_error?: boolean;
  top_consumers?: { file: string; size_mb: number }[];
}

const MB = 1024 * 1024;

/**
 * LiteLLM-style suites write one entry per request. A batch becomes the requests sharing a
 * 'batch' value; memory after it is its last entry's current_mb; its sites are the last
 * top_consumers list seen in it. LiteLLM's own warm-up batches are not marked, so the first
 * batch is treated as warm-up (one-time growth at start-up is not a leak).
 */
export function fromLitellm(entries: LitellmEntry[], file: string, testId: string, root: string | undefined, problems: Problem[]): Measurement {
  // consumersAt: the index of the entry whose top_consumers a batch keeps, for problems' pointers.
  const batches = new Map<number, { operations: number; errors: number; traced: number; consumers?: LitellmEntry['top_consumers']; consumersAt?: number }>();
  entries.forEach((entry, at) => {
    const batch = batches.get(entry.batch) ?? { operations: 0, errors: 0, traced: 0 };
    batch.operations += 1;
    if (entry.had_error) batch.errors += 1;
    batch.traced = entry.current_mb * MB;
    if (entry.top_consumers) {
      batch.consumers = entry.top_consumers;
      batch.consumersAt = at;
    }
    batches.set(entry.batch, batch);
  });
  const ordered = [...batches.entries()].sort((a, b) => a[0] - b[0]).slice(1).map(([, batch]) => batch);
  const siteSizes = new Map<string, Site>();
  let leftOut = 0;
  let firstUnlisted: string | undefined;
  ordered.forEach((batch, index) => {
    (batch.consumers ?? []).forEach((consumer, at) => {
      const located = consumerSite(consumer.file, root);
      if ('fault' in located) {
        const pointer = `/${batch.consumersAt}/top_consumers/${at}/file`;
        leftOut += 1;
        // Counted, not listed, past the limit: a 64 MiB file can hold millions of entries.
        if (leftOut <= MAX_PROBLEMS_PER_FILE) problems.push({ file, pointer, message: `top_consumers entry "${clip(consumer.file, 200)}": ${located.fault}; left out` });
        else firstUnlisted ??= pointer;
        return;
      }
      const key = `${located.path}:${located.line}`;
      const site = siteSizes.get(key) ?? { file: located.path, line: located.line, sizes: new Array<number>(ordered.length).fill(0) };
      site.sizes[index] = consumer.size_mb * MB;
      siteSizes.set(key, site);
    });
  });
  if (firstUnlisted !== undefined) {
    problems.push({ file, pointer: firstUnlisted, message: `${leftOut - MAX_PROBLEMS_PER_FILE} more top_consumers entries, from this one on, are not usable traceback lines either; left out` });
  }
  return {
    testId,
    snapshot: file,
    operations: ordered.map((batch) => batch.operations),
    errors: ordered.map((batch) => batch.errors),
    traced: ordered.map((batch) => batch.traced),
    rss: ordered.map(() => null),
    sites: [...siteSizes.values()],
  };
}

/** A top_consumers traceback line as a site's path (relative to root) and line, or why it cannot be one. */
function consumerSite(text: string, root: string | undefined): { path: string; line: number } | { fault: string } {
  const parsed = parseTracebackLine(text);
  if ('fault' in parsed) return parsed;
  const path = relativePath(parsed.path, root);
  const fault = siteFault(path, parsed.line);
  return fault ? { fault: fault.message } : { path, line: parsed.line };
}

/** POSIX path relative to root when it lies below it; other paths are kept as they are. */
export function relativePath(path: string, root: string | undefined): string {
  const posix = path.replaceAll('\\', '/');
  if (!root) return posix;
  const base = withoutTrailingSlashes(root.replaceAll('\\', '/')) + '/';
  return posix.startsWith(base) ? posix.slice(base.length) : posix;
}

/** The path without trailing '/': a loop, not /\/+$/, which backtracks quadratically on a run of slashes. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end -= 1;
  return path.slice(0, end);
}

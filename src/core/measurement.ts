// One model of "what was measured" for every input format: the verdict code never needs to know
// whether a file came from our collector or from a LiteLLM-style suite.
import type { Problem } from './types.js';

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
const TRACEBACK_LINE = /File "(.+)", line (\d+)/;

/**
 * LiteLLM-style suites write one entry per request. A batch becomes the requests sharing a
 * 'batch' value; memory after it is its last entry's current_mb; its sites are the last
 * top_consumers list seen in it. LiteLLM's own warm-up batches are not marked, so the first
 * batch is treated as warm-up (one-time growth at start-up is not a leak).
 */
export function fromLitellm(entries: LitellmEntry[], file: string, testId: string, root: string | undefined, problems: Problem[]): Measurement {
  const batches = new Map<number, { operations: number; errors: number; traced: number; consumers?: LitellmEntry['top_consumers'] }>();
  for (const entry of entries) {
    const batch = batches.get(entry.batch) ?? { operations: 0, errors: 0, traced: 0 };
    batch.operations += 1;
    if (entry.had_error) batch.errors += 1;
    batch.traced = entry.current_mb * MB;
    if (entry.top_consumers) batch.consumers = entry.top_consumers;
    batches.set(entry.batch, batch);
  }
  const ordered = [...batches.entries()].sort((a, b) => a[0] - b[0]).slice(1).map(([, batch]) => batch);
  const siteSizes = new Map<string, Site>();
  ordered.forEach((batch, index) => {
    for (const consumer of batch.consumers ?? []) {
      const match = TRACEBACK_LINE.exec(consumer.file);
      if (!match) {
        problems.push({ file, pointer: '', message: `top_consumers entry "${consumer.file.slice(0, 200)}" is not a '  File "PATH", line N' line; left out` });
        continue;
      }
      const path = relativePath(match[1]!, root);
      const key = `${path}:${match[2]}`;
      const site = siteSizes.get(key) ?? { file: path, line: Number(match[2]), sizes: new Array<number>(ordered.length).fill(0) };
      site.sizes[index] = consumer.size_mb * MB;
      siteSizes.set(key, site);
    }
  });
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

/** POSIX path relative to root when it lies below it; other paths are kept as they are. */
export function relativePath(path: string, root: string | undefined): string {
  const posix = path.replaceAll('\\', '/');
  if (!root) return posix;
  const base = root.replaceAll('\\', '/').replace(/\/+$/, '') + '/';
  return posix.startsWith(base) ? posix.slice(base.length) : posix;
}

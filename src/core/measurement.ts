// One model of "what was measured" for every input format: the verdict code never needs to know
// whether a file came from our collector or from a LiteLLM-style suite.
import type { Cycles, ObjectGrowth, Problem, Retainer } from './types.js';
import { clip, MAX_PROBLEMS_PER_FILE, siteFault } from './limits.js';
import { parseTracebackLine } from './traceback-line.js';
import type { SoakSamples } from './soak.js';
import { cycles, objectGrowth, type ObjectTypesPhase } from './objects.js';

export interface Site {
  file: string;
  line: number;
  function?: string;
  code?: string;
  /** Bytes alive at this site after each judged batch. */
  sizes: number[];
  retainer?: Retainer;
}

/** The heap whose allocations `traced` and the sites count: CPython's (tracemalloc) or a JavaScript engine's (V8's). */
export type Heap = 'python' | 'js';

export interface Measurement {
  testId: string;
  snapshot: string;
  /** Which heap was traced: it names the kind of a heap leak and what to raise to measure more. */
  heap: Heap;
  /** POSIX path of the test's own file, when the collector recorded it: sources in the code under test rank above it. */
  testFile?: string;
  /** Set when the test did not run to the end: the verdict is then 'error'. */
  failure?: string;
  skipped?: boolean;
  /** Operations in each judged batch (warm-up batches are dropped). */
  operations: number[];
  errors: number[];
  traced: number[];
  rss: (number | null)[];
  /** Bytes in use by the C allocator after each judged batch (null where the collector could not tell). */
  nativeHeap: (number | null)[];
  /** Bytes outside the JS heap (Node's `external`: Buffers, ArrayBuffers) after each judged batch; absent when no batch recorded them. */
  external?: (number | null)[];
  sites: Site[];
  /** A deeper phase that only names the lines: its sites rank the sources of a leak the judged phase found. */
  /** The phase that only names lines: its judged batches' operations, its sites, and why it stopped early when it did. */
  attribution?: { operations: number[]; sites: Site[]; stopped?: string };
  /** Why the judged phase ended before its planned batches (a time budget, a slowdown). */
  stopped?: string;
  /** Growth the test may keep on purpose (bytes per operation, bytes in total): floors are raised to these. */
  allowance?: { bytesPerOp?: number; totalBytes?: number };
  /** Set when the judged phase is a soak (role 'soak'): judged by time, not by batch (src/core/soak.ts). */
  soak?: SoakSamples;
  /** Object types kept per operation (from the phase that sampled them), and cycles in the judged phase. */
  objectGrowth?: ObjectGrowth[];
  cycles?: Cycles;
}

type PhaseV1 = {
  name: string;
  role?: 'verdict' | 'attribution' | 'soak';
  stopped?: string;
  batches: { warmup?: boolean; operations: number; errors?: number; traced_bytes: number; rss_bytes?: number | null; native_heap_bytes?: number | null; duration_s?: number; elapsed_s?: number; external_bytes?: number | null; cycles_collected?: number; uncollectable?: number }[];
  sites?: { file: string; line: number; function?: string; code?: string; sizes: (number | null)[]; retainer?: Retainer }[];
  object_types?: ObjectTypesPhase['object_types'];
};

interface SnapshotV1 {
  test: { id: string; file?: string };
  collector: { name: string; heap?: Heap };
  config?: { allow_bytes_per_op?: number; allow_total_bytes?: number; soak?: SoakConfigV1 };
  phases: PhaseV1[];
  outcome?: { status: 'passed' | 'failed' | 'error' | 'skipped'; message?: string };
}

interface SoakConfigV1 {
  duration_s?: number;
  interval_s?: number;
  warning_mb_per_hour?: number;
  failure_mb_per_hour?: number;
}

/**
 * The phase whose role is 'verdict' (or 'soak') is judged; snapshots without roles (older collectors) have
 * their last phase judged. A phase whose role is 'attribution' only ranks the sources.
 */
export function fromSnapshotV1(snapshot: SnapshotV1, file: string, problems: Problem[]): Measurement {
  const roles = snapshot.phases.map((phase) => phase.role);
  const judgedRole = roles.includes('soak') ? 'soak' : 'verdict';
  const verdictIndex = roles.includes(judgedRole) ? roles.indexOf(judgedRole) : snapshot.phases.length - 1;
  const phase = snapshot.phases[verdictIndex]!;
  const judged = judgedBatches(phase);
  const attributionIndex = roles.indexOf('attribution');
  const attributionPhase = attributionIndex >= 0 && attributionIndex !== verdictIndex ? snapshot.phases[attributionIndex]! : undefined;
  const outcome = snapshot.outcome;
  const config = snapshot.config ?? {};
  // Object types are sampled in the confirm phase (older collectors: in the last phase).
  const sampledTypes = [...snapshot.phases].reverse().find((candidate) => candidate.object_types?.length);
  const grownTypes = sampledTypes && objectGrowth(sampledTypes);
  const cyclesFound = cycles(phase);
  return {
    testId: snapshot.test.id,
    snapshot: file,
    heap: heapOf(snapshot.collector),
    ...(snapshot.test.file !== undefined && { testFile: snapshot.test.file }),
    failure: outcome && (outcome.status === 'failed' || outcome.status === 'error') ? outcome.message || `the test ${outcome.status}` : undefined,
    skipped: outcome?.status === 'skipped',
    operations: judged.map((i) => phase.batches[i]!.operations),
    errors: judged.map((i) => phase.batches[i]!.errors ?? 0),
    traced: judged.map((i) => phase.batches[i]!.traced_bytes),
    rss: judged.map((i) => phase.batches[i]!.rss_bytes ?? null),
    nativeHeap: judged.map((i) => phase.batches[i]!.native_heap_bytes ?? null),
    ...(judged.some((i) => phase.batches[i]!.external_bytes !== undefined) && { external: judged.map((i) => phase.batches[i]!.external_bytes ?? null) }),
    sites: judgedSites(phase, verdictIndex, judged, file, problems),
    ...(attributionPhase && {
      attribution: {
        operations: judgedBatches(attributionPhase).map((i) => attributionPhase.batches[i]!.operations),
        sites: judgedSites(attributionPhase, attributionIndex, judgedBatches(attributionPhase), file, problems),
        ...(attributionPhase.stopped !== undefined && { stopped: attributionPhase.stopped }),
      },
    }),
    ...(phase.stopped !== undefined && { stopped: phase.stopped }),
    ...((config.allow_bytes_per_op !== undefined || config.allow_total_bytes !== undefined) && {
      allowance: {
        ...(config.allow_bytes_per_op !== undefined && { bytesPerOp: config.allow_bytes_per_op }),
        ...(config.allow_total_bytes !== undefined && { totalBytes: config.allow_total_bytes }),
      },
    }),
    ...(grownTypes && { objectGrowth: grownTypes }),
    ...(cyclesFound && { cycles: cyclesFound }),
    ...(phase.role === 'soak' && { soak: soakSamples(phase, judged, config.soak) }),
  };
}

/**
 * The heap a snapshot traced: its collector's `heap` field; without it, the Node collector's
 * snapshots written before the field existed are the JavaScript heap's, every other Python's.
 */
function heapOf(collector: SnapshotV1['collector']): Heap {
  return collector.heap ?? (collector.name === 'memleak-node' ? 'js' : 'python');
}

/**
 * A soak phase's judged samples: RSS when every judged sample has it (what the process costs the
 * machine, as the OPA suite measures), else traced bytes. A sample without `elapsed_s` is placed
 * by the sum of the batch durations before it.
 */
function soakSamples(phase: PhaseV1, judged: readonly number[], config: SoakConfigV1 | undefined): SoakSamples {
  const batches = judged.map((i) => phase.batches[i]!);
  const rss = batches.map((batch) => batch.rss_bytes ?? null);
  const useRss = rss.length > 0 && rss.every((value) => value !== null);
  const ended: number[] = [];
  phase.batches.reduce((total, batch) => {
    ended.push(total + (batch.duration_s ?? 0));
    return ended[ended.length - 1]!;
  }, 0);
  return {
    elapsed: judged.map((i) => phase.batches[i]!.elapsed_s ?? ended[i]!),
    bytes: useRss ? (rss as number[]) : batches.map((batch) => batch.traced_bytes),
    series: useRss ? 'rss' : 'traced',
    ...(config?.interval_s !== undefined && { intervalS: config.interval_s }),
    ...(config?.duration_s !== undefined && { plannedS: config.duration_s }),
    tiers: {
      ...(config?.warning_mb_per_hour !== undefined && { warning_mb_per_hour: config.warning_mb_per_hour }),
      ...(config?.failure_mb_per_hour !== undefined && { failure_mb_per_hour: config.failure_mb_per_hour }),
    },
  };
}

function judgedBatches(phase: PhaseV1): number[] {
  const judged: number[] = [];
  phase.batches.forEach((batch, index) => {
    if (!batch.warmup) judged.push(index);
  });
  return judged;
}

/** A phase's sites with their sizes after the judged batches; a site whose sizes do not line up with the batches is a problem. */
function judgedSites(phase: PhaseV1, phaseIndex: number, judged: readonly number[], file: string, problems: Problem[]): Site[] {
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
    const sizes = judged.map((i) => site.sizes[i]!);
    // A site without detail for some batches (a traced heap too large to snapshot after every
    // batch) has no steps to judge: the verdict then rests on the total.
    if (sizes.some((size) => size === null)) return;
    sites.push({ file: site.file, line: site.line, function: site.function, code: site.code, sizes: sizes as number[], ...(site.retainer && { retainer: site.retainer }) });
  });
  return sites;
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
    heap: 'python',
    operations: ordered.map((batch) => batch.operations),
    errors: ordered.map((batch) => batch.errors),
    traced: ordered.map((batch) => batch.traced),
    rss: ordered.map(() => null),
    nativeHeap: ordered.map(() => null),
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

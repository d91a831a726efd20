// The snapshot `memleak soak` writes for a command that has no leak tests of its own: one "test"
// named after the command, one phase with role "soak" whose batches are the samples of the
// process tree's RSS (schemas/README.md, "Soak runs"). Named as the Python collector names its
// files, so the next run's clean-up recognises it.
import { createHash } from 'node:crypto';
import { TOOL_VERSION } from '../version.js';

export interface ProcessSample {
  /** Seconds since the command started. */
  elapsed: number;
  rss: number;
}

export interface ProcessSoak {
  command: string[];
  root: string;
  durationS: number;
  intervalS: number;
  tiers: { warning_mb_per_hour?: number; failure_mb_per_hour?: number };
  samples: ProcessSample[];
  /** Why the soak ended before its duration, if it did. */
  stopped?: string;
  now: Date;
}

/** Test ids hold at most this many characters of the command. */
const ID_COMMAND_LENGTH = 200;

/** The test id of a command sampled from outside: `soak: ` and the command, cut to ID_COMMAND_LENGTH characters. */
export function processTestId(command: readonly string[]): string {
  const text = command.join(' ');
  return `soak: ${text.length > ID_COMMAND_LENGTH ? `${text.slice(0, ID_COMMAND_LENGTH - 1)}…` : text}`;
}

/** The file name the Python collector would give this test id (snapshot_files.file_name). */
export function snapshotFileName(testId: string): string {
  const stem = testId.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+|[._]+$/g, '').slice(0, 100) || 'test';
  return `${stem}-${createHash('sha256').update(testId, 'utf8').digest('hex').slice(0, 12)}.json`;
}

/**
 * Share of the time measured whose samples are warm-up (start-up, caches filling), as the Python
 * collector's soak.WARMUP_SHARE: growth is judged after it, "after stabilization" as the OPA
 * suite says. Of the time measured, not planned, so an interrupted soak keeps its later samples.
 */
export const WARMUP_SHARE = 0.1;

/** The snapshot document: no traced allocations can be seen from outside (traced_bytes 0); the first sample, and those in the first WARMUP_SHARE of the time measured, are warm-up. */
export function processSnapshot(soak: ProcessSoak): object {
  let previous = 0;
  const measured = soak.samples.at(-1)?.elapsed ?? 0;
  const batches = soak.samples.map((sample, index) => {
    const batch = {
      warmup: index === 0 || sample.elapsed < WARMUP_SHARE * measured,
      operations: 0,
      duration_s: round6(sample.elapsed - previous),
      elapsed_s: round6(sample.elapsed),
      traced_bytes: 0,
      rss_bytes: sample.rss,
      native_heap_bytes: null,
    };
    previous = sample.elapsed;
    return batch;
  });
  return {
    format: 'memleak-snapshot',
    version: 1,
    test: { id: processTestId(soak.command), name: soak.command.join(' ').slice(0, 4096) },
    collector: { name: 'memleak-cli-soak', version: TOOL_VERSION, runtime: `Node ${process.versions.node}`, platform: `${process.platform}-${process.arch}` },
    created_at: soak.now.toISOString(),
    root: soak.root,
    config: { soak: { duration_s: soak.durationS, interval_s: soak.intervalS, ...soak.tiers } },
    phases: [{ name: 'soak', role: 'soak', traceback_depth: 0, batches, sites: [], ...(soak.stopped && { stopped: soak.stopped.slice(0, 4096) }) }],
    outcome: { status: 'passed' },
  };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

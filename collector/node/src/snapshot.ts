// The snapshot.v1 document of one test, and where it is written: one file per test, named as the
// pytest collector names them (sanitised id + 12 hex digits of its SHA-256), written whole or not
// at all (temporary file, then rename).
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arch, platform } from 'node:os';

export const COLLECTOR_NAME = 'memleak-node';
export const COLLECTOR_VERSION = '0.1.0';

/** One batch as snapshot.v1 has it, with Node's two additions (bytes outside the JS heap). */
export interface BatchRecord {
  warmup: boolean;
  operations: number;
  errors?: number;
  error_types?: Record<string, number>;
  duration_s: number;
  traced_bytes: number;
  rss_bytes: number;
  heap_used_bytes: number;
  external_bytes: number;
  array_buffers_bytes: number;
}

export interface SiteRecord {
  file: string;
  line: number;
  function: string;
  code?: string;
  sizes: number[];
}

export interface PhaseRecord {
  name: 'screen' | 'statements';
  role: 'verdict' | 'attribution';
  batches: BatchRecord[];
  sites?: SiteRecord[];
  unattributed_bytes?: number[];
  sampling_interval_bytes?: number;
  /** Why the phase ended before its planned batches. */
  stopped?: string;
}

export function fileName(testId: string): string {
  const stem = testId.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+|[._]+$/g, '').slice(0, 100) || 'test';
  return `${stem}-${createHash('sha256').update(testId).digest('hex').slice(0, 12)}.json`;
}

/** Writes the document into directory (made if missing); returns the file's path. */
export function writeSnapshot(directory: string, document: { test: { id: string } }): string {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, fileName(document.test.id));
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(document, null, 1) + '\n');
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
  return path;
}

/**
 * The collector block: runtime and platform as the report shows them, and `heap: 'js'`, which
 * tells the analyser that traced_bytes count V8's heap (its heap leaks are kind `js-heap`).
 */
export function collectorInfo(): { name: string; version: string; runtime: string; platform: string; heap: 'js' } {
  return { name: COLLECTOR_NAME, version: COLLECTOR_VERSION, runtime: `Node.js ${process.versions.node} (V8 ${process.versions.v8})`, platform: `${platform()}-${arch()}`, heap: 'js' };
}

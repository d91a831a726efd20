// Reports for the service tests, produced by the analysis core itself from snapshot files, so
// what the service stores and compares is exactly what `memleak analyze` writes.
import { createHash } from 'node:crypto';
import { analyze, type Report } from '../../../src/core/index.js';
import { fileOf, linear } from '../../helpers/snapshots.js';

export interface TestSpec {
  id: string;
  /** Bytes retained per operation; 0 (default) is a clean test. */
  leakPerOp?: number;
  file?: string;
  line?: number;
  function?: string;
  code?: string;
}

const OPERATIONS = 100;
const BATCHES = 8;

export function analyzedReport(tests: TestSpec[], now = new Date('2026-11-21T09:00:00.000Z')): Report {
  const files = tests.map((spec) => {
    const perBatch = (spec.leakPerOp ?? 0) * OPERATIONS;
    return fileOf({
      id: spec.id,
      operations: OPERATIONS,
      traced: linear(BATCHES, 2_000_000, perBatch),
      sites: perBatch
        ? [{ file: spec.file ?? 'app/cache.py', line: spec.line ?? 12, function: spec.function ?? 'remember', code: spec.code ?? 'CACHE.append(item)', sizes: linear(BATCHES, 0, perBatch) }]
        : [],
    });
  });
  return analyze(files, { now });
}

/** A commit SHA made from a number: 40 hex digits, distinct (also in its first seven) per number. */
export function sha(n: number): string {
  return createHash('sha1').update(String(n)).digest('hex');
}

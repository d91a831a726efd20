// Leaking allocation sites: each site's own trend, so a small leak that the total hides is still
// found, and the report can name the line.
import type { Site } from './measurement.js';
import type { Source, Thresholds } from './types.js';
import { judgeTrend, mayGrow, measureTrend } from './trend.js';

export function leakingSources(sites: readonly Site[], operations: readonly number[], thresholds: Thresholds): Source[] {
  const floors = {
    perOp: thresholds.min_source_bytes_per_op,
    total: thresholds.min_source_total_bytes,
    share: thresholds.min_growing_share,
    steps: thresholds.min_source_batches,
  };
  const found: Source[] = [];
  for (const site of sites) {
    if (!mayGrow(site.sizes, floors)) continue;
    const judgement = judgeTrend(measureTrend(site.sizes, operations), floors);
    if (judgement.kind !== 'growing') continue;
    const { trend } = judgement;
    found.push({
      file: site.file,
      line: site.line,
      ...(site.function !== undefined && { function: site.function }),
      ...(site.code !== undefined && { code: site.code }),
      growth_bytes: trend.net,
      bytes_per_op: round(trend.perOp),
      batches_grown: trend.growingSteps,
    });
  }
  found.sort((a, b) => b.growth_bytes - a.growth_bytes || a.file.localeCompare(b.file) || a.line - b.line);
  return found.slice(0, thresholds.max_sources);
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

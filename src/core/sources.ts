// Leaking allocation sites: each site's own trend, so a small leak that the total hides is still
// found, and the report can name the line.
import type { Site } from './measurement.js';
import type { Source } from './types.js';
import { judgeTrend, mayGrow, measureTrend, type Trend, type TrendFloors } from './trend.js';
import { compareText } from './format.js';

export interface GrowingSite {
  site: Site;
  trend: Trend;
}

/**
 * The sites whose own series passes every test of judgeTrend with these floors, largest growth
 * first. floors.total may be 0: a phase that only attributes (deep tracebacks, byte-exact) lists
 * any site that grew steadily, whatever its total.
 */
export function growingSites(sites: readonly Site[], operations: readonly number[], floors: TrendFloors): GrowingSite[] {
  const found: GrowingSite[] = [];
  for (const site of sites) {
    if (!mayGrow(site.sizes, { ...floors, total: Math.max(1, floors.total) })) continue;
    const judgement = judgeTrend(measureTrend(site.sizes, operations), floors);
    if (judgement.kind === 'growing') found.push({ site, trend: judgement.trend });
  }
  return found.sort((a, b) => b.trend.net - a.trend.net);
}

/**
 * Sources as the report lists them: the code under test before the test's own code (a line in the
 * test file, a conftest or a tests/ folder keeps memory only because it calls the code under
 * test), then by growth, at most `max`.
 */
export function rankSources(found: readonly GrowingSite[], testFile: string | undefined, max: number): Source[] {
  return found
    .map(({ site, trend }) => ({
      source: {
        file: site.file,
        line: site.line,
        ...(site.function !== undefined && { function: site.function }),
        ...(site.code !== undefined && { code: site.code }),
        growth_bytes: trend.net,
        bytes_per_op: round(trend.perOp),
        batches_grown: trend.growingSteps,
        ...(site.retainer && { retainer: { path: site.retainer.path, type: site.retainer.type, root: site.retainer.root } }),
      },
      testCode: isTestCode(site.file, testFile),
    }))
    .sort((a, b) => Number(a.testCode) - Number(b.testCode) || b.source.growth_bytes - a.source.growth_bytes || compareText(a.source.file, b.source.file) || a.source.line - b.source.line)
    .slice(0, max)
    .map(({ source }) => source);
}

// Test code by the conventions of pytest's discovery (test_*.py, *_test.py, conftest.py), of
// JavaScript runners (*.test.ts, *.spec.js, …) and of project layouts (a tests/ or test/ folder).
// Each pattern is anchored and has no nested repetition, so it runs in linear time on any path.
const TEST_CODE = [/(?:^|\/)tests?\//, /(?:^|\/)test_[^/]*\.py$/, /_test\.py$/, /(?:^|\/)conftest\.py$/, /\.(?:test|spec)\.[cm]?[jt]sx?$/];

/** Whether a source file is test code rather than the code under test. */
export function isTestCode(file: string, testFile: string | undefined): boolean {
  return file === testFile || TEST_CODE.some((pattern) => pattern.test(file));
}

/** Rounds to hundredths: figures in reports and reasons are the same number. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

// A vs B: two implementations or configurations measured in the same run, told apart by a label
// in their parametrized test ids (`test_get[A]` and `test_get[B]`; `test_get[A-1000]` pairs with
// `test_get[B-1000]`). Per pair: the initial footprint, growth per operation, and how much B
// improves on A, in percent. Pure: it reads a judged report's tests.
import type { TestResult, Verdict } from './types.js';

export interface AbSide {
  id: string;
  verdict: Verdict;
  /** Traced bytes retained after the first judged batch (the warm-up done): what the implementation holds once running; null when not measured. */
  footprint_bytes: number | null;
  growth_per_op_bytes: number;
}

export interface AbRow {
  /** The test id with the label replaced by `*`: `test_get[*]`. */
  test: string;
  a: AbSide;
  b: AbSide;
  /** (A − B) / A × 100: positive when B holds less than A; null when A holds nothing (no base to divide by). */
  footprint_improvement_pct: number | null;
  growth_improvement_pct: number | null;
}

export interface AbComparison {
  labels: [string, string];
  rows: AbRow[];
  /** Ids carrying one of the labels whose counterpart with the other label is missing. */
  unpaired: string[];
}

/**
 * Pairs the tests of a report by label. A label is one of the dash-separated parts of the
 * bracketed parameter id at the end of a test id (pytest's ids); ids without either label are
 * ignored. Throws RangeError when the two labels are equal or empty.
 */
export function compareLabels(tests: readonly TestResult[], labelA: string, labelB: string): AbComparison {
  if (!labelA || !labelB || labelA === labelB) throw new RangeError(`two different labels are needed, got "${labelA}" and "${labelB}"`);
  const sides = { a: new Map<string, TestResult>(), b: new Map<string, TestResult>() };
  for (const test of tests) {
    const a = keyWithout(test.id, labelA);
    const b = keyWithout(test.id, labelB);
    if (a !== null) sides.a.set(a, test);
    else if (b !== null) sides.b.set(b, test);
  }
  const rows: AbRow[] = [];
  const unpaired: string[] = [];
  for (const [key, a] of sides.a) {
    const b = sides.b.get(key);
    if (!b) {
      unpaired.push(a.id);
      continue;
    }
    const left = side(a);
    const right = side(b);
    rows.push({
      test: key,
      a: left,
      b: right,
      footprint_improvement_pct: left.footprint_bytes === null || right.footprint_bytes === null ? null : improvement(left.footprint_bytes, right.footprint_bytes),
      growth_improvement_pct: improvement(left.growth_per_op_bytes, right.growth_per_op_bytes),
    });
  }
  for (const [key, b] of sides.b) if (!sides.a.has(key)) unpaired.push(b.id);
  rows.sort((x, y) => (x.test < y.test ? -1 : x.test > y.test ? 1 : 0));
  return { labels: [labelA, labelB], rows, unpaired: unpaired.sort() };
}

/** The id with `label` replaced by `*` in its bracketed parameters, or null when it has no such label. */
function keyWithout(id: string, label: string): string | null {
  if (!id.endsWith(']')) return null;
  const open = id.lastIndexOf('[');
  if (open < 0) return null;
  const parts = id.slice(open + 1, -1).split('-');
  const index = parts.indexOf(label);
  if (index < 0) return null;
  parts[index] = '*';
  return `${id.slice(0, open)}[${parts.join('-')}]`;
}

function side(test: TestResult): AbSide {
  const first = test.series.traced_bytes[0];
  return { id: test.id, verdict: test.verdict, footprint_bytes: first === undefined ? null : first, growth_per_op_bytes: test.growth_per_op_bytes };
}

function improvement(a: number, b: number): number | null {
  if (a <= 0) return a === 0 && b === 0 ? 0 : null;
  return Math.round(((a - b) / a) * 1000) / 10;
}

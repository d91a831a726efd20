// The table `memleak` prints: one row per test (its growth per operation and memory at the first
// and the last judged batch, as report.md and the comment give them), the leaks first, then the reasons for anything
// that is not a plain pass, and the problems with the input.
import { markdownTable } from 'markdown-table';
import { styleText } from 'node:util';
import type { Report, TestResult, Verdict } from '../core/index.js';
import { isHeapLeakKind } from '../core/types.js';
import { compareText, formatBytes } from '../core/format.js';
import { statusHeadline } from '../core/status.js';
import { headlineSpan, spanText } from '../core/render/figures.js';
import { mbh } from '../core/soak.js';
import { formatCycles, formatObjectGrowth, formatRetainer } from '../core/objects.js';
import { visibleText } from '../core/render/escape.js';

const ORDER: Record<Verdict, number> = { leak: 0, error: 1, inconclusive: 2, ok: 3 };
const COLOUR: Record<Verdict, Parameters<typeof styleText>[0]> = { leak: 'red', error: 'magenta', inconclusive: 'yellow', ok: 'green' };

// Visible width of a cell, so coloured cells still line up.
const visibleLength = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').length;

export function renderTerminal(report: Report, colour: boolean): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (colour ? styleText(style, text) : text);
  const compared = report.tests.some((test) => test.change !== undefined);
  const tests = [...report.tests].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || compareText(a.id, b.id));
  // A soak's figure is a rate per hour, not per operation: the heading says which when both appear.
  const growth = report.tests.some((test) => test.soak?.mb_per_hour !== undefined) ? 'Growth / op (soak: / hour)' : 'Growth / op';
  const header = ['Test', 'Verdict', ...(compared ? ['Change'] : []), growth, 'First → last batch', 'Top source'];
  const rows = tests.map((test) => [
    test.id,
    paint(test.soak?.tier === 'warning' ? 'yellow' : COLOUR[test.verdict], verdictLabel(test)),
    ...(compared ? [test.change ?? ''] : []),
    growthCell(test),
    spanText(headlineSpan(test)),
    topSource(test),
  ]);
  const lines = [markdownTable([header, ...rows], { align: ['l', 'l', ...(compared ? ['l'] : []), 'r', 'r', 'l'], stringLength: visibleLength })];
  const explained = tests.filter((test) => test.verdict !== 'ok' || test.kind === 'bounded' || test.soak !== undefined);
  if (explained.length) {
    lines.push('');
    for (const test of explained) {
      lines.push(`${paint(COLOUR[test.verdict], '●')} ${test.id}: ${test.reason}`);
      lines.push(...whatKeepsIt(test));
    }
  }
  if (report.baseline && !report.baseline.found) lines.push('', paint('yellow', `No baseline: ${report.baseline.reason ?? 'every leak counts as new'}`));
  if (report.problems.length) {
    lines.push('', paint('yellow', `${report.problems.length} input problem(s):`));
    for (const problem of report.problems) lines.push(`  ${problem.file}: ${problem.message}`);
  }
  const s = report.summary;
  // "PASS, 2 inconclusive" in yellow: a pass with tests that could not be judged is not a plain pass.
  const headline = statusHeadline(report, { pass: 'PASS', fail: 'FAIL' });
  const verdict = paint(report.status === 'fail' ? 'red' : s.inconclusive + s.error > 0 ? 'yellow' : 'green', headline);
  lines.push('', `${verdict}: ${report.status_reason} — ${s.tests} test(s): ${s.leak} leak, ${s.ok} ok, ${s.inconclusive} inconclusive, ${s.error} error`);
  return lines.join('\n');
}

function verdictLabel(test: TestResult): string {
  if (test.soak) return `${test.verdict} (soak${test.soak.tier ? `: ${test.soak.tier}` : ''})`;
  return test.verdict + (test.kind && !isHeapLeakKind(test.kind) ? ` (${test.kind})` : '');
}

function growthCell(test: TestResult): string {
  if (test.verdict === 'error') return '';
  // A soak's figure is a rate over time: operations may not even be counted (a server sampled from outside).
  if (test.soak?.mb_per_hour !== undefined) return mbh(test.soak.mb_per_hour);
  // A native leak's figure is native memory (the C allocator's bytes in use, or RSS), as its reason says.
  if (test.kind === 'native') return `${formatBytes(test.growth_per_op_bytes)} native`;
  return formatBytes(test.growth_per_op_bytes);
}

function topSource(test: TestResult): string {
  const top = test.sources[0];
  if (top) return `${top.file}:${top.line}${test.sources.length > 1 ? ` (+${test.sources.length - 1})` : ''}`;
  return test.kind === 'native' ? '(native: no source line)' : '';
}

/** Under a test's reason: each source with what keeps it, then the object types and cycles. */
function whatKeepsIt(test: TestResult): string[] {
  const lines = test.sources
    .filter((source) => source.retainer)
    .map((source) => `    ${source.file}:${source.line} kept by ${visibleText(formatRetainer(source.retainer!))}`);
  if (test.object_growth?.length) lines.push(`    objects kept: ${visibleText(formatObjectGrowth(test.object_growth))}`);
  if (test.cycles) lines.push(`    cycles: ${formatCycles(test.cycles)}`);
  return lines;
}

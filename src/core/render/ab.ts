// The A vs B table, for the terminal and for report.md: one row per pair of labelled tests.
import { markdownTable } from 'markdown-table';
import type { AbComparison } from '../ab.js';
import { formatBytes } from '../format.js';
import { escapeHtml, escapePlainMarkdown, visibleText } from './escape.js';

/** Rows of cells: test, footprint A → B (improvement), growth per op A → B (improvement), verdicts. */
function rows(comparison: AbComparison, text: (value: string) => string): string[][] {
  const [a, b] = comparison.labels;
  const header = ['Test', `Footprint ${a} → ${b}`, 'Improvement', `Growth / op ${a} → ${b}`, 'Improvement', 'Verdicts'];
  const body = comparison.rows.map((row) => [
    text(row.test),
    `${bytes(row.a.footprint_bytes)} → ${bytes(row.b.footprint_bytes)}`,
    percent(row.footprint_improvement_pct),
    `${formatBytes(row.a.growth_per_op_bytes)} → ${formatBytes(row.b.growth_per_op_bytes)}`,
    percent(row.growth_improvement_pct),
    `${row.a.verdict} / ${row.b.verdict}`,
  ]);
  return [header.map(text), ...body];
}

function bytes(value: number | null): string {
  return value === null ? '—' : formatBytes(value);
}

function percent(value: number | null): string {
  if (value === null) return '—';
  return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`;
}

function footnote(comparison: AbComparison, text: (value: string) => string): string {
  const [a, b] = comparison.labels.map(text);
  const unpaired = comparison.unpaired.length ? ` Without a counterpart: ${comparison.unpaired.map(text).join(', ')}.` : '';
  return `Improvement: how much less ${b} holds than ${a}, (${a} − ${b}) / ${a}; footprint: traced bytes retained after the warm-up.${unpaired}`;
}

/** The terminal's table (plain text; ids as they are). */
export function renderAbTerminal(comparison: AbComparison): string {
  const plain = (value: string) => value;
  return `${markdownTable(rows(comparison, plain))}\n\n${footnote(comparison, plain)}`;
}

/** report.md's section (a local file: Markdown-safe escaping, not GitHub's; see escapePlainMarkdown). */
export function renderAbMarkdown(comparison: AbComparison): string {
  const [a, b] = comparison.labels.map(escapePlainMarkdown);
  return `## ${a} vs ${b}\n\n${markdownTable(rows(comparison, escapePlainMarkdown), { alignDelimiters: false })}\n\n${footnote(comparison, escapePlainMarkdown)}\n`;
}

/** report.html's section: the same table as HTML, every string escaped (test ids are hostile). */
export function renderAbHtml(comparison: AbComparison): string {
  const text = (value: string) => escapeHtml(visibleText(value));
  const [header, ...body] = rows(comparison, text);
  const [a, b] = comparison.labels.map(text);
  const cells = (row: string[], tag: 'th' | 'td') => `<tr>${row.map((cell, column) => (tag === 'td' && column === 0 ? `<th scope="row">${cell}</th>` : `<${tag}>${cell}</${tag}>`)).join('')}</tr>`;
  return `<section id="ab"><h2>${a} vs ${b}</h2>
<table><thead>${cells(header!, 'th')}</thead><tbody>${body.map((row) => cells(row, 'td')).join('')}</tbody></table>
<p class="muted">${footnote(comparison, text)}</p></section>`;
}

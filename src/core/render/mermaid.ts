// A Mermaid xychart of the memory retained after each batch of one test: a leak is a line that
// keeps climbing. GitHub renders ```mermaid blocks in comments and job summaries.
import type { TestResult } from '../types.js';
import { mermaidLabel } from './escape.js';

/** The chart of `test`'s memory per judged batch, in KiB: traced memory, or RSS for a native leak (which tracing cannot see). */
export function mermaidChart(test: TestResult): string {
  const rss = test.series.rss_bytes.filter((bytes): bytes is number => bytes !== null);
  const native = test.kind === 'native' && rss.length > 1;
  const kib = (native ? rss : test.series.traced_bytes).map((bytes) => Math.round((bytes / 1024) * 10) / 10);
  const batches = kib.map((_, index) => index + 1);
  const low = Math.floor(Math.min(...kib));
  const high = Math.ceil(Math.max(...kib));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidLabel(test.id)}"`,
    `  x-axis "batch" [${batches.join(', ')}]`,
    `  y-axis "${native ? 'RSS' : 'traced'} KiB" ${low} --> ${high === low ? high + 1 : high}`,
    `  line [${kib.join(', ')}]`,
    '```',
  ].join('\n');
}

// Chart.js's browser build (UMD, minified), as text: served by the dashboard and inlined in
// report.html. Read from the installed package when the sources or the CLI run next to their
// node_modules; scripts/build.mjs replaces this module in the bundles with the file's text, so
// the action (which runs from dist/index.js with no node_modules) carries it too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The text of chart.js/dist/chart.umd.min.js. Its UMD build is not in the package's exports map, so the package entry is resolved and the file next to it taken. */
export function readChartJs(): string {
  const entry = createRequire(import.meta.url).resolve('chart.js');
  return readFileSync(join(dirname(entry), 'chart.umd.min.js'), 'utf8');
}

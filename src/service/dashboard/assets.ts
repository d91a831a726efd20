// Static files of the dashboard. Chart.js's UMD build is inlined into the CLI bundle by
// scripts/build.mjs (the constant below), so an installed `memleak serve` needs no node_modules
// for it; unbundled (tests, tsx) it is read from the installed chart.js package. Its UMD build is
// not in the package's exports map, so we resolve the package entry and take the file next to it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

declare const MEMLEAK_BUNDLED_CHART_JS: string | undefined;

/** Chart.js's minified UMD build (JavaScript source text). */
export function readChartJs(): string {
  if (typeof MEMLEAK_BUNDLED_CHART_JS === 'string') return MEMLEAK_BUNDLED_CHART_JS;
  return readFileSync(chartJsFile(), 'utf8');
}

/** The path of chart.umd.min.js in the installed chart.js package (the build reads it too). */
export function chartJsFile(): string {
  return join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');
}

/** Draws the growth chart from the JSON the page embeds; the page's table holds the same numbers. */
export const DASHBOARD_JS = `'use strict';
(function () {
  var source = document.getElementById('chart-data');
  var canvas = document.getElementById('growth-chart');
  if (!source || !canvas || typeof Chart === 'undefined') return;
  var data = JSON.parse(source.textContent);
  var palette = ['#d1242f', '#0969da', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a3069', '#953800'];
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.datasets.map(function (set, index) {
        var color = palette[index % palette.length];
        return { label: set.label, data: set.data, borderColor: color, backgroundColor: color, spanGaps: true, tension: 0.1 };
      })
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: 'bytes retained per operation' } }, x: { title: { display: true, text: 'commit' } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
  document.documentElement.setAttribute('data-chart', 'drawn');
})();
`;

export const DASHBOARD_CSS = `:root { color-scheme: light; font-family: system-ui, sans-serif; color: #1f2328; background: #fff; }
body { margin: 0; }
header { background: #24292f; padding: 0.6rem 1rem; }
header .brand { color: #fff; font-weight: 600; text-decoration: none; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: ui-monospace, monospace; font-size: 0.85rem; overflow-wrap: anywhere; }
.chart { position: relative; height: 22rem; }
.verdict-leak { color: #a40e26; font-weight: 600; }
.verdict-ok { color: #1a7f37; }
.muted { color: #59636e; }
a { color: #0969da; }
a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
nav ul { list-style: none; padding: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
`;

// report.html: one self-contained page per run (no network: the chart library, the styles and
// the data are inline, and its Content-Security-Policy forbids every fetch). A summary, an index
// of the tests, then a section per test: its figures, advice for a leak, a chart of memory per
// batch (traced and RSS), growth per source with the retainer, object-type growth and cycles.
// Charts are created only when their section scrolls near the view, so a report of thousands of
// tests opens at once. Pure: Chart.js's text and the code links come in as arguments.
import { isHeapLeakKind, type Report, type TestResult } from '../types.js';
import { formatBytes, formatCount } from '../format.js';
import { statusDetail, statusHeadline } from '../status.js';
import { escapeHtml, jsonForScript, visibleText } from './escape.js';
import { ADVICE, headlineSpan, leakPattern, memorySpans, severityOf, spanText } from './figures.js';
import { formatRetainer } from '../objects.js';
import { formatAge } from './format.js';
import type { AbComparison } from '../ab.js';
import { renderAbHtml } from './ab.js';
import { blobUrl, CHANGE_LABEL, growthCell, orderedTests, type RenderOptions } from './markdown.js';

export interface HtmlOptions {
  /** Chart.js's browser build (chart.umd.min.js), inlined in the page. */
  chartJs: string;
  /** The time baseline ages are measured against. */
  now: Date;
  /** The page's heading, e.g. "memleak" or "memleak (linux)". */
  title?: string;
  /** Links each source to its line at this commit (as in RenderOptions). */
  code?: RenderOptions['code'];
  /** An A vs B comparison of labelled tests (`memleak ab`), shown after the index. */
  ab?: AbComparison;
}

/** Repository-controlled text as HTML text: invisible characters made visible, markup made inert. */
function text(value: string): string {
  return escapeHtml(visibleText(value));
}

/**
 * The whole report.html document for `report`, as a string (write it as UTF-8). Tests are in
 * report.md's order (changes, then verdicts, then growth); each gets a section with id
 * `test-<position>` and, when it has batches, a canvas `chart-<position>` drawn on demand. Every
 * string from the report is escaped; the result never loads anything from the network.
 */
export function renderHtml(report: Report, options: HtmlOptions): string {
  const tests = orderedTests(report, true);
  const title = `${options.title ?? 'memleak'}: ${statusHeadline(report, { pass: 'passed', fail: 'failed' })}`;
  const series = tests.map(chartSeries);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${header(report, title, options)}
${index(report, tests)}
${options.ab ? renderAbHtml(options.ab) : ''}
${problems(report)}
${tests.map((test, position) => testSection(test, position, options)).join('\n')}
</main>
<script type="application/json" id="memleak-series">${jsonForScript(series)}</script>
<script>${inlineScript(options.chartJs)}</script>
<script>${CHART_JS}</script>
</body>
</html>
`;
}

/** A script's text inside <script>: a "</script" or "<!--" in it would end or change the element. */
function inlineScript(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function header(report: Report, title: string, options: HtmlOptions): string {
  const s = report.summary;
  const state = report.status === 'fail' ? 'fail' : s.leak + s.inconclusive + s.error > 0 ? 'warn' : 'pass';
  const generated = report.generated_at ? `Generated ${text(report.generated_at)}` : '';
  const tool = report.tool?.version ? ` by memleak ${text(report.tool.version)}` : '';
  const counts: [string, number][] = [
    ['tests', s.tests],
    ['leak', s.leak],
    ['ok', s.ok],
    ['inconclusive', s.inconclusive],
    ['error', s.error],
    ...(report.baseline ? ([['new leaks', s.new_leaks], ['fixed', s.fixed]] as [string, number][]) : []),
  ];
  return `<header>
<h1 class="status-${state}">${text(title)} — ${text(statusDetail(report))}</h1>
<p id="status-reason">${text(report.status_reason)}</p>
<table id="summary"><caption>Summary</caption><tbody><tr>${counts.map(([name]) => `<th scope="col">${name}</th>`).join('')}</tr><tr>${counts.map(([, count]) => `<td class="num">${formatCount(count)}</td>`).join('')}</tr></tbody></table>
${baseline(report, options)}
<p class="muted">${generated}${tool}. Charts show memory after each judged batch (warm-up batches excluded); hover a point for its value.</p>
</header>`;
}

function baseline(report: Report, options: HtmlOptions): string {
  const info = report.baseline;
  if (!info) return '';
  if (!info.found) return `<p><strong>No baseline:</strong> ${text(info.reason ?? 'every leak counts as new')}</p>`;
  const age = formatAge(info.created_at, options.now);
  const commit = info.commit ? ` of <code>${text(info.commit.slice(0, 12))}</code>` : '';
  const ref = info.ref ? ` on ${text(info.ref)}` : '';
  const run = info.run_url && /^https?:\/\//.test(info.run_url) ? ` (<a href="${escapeHtml(info.run_url)}">its run</a>)` : '';
  return `<p>Compared with the baseline${commit}${ref}${run}${age ? `, recorded ${text(age)}` : ''}.${info.reason ? ` ${text(info.reason)}` : ''}</p>`;
}

function index(report: Report, tests: TestResult[]): string {
  if (tests.length === 0) return '<p>No leak tests were measured.</p>';
  const compared = report.baseline !== undefined;
  const rows = tests.map((test, position) => {
    const top = test.sources[0];
    return `<tr class="verdict-${test.verdict}"><th scope="row"><a href="#test-${position}">${text(test.id)}</a></th>${compared ? `<td>${test.change ? CHANGE_LABEL[test.change] : ''}</td>` : ''}<td>${verdictLabel(test)}</td><td>${severityOf(test) ?? ''}</td><td class="num">${test.verdict === 'error' ? '' : escapeHtml(growthCell(test))}</td><td class="num">${escapeHtml(spanText(headlineSpan(test)))}</td><td>${top ? `<code>${text(`${top.file}:${top.line}`)}</code>` : ''}</td></tr>`;
  });
  return `<section id="index"><h2>Tests (${formatCount(tests.length)})</h2>
<table><thead><tr><th scope="col">Test</th>${compared ? '<th scope="col">Change</th>' : ''}<th scope="col">Verdict</th><th scope="col">Severity</th><th scope="col">Growth per operation</th><th scope="col">First → last batch</th><th scope="col">Top source</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></section>`;
}

function verdictLabel(test: TestResult): string {
  // A heap leak (`python`, `js-heap`: traced allocations with lines) is the ordinary kind: not shown.
  return test.kind && !isHeapLeakKind(test.kind) && test.verdict === 'leak' ? `leak (${test.kind})` : test.kind === 'bounded' ? 'ok (bounded)' : test.verdict;
}

function problems(report: Report): string {
  const missing = report.missing_tests ?? [];
  const parts: string[] = [];
  if (report.problems.length) {
    const items = report.problems.map((problem) => `<li><code>${text(problem.file)}</code>${problem.pointer ? ` at <code>${text(problem.pointer)}</code>` : ''}: ${text(problem.message)}</li>`);
    parts.push(`<section id="problems"><h2>Input that could not be used (${formatCount(report.problems.length)})</h2><ul>${items.join('')}</ul></section>`);
  }
  if (missing.length) parts.push(`<section id="missing"><h2>Tests in the baseline that did not run (${formatCount(missing.length)})</h2><ul>${missing.map((id) => `<li>${text(id)}</li>`).join('')}</ul></section>`);
  return parts.join('\n');
}

function testSection(test: TestResult, position: number, options: HtmlOptions): string {
  const spans = memorySpans(test);
  const severity = severityOf(test);
  const figures: [string, string][] = [
    ['Growth per operation', test.verdict === 'error' ? '' : growthCell(test)],
    ['Traced memory, first → last batch', spans.traced ? `${formatBytes(spans.traced.first)} → ${formatBytes(spans.traced.last)}` : ''],
    ['RSS, first → last batch', spans.rss ? `${formatBytes(spans.rss.first)} → ${formatBytes(spans.rss.last)}` : ''],
    ['RSS growth per operation', test.rss_growth_per_op_bytes === null ? '' : `${formatBytes(test.rss_growth_per_op_bytes)}/op`],
    ['Operations', test.operations ? `${formatCount(test.operations)} in ${formatCount(test.batches)} batches${test.errors ? `, ${formatCount(test.errors)} raised` : ''}` : ''],
  ];
  const pattern = leakPattern(test);
  const advice = pattern ? `<div class="advice"><strong>${ADVICE[pattern].title}.</strong> ${ADVICE[pattern].text}</div>` : '';
  const label = `Memory per batch of ${visibleText(test.id)}: ${[spanText(spans.traced), spanText(spans.rss)].filter(Boolean).join(', ') || 'no batches'}`;
  const chart = test.series.traced_bytes.length
    ? `<figure class="chart"><canvas id="chart-${position}" data-series="${position}" role="img" aria-label="${text(label)}"></canvas></figure>`
    : '<p class="muted">No batch was measured.</p>';
  return `<section class="test verdict-${test.verdict}" id="test-${position}" aria-labelledby="test-${position}-title">
<h2 id="test-${position}-title" class="test-id">${text(test.id)}</h2>
<p class="badges"><span class="badge verdict-${test.verdict}">${verdictLabel(test)}</span>${severity ? ` <span class="badge severity-${severity}">severity ${severity}</span>` : ''}${test.change ? ` <span class="badge">${CHANGE_LABEL[test.change]}</span>` : ''}</p>
<p class="reason">${text(test.reason)}</p>
<dl class="figures">${figures.filter(([, value]) => value).map(([name, value]) => `<dt>${name}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>
${advice}
${chart}
${sources(test, options)}
${objects(test)}
</section>`;
}

function sources(test: TestResult, options: HtmlOptions): string {
  if (test.sources.length === 0) return '';
  const all = test.sources;
  const largest = Math.max(...all.map((source) => source.bytes_per_op), 1);
  // Columns only collectors or comparisons fill are left out when no source has them.
  const retained = all.some((source) => source.retainer);
  const changed = all.some((source) => source.change);
  const rows = all.map((source) => {
    const where = text(`${source.file}:${source.line}`);
    const url = blobUrl(source, options);
    const retainer = source.retainer ? `<code>${text(formatRetainer(source.retainer))}</code>` : '';
    return `<tr><td><code>${url ? `<a href="${escapeHtml(url)}">${where}</a>` : where}</code>${source.function ? ` in <code>${text(source.function)}</code>` : ''}${source.code ? `<pre>${text(source.code)}</pre>` : ''}</td>${retained ? `<td>${retainer}</td>` : ''}<td class="num">${bar(source.bytes_per_op, largest)}${escapeHtml(formatBytes(source.bytes_per_op))}/op</td><td class="num">${escapeHtml(formatBytes(source.growth_bytes))}</td><td class="num">${formatCount(source.batches_grown)}</td>${changed ? `<td>${text(source.change ?? '')}</td>` : ''}</tr>`;
  });
  const header = `<th scope="col">Allocated at</th>${retained ? '<th scope="col">Kept by</th>' : ''}<th scope="col">Growth per operation</th><th scope="col">Total growth</th><th scope="col">Batches grown</th>${changed ? '<th scope="col">Change</th>' : ''}`;
  return `<table class="sources"><caption>Growth per source (where the memory was allocated${retained ? ', and what keeps it' : ''})</caption><thead><tr>${header}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function objects(test: TestResult): string {
  const { object_growth: growth = [], cycles } = test;
  const parts: string[] = [];
  if (growth.length) {
    const largest = Math.max(...growth.map((entry) => entry.bytes_per_op ?? 0), 1);
    const rows = growth.map((entry) => `<tr><td><code>${text(entry.type)}</code></td><td class="num">${entry.count_per_op.toFixed(2)}</td><td class="num">${entry.bytes_per_op === undefined ? '' : `${bar(entry.bytes_per_op, largest)}${escapeHtml(formatBytes(entry.bytes_per_op))}/op`}</td></tr>`);
    parts.push(`<table class="objects"><caption>Object types that grew</caption><thead><tr><th scope="col">Type</th><th scope="col">Objects per operation</th><th scope="col">Bytes per operation</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  }
  if (cycles) {
    parts.push(`<p class="cycles">Reference cycles: ${cycles.collected_per_op.toFixed(2)} objects per operation freed only by the cycle collector; ${formatCount(cycles.uncollectable)} uncollectable (gc.garbage).</p>`);
  }
  return parts.join('\n');
}

/** A bar in proportion to `value` out of `largest` (decoration: the number beside it is the figure). */
function bar(value: number, largest: number): string {
  const width = Math.max(0, Math.min(100, Math.round((value / largest) * 100)));
  return `<span class="bar" style="width:${width}%" aria-hidden="true"></span>`;
}

/** The unit a chart's axis uses: the largest whose value of the series' peak is at least 1. */
function unitFor(values: number[]): { name: string; size: number } {
  const peak = Math.max(0, ...values.map(Math.abs));
  const units = [
    { name: 'GiB', size: 1024 ** 3 },
    { name: 'MiB', size: 1024 ** 2 },
    { name: 'KiB', size: 1024 },
  ];
  return units.find((unit) => peak >= unit.size) ?? { name: 'B', size: 1 };
}

function scaled(values: (number | null)[], size: number): (number | null)[] {
  return values.map((value) => (value === null ? null : Number((value / size).toPrecision(6))));
}

/** What the page's script draws for one test: its series in the unit of each axis. */
function chartSeries(test: TestResult) {
  const traced = unitFor(test.series.traced_bytes);
  const rssValues = test.series.rss_bytes.filter((value): value is number => value !== null);
  const rss = unitFor(rssValues);
  return {
    traced: scaled(test.series.traced_bytes, traced.size),
    tracedUnit: traced.name,
    ...(rssValues.length ? { rss: scaled(test.series.rss_bytes, rss.size), rssUnit: rss.name } : {}),
  };
}

// Creates each chart when its canvas comes within a screen of the view, once.
const CHART_JS = `'use strict';
(function () {
  var source = document.getElementById('memleak-series');
  var canvases = document.querySelectorAll('canvas[data-series]');
  var root = document.documentElement;
  root.setAttribute('data-charts', String(canvases.length));
  if (!source || typeof Chart === 'undefined') return;
  var data = JSON.parse(source.textContent);
  var drawn = 0;
  function draw(canvas) {
    var series = data[Number(canvas.getAttribute('data-series'))];
    if (!series || canvas.hasAttribute('data-drawn')) return;
    var labels = series.traced.map(function (_, index) { return index + 1; });
    var radius = series.traced.length > 60 ? 0 : 2;
    var datasets = [{ label: 'traced (' + series.tracedUnit + ')', data: series.traced, yAxisID: 'y', borderColor: '#d1242f', backgroundColor: '#d1242f', pointRadius: radius, tension: 0.1 }];
    var scales = {
      x: { title: { display: true, text: 'batch' } },
      y: { position: 'left', title: { display: true, text: 'traced ' + series.tracedUnit } }
    };
    if (series.rss) {
      datasets.push({ label: 'RSS (' + series.rssUnit + ')', data: series.rss, yAxisID: 'y1', borderColor: '#0969da', backgroundColor: '#0969da', pointRadius: radius, spanGaps: true, tension: 0.1 });
      scales.y1 = { position: 'right', title: { display: true, text: 'RSS ' + series.rssUnit }, grid: { drawOnChartArea: false } };
    }
    new Chart(canvas, { type: 'line', data: { labels: labels, datasets: datasets }, options: { animation: false, responsive: true, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false }, scales: scales, plugins: { legend: { position: 'bottom' } } } });
    canvas.setAttribute('data-drawn', 'true');
    drawn += 1;
    root.setAttribute('data-charts-drawn', String(drawn));
  }
  if (!('IntersectionObserver' in window)) {
    canvases.forEach(draw);
    return;
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      observer.unobserve(entry.target);
      draw(entry.target);
    });
  }, { rootMargin: '100% 0px' });
  canvases.forEach(function (canvas) { observer.observe(canvas); });
})();
`;

const CSS = `:root { color-scheme: light; font-family: system-ui, sans-serif; color: #1f2328; background: #fff; }
body { margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.4rem; }
h1.status-fail { color: #a40e26; }
h1.status-warn { color: #7d4e00; }
h1.status-pass { color: #1a7f37; }
h2 { font-size: 1.15rem; margin-top: 2rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th[scope="row"], td code { overflow-wrap: anywhere; }
th { background: #f6f8fa; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; position: relative; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.85rem; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; margin: 0.2rem 0 0; color: #59636e; }
#summary { width: auto; }
#summary td { min-width: 4rem; }
section.test { border-top: 2px solid #d0d7de; margin-top: 2rem; }
section.test.verdict-leak { border-top-color: #d1242f; }
.badge { display: inline-block; border: 1px solid #d0d7de; border-radius: 1rem; padding: 0 0.6rem; font-size: 0.85rem; }
.verdict-leak .badge.verdict-leak, .badge.severity-high { background: #ffebe9; border-color: #d1242f; color: #a40e26; }
.badge.severity-medium { background: #fff8c5; border-color: #bf8700; }
.badge.verdict-ok { background: #dafbe1; border-color: #1a7f37; }
.badge.verdict-inconclusive, .badge.verdict-error { background: #fff8c5; border-color: #bf8700; }
tr.verdict-leak th a { color: #a40e26; }
dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.figures dt { color: #59636e; }
dl.figures dd { margin: 0; font-variant-numeric: tabular-nums; }
.advice { background: #ddf4ff; border-left: 4px solid #0969da; padding: 0.5rem 0.8rem; margin: 0.8rem 0; }
figure.chart { position: relative; height: 16rem; margin: 0.8rem 0; }
.bar { position: absolute; left: 0; top: 15%; height: 70%; background: #ffebe9; z-index: -1; }
td.num { isolation: isolate; }
.muted { color: #59636e; }
a { color: #0969da; }
`;

// The dashboard's two pages, rendered on the server: the repositories, and one repository's
// tests over its last commits (a chart and the same numbers as a table, then the current leaks).
import { formatBytes } from '../../core/format.js';
import type { Report } from '../../core/index.js';
import type { ReportRecord, RepositorySummary, TestResultRecord } from '../storage/storage.js';
import { escapeHtml, jsonForScript, page } from './html.js';

/** Tests drawn (and tabulated beside the chart) at most: more lines would be unreadable. Every current leak is listed in the leak table. */
const MAX_CHARTED_TESTS = 8;

export function repositoriesPage(repositories: RepositorySummary[]): string {
  const rows = repositories
    .map(
      (r) => `<tr><th scope="row"><a href="/${escapeHtml(r.name)}">${escapeHtml(r.name)}</a></th><td>${escapeHtml(r.defaultBranch)}</td><td class="num">${r.reports}</td><td>${escapeHtml(r.lastIngestAt ?? '–')}</td></tr>`,
    )
    .join('\n');
  const body = repositories.length
    ? `<table><caption>Repositories</caption><thead><tr><th scope="col">Repository</th><th scope="col">Default branch</th><th scope="col">Reports</th><th scope="col">Last report</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>No reports yet. Point the action at this service with <code>baseline: service</code>.</p>';
  return page('Repositories', `<h1>Repositories</h1>\n${body}`);
}

export interface RepositoryPageModel {
  repository: string;
  githubUrl: string;
  branch: string;
  key: string;
  keys: string[];
  reports: ReportRecord[];
  results: TestResultRecord[];
  latest: Report | undefined;
}

function chartedTests(results: TestResultRecord[]): string[] {
  const peak = new Map<string, { leaked: boolean; growth: number }>();
  for (const result of results) {
    const seen = peak.get(result.testId) ?? { leaked: false, growth: 0 };
    peak.set(result.testId, { leaked: seen.leaked || result.verdict === 'leak', growth: Math.max(seen.growth, result.growthPerOpBytes) });
  }
  // Tests that leaked at some point first, then by their largest growth.
  return [...peak.entries()]
    .sort(([, a], [, b]) => Number(b.leaked) - Number(a.leaked) || b.growth - a.growth)
    .slice(0, MAX_CHARTED_TESTS)
    .map(([id]) => id);
}

function commitLink(model: RepositoryPageModel, commit: string): string {
  return `<a href="${escapeHtml(`${model.githubUrl}/${model.repository}/commit/${commit}`)}"><code>${escapeHtml(commit.slice(0, 7))}</code></a>`;
}

function growthSection(model: RepositoryPageModel): string {
  if (!model.reports.length) return `<p>No reports for branch <code>${escapeHtml(model.branch)}</code>, key <code>${escapeHtml(model.key)}</code>.</p>`;
  const tests = chartedTests(model.results);
  const value = new Map(model.results.map((result) => [`${result.reportId}\u0000${result.testId}`, result]));
  const chartData = {
    labels: model.reports.map((report) => report.commit.slice(0, 7)),
    datasets: tests.map((test) => ({ label: test, data: model.reports.map((report) => value.get(`${report.id}\u0000${test}`)?.growthPerOpBytes ?? null) })),
  };
  const header = tests.map((test) => `<th scope="col"><code>${escapeHtml(test)}</code></th>`).join('');
  const rows = model.reports
    .map((report) => {
      const cells = tests
        .map((test) => {
          const result = value.get(`${report.id}\u0000${test}`);
          return result
            ? `<td class="num"><span class="verdict-${escapeHtml(result.verdict)}">${escapeHtml(formatBytes(result.growthPerOpBytes))}</span> <span class="muted">${escapeHtml(result.verdict)}</span></td>`
            : '<td class="muted">not run</td>';
        })
        .join('');
      const run = report.runUrl ? ` <a href="${escapeHtml(report.runUrl)}">run</a>` : '';
      return `<tr><th scope="row">${commitLink(model, report.commit)}${run}${report.isBaseline ? '' : ' <span class="muted">(not a baseline)</span>'}<br><span class="muted">${escapeHtml(report.commitTime.slice(0, 16).replace('T', ' '))}</span></th>${cells}</tr>`;
    })
    .join('\n');
  const description = `Growth per operation of ${tests.length} test(s) over the last ${model.reports.length} commit(s); the table below has the same numbers.`;
  return `<h2 id="growth">Growth per operation</h2>
<figure>
<div class="chart"><canvas id="growth-chart" role="img" aria-label="${escapeHtml(description)}"></canvas></div>
<figcaption class="muted">${escapeHtml(description)}</figcaption>
</figure>
<script type="application/json" id="chart-data">${jsonForScript(chartData)}</script>
<table id="growth-table"><caption>Bytes retained per operation, by commit (oldest first)</caption>
<thead><tr><th scope="col">Commit</th>${header}</tr></thead>
<tbody>${rows}</tbody></table>`;
}

function leaksSection(model: RepositoryPageModel): string {
  const latest = model.reports.at(-1);
  if (!model.latest || !latest) return '';
  const leaks = model.latest.tests.filter((test) => test.verdict === 'leak');
  if (!leaks.length) return `<h2 id="leaks">Current leaks</h2><p>No test leaks at ${commitLink(model, latest.commit)}.</p>`;
  const rows = leaks
    .map((test) => {
      const sources = test.sources
        .map((source) => {
          const href = `${model.githubUrl}/${model.repository}/blob/${latest.commit}/${source.file.split('/').map(encodeURIComponent).join('/')}#L${source.line}`;
          const fn = source.function ? ` <span class="muted">in ${escapeHtml(source.function)}</span>` : '';
          return `<li><a href="${escapeHtml(href)}"><code>${escapeHtml(`${source.file}:${source.line}`)}</code></a>${fn} <span class="muted">${escapeHtml(formatBytes(source.bytes_per_op ?? 0))}/op</span></li>`;
        })
        .join('');
      const where = sources ? `<ul>${sources}</ul>` : '<span class="muted">no source line (native growth)</span>';
      return `<tr><th scope="row"><code>${escapeHtml(test.id)}</code></th><td class="num">${escapeHtml(formatBytes(test.growth_per_op_bytes ?? 0))}/op</td><td>${escapeHtml(test.kind ?? '')}</td><td>${where}</td><td>${escapeHtml(test.reason ?? '')}</td></tr>`;
    })
    .join('\n');
  return `<h2 id="leaks">Current leaks</h2>
<table id="leak-table"><caption>Leaking tests at ${commitLink(model, latest.commit)}</caption>
<thead><tr><th scope="col">Test</th><th scope="col">Growth</th><th scope="col">Kind</th><th scope="col">Where (file:line)</th><th scope="col">Why</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

export function repositoryPage(model: RepositoryPageModel): string {
  const base = `/${model.repository}`;
  const keys =
    model.keys.length > 1
      ? `<nav aria-label="Report keys"><ul>${model.keys
          .map((key) => (key === model.key ? `<li aria-current="page"><strong>${escapeHtml(key)}</strong></li>` : `<li><a href="${escapeHtml(`${base}?branch=${encodeURIComponent(model.branch)}&key=${encodeURIComponent(key)}`)}">${escapeHtml(key)}</a></li>`))
          .join('')}</ul></nav>`
      : '';
  const body = `<h1>${escapeHtml(model.repository)}</h1>
<p>Branch <code>${escapeHtml(model.branch)}</code>, key <code>${escapeHtml(model.key)}</code> · <a href="${escapeHtml(`${model.githubUrl}/${model.repository}`)}">on GitHub</a></p>
${keys}
${leaksSection(model)}
${growthSection(model)}`;
  return page(model.repository, body, model.reports.length ? ['/assets/chart.umd.js', '/assets/dashboard.js'] : []);
}

export function messagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}

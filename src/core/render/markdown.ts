// Renders a report as GitHub-flavoured Markdown: the pull-request comment, the job summary and the
// CLI's report.md are all this one function with different options. Pure: the links, the time and
// the length limit come in as arguments.
import { markdownTable } from 'markdown-table';
import { isHeapLeakKind, type Change, type Report, type Source, type TestResult } from '../types.js';
import { formatCycles, formatObjectGrowth, formatRetainer } from '../objects.js';
import { clip, encodePath, escapeMarkdown, escapePlainMarkdown } from './escape.js';
import { formatAge } from './format.js';
import { compareText, formatBytes } from '../format.js';
import { mermaidChart } from './mermaid.js';
import { headlineSpan, spanText } from './figures.js';
import { mbh, rateNumber } from '../soak.js';
import { repositoryPath } from './paths.js';
import { isUnjudged, policyOf, statusDetail, statusHeadline } from '../status.js';

/** GitHub refuses issue and pull-request comments (and check-run summaries) longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface RenderOptions {
  /** The heading's name, e.g. "memleak" or "memleak (linux)". */
  title?: string;
  /** Links each source to its line at this commit; `directory` is where the tests ran, relative to the repository root. */
  code?: { repositoryUrl: string; commit: string; directory?: string };
  /** Where the full report can be read when this rendering is cut short. */
  links?: { summary?: string; artifact?: string };
  /** A hidden HTML comment appended last, so the comment can be found again. Must be our own text. */
  marker?: string;
  /** Longest acceptable result; rows are dropped (never cut mid-markup) to fit. */
  maxLength?: number;
  /** How length is measured: UTF-16 units by default (never fewer than GitHub's characters); pass a byte count for byte limits. */
  lengthOf?: (text: string) => number;
  /** The time baseline ages are measured against. */
  now: Date;
  /** Most memory charts drawn (one per leaking test). */
  maxCharts?: number;
  /** List every test in the main table, not only the ones worth a reader's attention. */
  allTests?: boolean;
  /**
   * Where the Markdown is read: 'github' (default: comments, check runs, job summaries) makes
   * repository text inert to everything GitHub acts on (escapeMarkdown); 'local' (a report.md
   * file) only backslash-escapes what Markdown itself would act on, so it reads as plain text.
   */
  audience?: 'github' | 'local';
}

/** The escaping of repository text for `options.audience`. */
function escaperOf(options: Pick<RenderOptions, 'audience'>): (text: string) => string {
  return options.audience === 'local' ? escapePlainMarkdown : escapeMarkdown;
}

interface Budget {
  testRows: number;
  sourceRows: number;
  charts: number;
  problems: number;
  /** Tests listed with the reason they could not be judged. */
  unjudged: number;
  /** Whether anything was left out to fit. */
  shortened: boolean;
}

export const CHANGE_LABEL: Record<Change, string> = {
  'new-leak': '🆕 new leak',
  regressed: '📈 regressed',
  'still-leaking': '🔁 still leaking',
  fixed: '✅ fixed',
  'new-test': 'new test',
  unchanged: 'unchanged',
};

const CHANGE_RANK: Record<Change, number> = { 'new-leak': 0, regressed: 1, 'still-leaking': 2, 'new-test': 3, fixed: 4, unchanged: 5 };
const VERDICT_RANK = { leak: 0, error: 1, inconclusive: 2, ok: 3 } as const;

/** Renders `report`, dropping rows until the result fits `maxLength`. */
export function renderMarkdown(report: Report, options: RenderOptions): string {
  if (options.marker !== undefined && !/^<!--(?:(?!--)[^])*-->$/.test(options.marker)) {
    throw new Error('The marker must be a single HTML comment.');
  }
  const tests = orderedTests(report, options.allTests ?? false);
  const sourceCount = tests.reduce((sum, test) => sum + (test.verdict === 'leak' ? test.sources.length : 0), 0);
  let budget: Budget = {
    testRows: tests.length,
    sourceRows: sourceCount,
    charts: options.maxCharts ?? 5,
    problems: report.problems.length,
    unjudged: report.tests.filter(isUnjudged).length,
    shortened: false,
  };
  const limit = options.maxLength ?? Number.POSITIVE_INFINITY;
  for (;;) {
    const body = renderWithin(report, tests, options, budget);
    if ((options.lengthOf ?? ((text: string) => text.length))(body) <= limit) return body;
    const smaller = shrink(budget);
    if (!smaller) return renderMinimal(report, options);
    budget = smaller;
  }
}

/** The next, smaller budget: charts go first, then sources, problems, the reasons of unjudged tests and finally test rows. */
function shrink(budget: Budget): Budget | undefined {
  const shortened = true;
  if (budget.charts > 0) return { ...budget, charts: 0, shortened };
  if (budget.sourceRows > 0) return { ...budget, sourceRows: Math.floor(budget.sourceRows / 2), shortened };
  if (budget.problems > 0) return { ...budget, problems: Math.floor(budget.problems / 2), shortened };
  if (budget.unjudged > 0) return { ...budget, unjudged: Math.floor(budget.unjudged / 2), shortened };
  if (budget.testRows > 1) return { ...budget, testRows: Math.floor(budget.testRows / 2), shortened };
  return undefined;
}

/** The tests a rendering lists, most urgent first: changes, then verdicts, then growth. Shared with report.html. */
export function orderedTests(report: Report, allTests: boolean): TestResult[] {
  const notable = (test: TestResult) => allTests || test.verdict !== 'ok' || test.soak?.tier === 'warning' || (test.change !== undefined && test.change !== 'unchanged' && test.change !== 'new-test');
  return report.tests
    .filter(notable)
    .sort(
      (a, b) =>
        (a.change ? CHANGE_RANK[a.change] : 9) - (b.change ? CHANGE_RANK[b.change] : 9) ||
        VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
        b.growth_per_op_bytes - a.growth_per_op_bytes ||
        compareText(a.id, b.id),
    );
}

function renderWithin(report: Report, tests: TestResult[], options: RenderOptions, budget: Budget): string {
  const parts = [
    heading(report, options),
    escaperOf(options)(clip(report.status_reason, 2000)),
    testTable(report, tests, options, budget.testRows),
    soakTable(report, options),
    unjudgedTests(report, budget.unjudged, options),
    sourceTable(tests, options, budget.sourceRows),
    objectsAndCycles(tests, options, budget.sourceRows),
    charts(tests, budget.charts),
    missingTests(report, options),
    problems(report, budget.problems, options),
    baseline(report, options),
    footer(options, budget),
    options.marker,
  ];
  return `${parts.filter((part) => part).join('\n\n')}\n`;
}

function renderMinimal(report: Report, options: RenderOptions): string {
  const pointer = pointerTo(options.links) ?? 'the full report in the job summary';
  return `${heading(report, options)}\n\nThe details are too long for a comment: see ${pointer}.\n${options.marker ? `\n${options.marker}\n` : ''}`;
}

function heading(report: Report, options: RenderOptions): string {
  const escape = escaperOf(options);
  const title = escape(options.title ?? 'memleak');
  const { summary } = report;
  // Green only when every test was judged and none leaks: "passed, 2 inconclusive" is yellow.
  const icon = report.status === 'fail' ? '🔴' : summary.leak + summary.inconclusive + summary.error > 0 ? '🟡' : '🟢';
  return `### ${icon} ${title}: ${statusHeadline(report, { pass: 'passed', fail: 'failed' })} — ${statusDetail(report)}`;
}

function testTable(report: Report, tests: TestResult[], options: RenderOptions, rows: number): string {
  const escape = escaperOf(options);
  if (report.tests.length === 0) return '_No leak tests were measured._';
  if (tests.length === 0) return `All ${report.tests.length} leak tests are free of leaks.`;
  const compared = report.baseline !== undefined;
  const header = ['Test', ...(compared ? ['Change'] : []), 'Verdict', 'Growth per operation', 'First → last batch', 'Top source'];
  const body = tests.slice(0, rows).map((test) => [
    escape(clip(test.id, 300)),
    ...(compared ? [test.change ? CHANGE_LABEL[test.change] : ''] : []),
    verdictCell(test),
    growthCell(test),
    spanText(headlineSpan(test)),
    test.sources[0] ? sourceLink(test.sources[0], options) : test.verdict === 'leak' && test.kind === 'native' ? 'native memory (no source line)' : '',
  ]);
  const hidden = report.tests.length - tests.length;
  const notes = [
    tests.length > rows ? `${tests.length - rows} more tests are in the full report.` : '',
    hidden > 0 && !options.allTests ? (hidden === 1 ? '1 other test is free of leaks.' : `${hidden} other tests are free of leaks.`) : '',
  ].filter(Boolean);
  return [markdownTable([header, ...body], { alignDelimiters: false }), notes.join(' ')].filter(Boolean).join('\n\n');
}

function verdictCell(test: TestResult): string {
  const soak = test.soak ? `${test.verdict} (soak${test.soak.tier ? `: ${test.soak.tier}` : ''})` : undefined;
  // A heap leak (`python`, `js-heap`) is the ordinary kind: not shown.
  const verdict = soak ?? (test.kind && !isHeapLeakKind(test.kind) && test.verdict === 'leak' ? `leak (${test.kind})` : test.verdict);
  return test.baseline && test.change && test.change !== 'unchanged' ? `${verdict}, was ${test.baseline.verdict}` : verdict;
}

/** Growth per operation as every rendering writes it, e.g. "1.00 KiB/op (was 512 B/op)". */
export function growthCell(test: TestResult): string {
  if (test.soak?.mb_per_hour !== undefined) return mbh(test.soak.mb_per_hour);
  // A native leak's figure is native memory (the C allocator's bytes in use, or RSS), as its reason says.
  if (test.kind === 'native') return `${formatBytes(test.growth_per_op_bytes)}/op (native)`;
  const now = `${formatBytes(test.growth_per_op_bytes)}/op`;
  return test.baseline ? `${now} (was ${formatBytes(test.baseline.growth_per_op_bytes)}/op)` : now;
}

/** Soak tests shown in a table of this many rows at most; the rest are counted. */
const SOAK_ROWS = 20;

/** The soak tests: rate with its interval, tier against the tiers in force, how long, and why. */
function soakTable(report: Report, options: RenderOptions): string {
  const escape = escaperOf(options);
  const soaked = report.tests.filter((test) => test.soak !== undefined);
  if (soaked.length === 0) return '';
  const rate = (soak: NonNullable<TestResult['soak']>) =>
    soak.mb_per_hour === undefined ? 'too few samples' : `${rateNumber(soak.mb_per_hour)} (${rateNumber(soak.mb_per_hour_low!)} to ${rateNumber(soak.mb_per_hour_high!)})`;
  const body = soaked.slice(0, SOAK_ROWS).map((test) => {
    const soak = test.soak!;
    return [
      escape(clip(test.id, 300)),
      soak.tier ?? 'undecided',
      rate(soak),
      `${soak.tiers.warning_mb_per_hour} / ${soak.tiers.failure_mb_per_hour}`,
      `${soak.duration_s.toFixed(1)} s every ${soak.interval_s} s`,
      escape(clip(test.reason, 500)),
    ];
  });
  const header = ['Soak test', 'Tier', 'MB/hour (95 % interval)', 'Warning / failure tiers (MB/hour)', 'Sampled', 'Reason'];
  const more = soaked.length > SOAK_ROWS ? `\n\n${soaked.length - SOAK_ROWS} more soak tests are in the full report.` : '';
  return `**Soak runs** (${soaked.length}): memory sampled by time, judged by its growth in MB per hour.\n\n${markdownTable([header, ...body], { alignDelimiters: false })}${more}`;
}

function sourceLink(source: Source, options: RenderOptions): string {
  const escape = escaperOf(options);
  const label = escape(`${clip(source.file, 200)}:${source.line}`);
  const url = blobUrl(source, options);
  return url ? `[${label}](${url})` : label;
}

/** Where a source line lives on GitHub; none for files outside the repository. */
export function blobUrl(source: Source, options: Pick<RenderOptions, 'code'>): string | undefined {
  if (!options.code) return undefined;
  const path = repositoryPath(options.code.directory ?? '.', source.file);
  if (!path) return undefined;
  const line = source.line > 0 ? `#L${source.line}` : '';
  return `${options.code.repositoryUrl}/blob/${encodeURIComponent(options.code.commit)}/${encodePath(path)}${line}`;
}

/** The tests that could not be judged, each with its reason: the reason says what to change. */
function unjudgedTests(report: Report, count: number, options: RenderOptions): string {
  const escape = escaperOf(options);
  const unjudged = report.tests.filter(isUnjudged);
  if (unjudged.length === 0) return '';
  const counted = policyOf(report.settings).failOnInconclusive;
  const effect = counted ? 'they fail the run (fail-on-inconclusive).' : 'they do not fail the run (fail-on-inconclusive is off), but nothing was decided about them either.';
  // Our own word (the verdict) leads each item, so a test id cannot start a nested list or a code block.
  const lines = unjudged.slice(0, count).map((test) => `- ${test.verdict}: ${escape(clip(test.id, 300))}: ${escape(clip(test.reason, 500))}`);
  if (unjudged.length > count) lines.push(`- ${unjudged.length - count} more in the full report.`);
  return `**Tests that could not be judged** (${unjudged.length}): ${effect}\n\n${lines.join('\n')}`;
}

function sourceTable(tests: TestResult[], options: RenderOptions, rows: number): string {
  const escape = escaperOf(options);
  const all = tests.filter((test) => test.verdict === 'leak').flatMap((test) => test.sources.map((source) => ({ test, source })));
  if (all.length === 0) return '';
  const header = ['Source', 'Kept by', 'Function', 'Growth per operation', 'Total growth', 'Batches grown', 'Test', 'Change'];
  const body = all.slice(0, rows).map(({ test, source }) => [
    sourceLink(source, options),
    source.retainer ? escape(clip(formatRetainer(source.retainer), 300)) : '',
    source.function ? escape(clip(source.function, 200)) : '',
    `${formatBytes(source.bytes_per_op)}/op`,
    formatBytes(source.growth_bytes),
    String(source.batches_grown),
    escape(clip(test.id, 200)),
    source.change ?? '',
  ]);
  const more = all.length > rows ? `\n\n${all.length - rows} more sources are in the full report.` : '';
  const table = rows > 0 ? `\n\n${markdownTable([header, ...body], { alignDelimiters: false })}` : '';
  return `<details><summary>Every leaking source (${all.length})</summary>${table}${more}\n\n</details>`;
}

/** Per test that is not ok (at most `count`): the object types it keeps and its reference cycles. */
function objectsAndCycles(tests: TestResult[], options: RenderOptions, count: number): string {
  const escape = escaperOf(options);
  const listed = tests.filter((test) => test.verdict !== 'ok' && (test.object_growth?.length || test.cycles)).slice(0, count);
  if (listed.length === 0) return '';
  const lines = listed.map((test) => {
    const parts = [
      test.object_growth?.length ? `objects kept: ${escape(clip(formatObjectGrowth(test.object_growth), 600))}` : '',
      test.cycles ? `cycles: ${escape(formatCycles(test.cycles))}` : '',
    ].filter(Boolean);
    return `- ${escape(clip(test.id, 200))}: ${parts.join('; ')}`;
  });
  return `<details><summary>Object growth and cycles</summary>\n\n${lines.join('\n')}\n\n</details>`;
}

function charts(tests: TestResult[], count: number): string {
  // A soak's rate is over time, in its own table: a per-batch chart of traced bytes would show the wrong series.
  const drawn = tests.filter((test) => test.verdict === 'leak' && test.series.traced_bytes.length > 1 && !test.soak).slice(0, count);
  if (drawn.length === 0) return '';
  return `<details><summary>Memory per batch</summary>\n\n${drawn.map(mermaidChart).join('\n\n')}\n\n</details>`;
}

function missingTests(report: Report, options: RenderOptions): string {
  const escape = escaperOf(options);
  const missing = report.missing_tests ?? [];
  if (missing.length === 0) return '';
  const shown = missing.slice(0, 20).map((id) => escape(clip(id, 200)));
  const more = missing.length > shown.length ? `, and ${missing.length - shown.length} more` : '';
  return `Tests in the baseline that did not run this time: ${shown.join(', ')}${more}.`;
}

function problems(report: Report, count: number, options: RenderOptions): string {
  const escape = escaperOf(options);
  if (report.problems.length === 0) return '';
  const lines = report.problems.slice(0, count).map((problem) => {
    // Our own words lead each item, so a file name cannot start a nested list or a code block.
    const where = escape(clip(problem.file + (problem.pointer ? ` at ${problem.pointer}` : ''), 300).trim());
    return `- In ${where}: ${escape(clip(problem.message, 500))}`;
  });
  const more = report.problems.length > count ? `\n- ${report.problems.length - count} more in the full report.` : '';
  return `**Input that could not be used** (${report.problems.length}):\n\n${lines.join('\n')}${more}`;
}

function baseline(report: Report, options: RenderOptions): string {
  const escape = escaperOf(options);
  const info = report.baseline;
  if (!info) return '';
  if (!info.found) {
    const reason = info.reason ? sentence(escape(clip(info.reason, 1000))) : 'No baseline was found.';
    const run = link(info.run_url, 'The run it came from');
    return (
      `**No baseline:** ${reason}${run ? ` ${run}.` : ''} Every leak counts as new. ` +
      'A baseline is recorded by each run of this workflow on a push to the default branch; ' +
      'push to (or re-run the workflow on) the default branch to create one.'
    );
  }
  // A code span shows its content literally (no character references), so only a hex SHA goes in one.
  const commit = !info.commit ? 'an earlier commit' : /^[0-9a-f]{7,64}$/i.test(info.commit) ? `\`${info.commit.slice(0, 7)}\`` : escape(clip(info.commit, 100));
  const runAt = link(info.run_url, 'its run');
  const run = runAt ? ` from ${runAt}` : '';
  const age = formatAge(info.created_at, options.now);
  const ref = info.ref ? ` on ${escape(clip(info.ref, 200))}` : '';
  const note = info.reason ? ` ${escape(clip(info.reason, 1000))}` : '';
  return `Compared with the baseline of ${commit}${ref}${run}${age ? `, recorded ${age}` : ''}.${note}`;
}

/** A Markdown link to an http(s) URL, percent-encoded so no character can end the link early; none for other URLs. */
function link(url: string | undefined, label: string): string | undefined {
  if (!url || !/^https?:\/\/\S+$/.test(url)) return undefined;
  return `[${label}](${encodeURI(url).replace(/[()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function withNote(text: string | undefined, note: string): string {
  return text ? `${text}${note}` : '';
}

function pointerTo(links: RenderOptions['links']): string | undefined {
  const pointers = [
    link(links?.summary, 'the job summary') ?? '',
    // The artifact is a zip: say which file in it to open.
    withNote(link(links?.artifact, 'the report artifact'), ' (open report.html in it for a chart of every test)'),
  ].filter(Boolean);
  return pointers.length ? pointers.join(' and ') : undefined;
}

function footer(options: RenderOptions, budget: Budget): string {
  const pointer = pointerTo(options.links);
  if (!pointer) return budget.shortened ? "This comment is shortened to fit GitHub's limit." : '';
  return budget.shortened ? `This comment is shortened to fit GitHub's limit: the full report is in ${pointer}.` : `Full report: ${pointer}.`;
}

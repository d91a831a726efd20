// report.html as text (the page in Chromium is __tests__/cli/report-html.test.ts): what it says
// about each test, that nothing the repository controls becomes markup, and the figures it
// shares with report.md. Local report.md: plain Markdown, checked through a real parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marked } from 'marked';
import { renderHtml, renderMarkdown } from '../../src/core/render/index.js';
import { escapePlainMarkdown } from '../../src/core/render/escape.js';
import { ADVICE, leakPattern, severityOf } from '../../src/core/render/figures.js';
import { renderTerminal } from '../../src/cli/terminal.js';
import type { TestResult } from '../../src/core/types.js';
import { report, source, testResult } from '../helpers/report-builder.js';

const now = new Date('2026-11-21T12:00:00Z');
const chartJs = '/* chart.js stand-in: the page is not run here */';
const HOSTILE = 'tests/test_x.py::test_[<script>alert(1)</script>]"\'&amp;<img src=x onerror=alert(2)>';

/** A leak as the retainers work reports it: the retainer beside the source, object growth and cycles. */
function retained(overrides: Partial<TestResult> = {}): TestResult {
  return {
    ...testResult({ verdict: 'leak', change: 'new-leak', sources: [{ ...source({ file: 'app/tasks.py', line: 9, function: 'submit', code: 'task = loop.create_task(work())' }), retainer: { path: 'app.tasks._inflight', type: 'set', root: 'module app.tasks' } } as never], ...overrides }),
    object_growth: [
      { type: 'Task', count_per_op: 1, bytes_per_op: 960 },
      { type: '<b>dict</b>', count_per_op: 1.02, bytes_per_op: 240 },
    ],
    cycles: { collected_per_op: 0.5, uncollectable: 0 },
  } as TestResult;
}

test('a leak shows its figures, severity, advice, the retainer beside its source, object growth and cycles', () => {
  const page = renderHtml(report([retained()]), { now, chartJs });
  assert.ok(page.includes('<code>app.tasks._inflight (set) ← module app.tasks</code>'), 'the retainer, as the terminal writes it');
  assert.match(page, /<code>Task<\/code><\/td><td class="num">1\.00<\/td>/);
  assert.ok(page.includes('&lt;b&gt;dict&lt;/b&gt;'), 'an object type is text');
  assert.match(page, /Reference cycles: 0\.50 objects per operation freed only by the cycle collector; 0 uncollectable/);
  assert.match(page, /<strong>Task kept\.<\/strong>/);
  assert.match(page, /severity high/);
  assert.match(page, /<dt>Traced memory, first → last batch<\/dt><dd>1000 B → 501 KiB<\/dd>/);
  assert.match(page, /<dt>Growth per operation<\/dt><dd>1\.00 KiB\/op<\/dd>/);
  assert.match(page, /Content-Security-Policy" content="default-src 'none'/, 'nothing may be fetched');
  assert.doesNotMatch(page, /<(?:script|link|img)[^>]+(?:src|href)=/i, 'no external script, style or image');
});

test('a report without retainers or object growth renders without those sections', () => {
  const page = renderHtml(report([testResult({ verdict: 'leak' }), testResult({ id: 't2' })]), { now, chartJs });
  assert.doesNotMatch(page, /Object types that grew|Reference cycles/);
  assert.equal((page.match(/<canvas /g) ?? []).length, 2, 'a chart per test');
});

test('every string the repository controls is escaped: test ids, files, functions, code, reasons, problems', () => {
  const hostile = testResult({
    id: HOSTILE,
    verdict: 'leak',
    reason: '</script><script>alert(3)</script>',
    sources: [source({ file: 'app/<svg onload=alert(4)>.py', function: '"><img src=x>', code: '</pre><script>alert(5)</script>' })],
  });
  const page = renderHtml(report([hostile], { problems: [{ file: '<iframe>', pointer: '/"><b>', message: '<script>alert(6)</script>' }] }), { now, chartJs });
  const scripts = page.match(/<script\b/g) ?? [];
  assert.equal(scripts.length, 3, 'only our three scripts: the data, Chart.js and the page script');
  assert.doesNotMatch(page, /<img|<svg|<iframe|<b>/);
  assert.ok(page.includes('tests/test_x.py::test_[&lt;script&gt;alert(1)&lt;/script&gt;]&quot;&#39;&amp;amp;&lt;img src=x onerror=alert(2)&gt;'));
  // The series data cannot end its script element either.
  const data = page.slice(page.indexOf('id="memleak-series">'), page.indexOf('</script>', page.indexOf('id="memleak-series">')));
  assert.doesNotMatch(data, /</);
});

test('Chart.js text that holds "</script" cannot end its element', () => {
  const page = renderHtml(report([testResult()]), { now, chartJs: 'var s = "</script><img src=x>";' });
  assert.ok(page.includes('var s = "<\\/script><img src=x>";'));
});

test('advice follows the shape of the leak; severity its growth per operation', () => {
  const leak = (code: string, overrides: Partial<TestResult> = {}) => testResult({ verdict: 'leak', sources: [source({ code })], ...overrides });
  assert.equal(leakPattern(leak('_sessions[session_id] = Session(user_id)')), 'cache');
  assert.equal(leakPattern(leak('self._bus.subscribe("paid", functools.partial(self._on_paid, order_id))')), 'listener');
  assert.equal(leakPattern(leak('log = logging.getLogger(f"ingest.request.{request_id}")')), 'logger');
  assert.equal(leakPattern(leak('task = asyncio.create_task(work())')), 'task');
  assert.equal(leakPattern(leak('x', { kind: 'native', sources: [] })), 'native');
  assert.equal(leakPattern(leak('self.dead_letters.append(payload)', { kind: 'error-path' })), 'error-path');
  assert.equal(leakPattern(leak('raise _outage')), 'error-path', 'a kept exception drags its traceback along');
  assert.equal(leakPattern(leak('SAMPLES.append(seconds)')), 'container');
  assert.equal(leakPattern(testResult()), undefined, 'no advice for a test that does not leak');
  for (const advice of Object.values(ADVICE)) assert.ok(advice.text.length > 40 && advice.title.length > 0);
  assert.equal(severityOf(testResult({ verdict: 'leak', growth_per_op_bytes: 4096 })), 'high');
  assert.equal(severityOf(testResult({ verdict: 'leak', growth_per_op_bytes: 200 })), 'medium');
  assert.equal(severityOf(testResult({ verdict: 'leak', growth_per_op_bytes: 40 })), 'low');
  assert.equal(severityOf(testResult()), undefined);
});

test('a local report.md reads as plain text and still renders as the literal names', () => {
  const ids = ['tests/test_more.py::test_leak(s)', 'tests/__init__.py::test_[a|b]*x*', 'tests/t.py::test_<b>x</b> & &amp; `code` ~~s~~ \\_'];
  const tests = ids.map((id) => testResult({ id, verdict: 'leak' }));
  const markdown = renderMarkdown(report(tests), { now, allTests: true, audience: 'local' });
  assert.doesNotMatch(markdown, /&#\d+;/, 'no character references');
  assert.ok(markdown.includes('| tests/test_more.py::test_leak(s) |'), markdown);
  assert.ok(markdown.includes('leak(s)'));
  const rendered = marked.parse(markdown, { async: false, gfm: true });
  assert.doesNotMatch(rendered, /<b>|<strong>|<em>|<del>|<code>(?!`)/, 'no markup from the names');
  const text = rendered.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const id of ids) assert.ok(text.includes(id), `${id} reads as itself`);
  // The same report bound for GitHub keeps its full escaping.
  assert.match(renderMarkdown(report(tests), { now }), /test&#95;more/);
});

test('plain escaping leaves words alone and escapes only what Markdown would act on', () => {
  assert.equal(escapePlainMarkdown('tests/test_more.py::test_get'), 'tests/test_more.py::test_get');
  assert.equal(escapePlainMarkdown('__init__ *a* [x](y) <b> a|b'), '\\_\\_init\\_\\_ \\*a\\* \\[x\\](y) \\<b> a\\|b');
  assert.equal(escapePlainMarkdown('C:\\dir\\file & &amp;'), 'C:\\dir\\file & \\&amp;');
});

test('one number per figure: the comment, report.md and report.html give the same growth and first → last values', () => {
  const leak = retained({ growth_per_op_bytes: 1536, series: { operations_per_batch: 100, traced_bytes: [1_250_000, 2_000_000, 3_560_000], rss_bytes: [50e6, 51e6, 52e6] } });
  const comment = renderMarkdown(report([leak]), { now });
  const local = renderMarkdown(report([leak]), { now, audience: 'local' });
  const page = renderHtml(report([leak]), { now, chartJs });
  for (const figure of ['1.50 KiB/op', '1.19 MiB → 3.40 MiB']) {
    for (const [name, output] of [['comment', comment], ['report.md', local], ['report.html', page]] as const) assert.ok(output.includes(figure), `${name} has ${figure}`);
  }
});

test('a heap leak reads as a plain leak whichever heap it was (python, js-heap) in report.html, report.md and the terminal; other kinds are named', () => {
  const shown = report([
    testResult({ id: 'tests/a.py::py', verdict: 'leak', kind: 'python' }),
    testResult({ id: 'test/a.test.ts::js', verdict: 'leak', kind: 'js-heap', sources: [source({ file: 'src/a.ts', line: 3 })] }),
    testResult({ id: 'test/a.test.ts::buffers', verdict: 'leak', kind: 'native', sources: [] }),
  ]);
  const page = renderHtml(shown, { now, chartJs });
  const htmlVerdict = (id: string) => page.match(new RegExp(`>${id}</a></th><td>([^<]*)</td>`))?.[1];
  assert.deepEqual(['tests/a.py::py', 'test/a.test.ts::js', 'test/a.test.ts::buffers'].map(htmlVerdict), ['leak', 'leak', 'leak (native)']);
  const markdown = renderMarkdown(shown, { now, allTests: true });
  assert.match(markdown, /\| test\/a\.test\.ts::js \| leak \|/);
  assert.match(markdown, /\| tests\/a\.py::py \| leak \|/);
  assert.match(markdown, /\| test\/a\.test\.ts::buffers \| leak \(native\) \|/);
  assert.doesNotMatch(markdown, /js-heap|\(python\)/);
  const terminal = renderTerminal(shown, false);
  assert.match(terminal, /test\/a\.test\.ts::js\s+\| leak\s+\|/);
  assert.match(terminal, /test\/a\.test\.ts::buffers\s+\| leak \(native\)\s+\|/);
  assert.doesNotMatch(terminal, /js-heap|\(python\)/);
});

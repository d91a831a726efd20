// The Markdown renderer: what a reader sees in the comment, and that nothing the repository
// controls can become markup, a mention or a link. The output is parsed with a real GFM parser
// (marked) so the assertions are about the rendered HTML, not about our own escaping code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marked } from 'marked';
import { renderMarkdown, GITHUB_COMMENT_LIMIT, escapeMarkdown } from '../../src/core/render/index.js';
import { report, source, testResult } from '../helpers/report-builder.js';

const now = new Date('2026-11-21T12:00:00Z');
const code = { repositoryUrl: 'https://github.com/acme/shop', commit: 'a'.repeat(40) };
const html = (markdown: string) => marked.parse(markdown, { async: false, gfm: true });
/** The text a reader sees, with tags removed and character references decoded. */
const visibleText = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const hostile = 'tests/test_x.py::test_[`a|b`]**bold** <img src=x onerror=alert(1)> @octocat #123 GH-7 https://evil.example [link](https://evil.example) ![i](x) ~~s~~ $x$ \\|';

test('a hostile test id renders as its literal text, without markup, mentions or links', () => {
  const leaking = testResult({ id: hostile, verdict: 'leak', change: 'new-leak', sources: [source({ file: 'app/x|y.py', function: '<script>@admin</script>' })] });
  const markdown = renderMarkdown(report([leaking], { baseline: { found: false, reason: 'first run' } }), { now, code });
  const rendered = html(markdown);
  assert.doesNotMatch(rendered, /<img|<strong>(?!No baseline)|<em>|<del|<code(?! class="language-mermaid")|<script/i, 'no element comes from the test id');
  const links = [...rendered.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]);
  assert.ok(links.every((href) => href?.startsWith('https://github.com/acme/shop/blob/')), `only our own links: ${links.join(', ')}`);
  const text = visibleText(rendered).replace(/\u200b/g, '');
  assert.ok(text.includes(hostile.replace(/\s+/g, ' ')), 'the id is shown verbatim');
  const textWithSpaces = visibleText(rendered);
  assert.doesNotMatch(textWithSpaces, /@octocat|@admin|#123|GH-7|https:\/\/evil/, 'mentions, issue references and URLs are broken');
});

test('a pipe in a test id does not split the table row', () => {
  const tests = [testResult({ id: 'tests/t.py::test[a|b|c]', verdict: 'leak', change: 'new-leak' })];
  const rendered = html(renderMarkdown(report(tests, { baseline: { found: false } }), { now }));
  const row = rendered.match(/<tbody>\s*<tr>([^]*?)<\/tr>/)?.[1] ?? '';
  assert.equal((row.match(/<td/g) ?? []).length, 6, 'six cells: test, change, verdict, growth, first → last, source');
  assert.ok(visibleText(row).includes('tests/t.py::test[a|b|c]'));
});

test('control characters in a name cannot end the table row', () => {
  const tests = [testResult({ id: 'tests/t.py::test_x\n| injected | row |\n# Heading', verdict: 'leak', change: 'new-leak' })];
  const rendered = html(renderMarkdown(report(tests), { now }));
  assert.doesNotMatch(rendered, /<h1/);
  const firstTable = rendered.slice(0, rendered.indexOf('</table>'));
  assert.equal((firstTable.match(/<tr>/g) ?? []).length, 2, 'a header row and one test row');
});

test('bidirectional overrides cannot make a name read as something else', () => {
  assert.equal(escapeMarkdown('test\u202egnp.exe'), 'test\ufffdgnp.exe');
});

test('escapeMarkdown keeps plain ids readable', () => {
  assert.equal(escapeMarkdown('tests/test_cache.py::test_get'), 'tests/test&#95;cache.py::test&#95;get');
  assert.equal(escapeMarkdown('@me'), '@&#8203;me');
  assert.equal(escapeMarkdown('#1'), '#&#8203;1');
});

test('a new leak shows the test, the change, the growth and the line linked at the head commit', () => {
  const tests = [
    testResult({ id: 'tests/test_cache.py::test_remember', verdict: 'leak', change: 'new-leak', baseline: { verdict: 'ok', growth_per_op_bytes: 0 } }),
    testResult({ id: 'tests/test_cache.py::test_get', change: 'unchanged' }),
  ];
  const markdown = renderMarkdown(report(tests, { baseline: { found: true, commit: 'b'.repeat(40), run_url: 'https://github.com/acme/shop/actions/runs/7', created_at: '2026-11-21T09:00:00Z' } }), {
    now,
    code: { ...code, directory: 'service' },
    title: 'memleak (linux)',
  });
  assert.match(markdown, /^### 🔴 memleak &#40;linux&#41;: failed — 1 new leak/);
  assert.match(markdown, /🆕 new leak/);
  assert.match(markdown, /1\.00 KiB\/op \(was 0 B\/op\)/);
  assert.ok(markdown.includes(`[app/cache.py:12](https://github.com/acme/shop/blob/${'a'.repeat(40)}/service/app/cache.py#L12)`));
  assert.match(markdown, /Compared with the baseline of `bbbbbbb` from \[its run\]\(https:\/\/github.com\/acme\/shop\/actions\/runs\/7\), recorded 3 hours ago\./);
  assert.match(markdown, /1 other test is free of leaks/);
  assert.match(markdown, /<details><summary>Every leaking source \(1\)<\/summary>/);
});

test('sources outside the repository are named but not linked', () => {
  const tests = [testResult({ verdict: 'leak', sources: [source({ file: '/usr/lib/python3.11/json/decoder.py', line: 3 }), source({ file: '../outside.py' })] })];
  const markdown = renderMarkdown(report(tests), { now, code });
  assert.doesNotMatch(markdown, /blob\/a+\/usr/);
  assert.doesNotMatch(markdown, /blob\/a+\/\.\./);
  assert.ok(markdown.includes('/usr/lib/python3.11/json/decoder.py:3'));
});

test('no baseline is said out loud, with how to create one', () => {
  const tests = [testResult({ verdict: 'leak', change: 'new-leak' })];
  const markdown = renderMarkdown(report(tests, { baseline: { found: false, reason: 'The baseline artifact has expired.' } }), { now });
  assert.match(markdown, /\*\*No baseline:\*\* The baseline artifact has expired\. Every leak counts as new\./);
  assert.match(markdown, /push to \(or re-run the workflow on\) the default branch/);
});

test('a Mermaid xychart of memory per batch is drawn for each leaking test', () => {
  const tests = [testResult({ id: 'tests/t.py::test_"quoted"```', verdict: 'leak', change: 'new-leak' }), testResult({ id: 'tests/t.py::test_ok' })];
  const markdown = renderMarkdown(report(tests), { now });
  const charts = [...markdown.matchAll(/```mermaid\n([^]*?)\n```/g)].map((match) => match[1] ?? '');
  assert.equal(charts.length, 1);
  const chart = charts[0] ?? '';
  assert.match(chart, /^xychart-beta\n/);
  assert.match(chart, /title "tests\/t\.py::test_ quoted"/, 'quotes and fences are removed from the title');
  assert.match(chart, /x-axis "batch" \[1, 2, 3, 4, 5, 6\]/);
  assert.match(chart, /line \[1, 101\.0?, 201\.0?, 301\.0?, 401\.0?, 501\.0?\]|line \[1, 101, 201, 301, 401, 501\]/);
});

test('a report too long for a comment drops rows, keeps the markup whole and points to the full report', () => {
  const tests = Array.from({ length: 3000 }, (_, index) =>
    testResult({ id: `tests/test_many.py::test_case_${index}_${'x'.repeat(40)}`, verdict: 'leak', change: 'new-leak', sources: [source(), source({ line: 13 }), source({ line: 14 })] }),
  );
  const links = { summary: 'https://github.com/acme/shop/actions/runs/9/attempts/1#summary', artifact: 'https://github.com/acme/shop/actions/runs/9/artifacts/5' };
  const marker = '<!-- memleak-action:comment workflow=ci key= -->';
  const markdown = renderMarkdown(report(tests), { now, code, links, marker, maxLength: GITHUB_COMMENT_LIMIT });
  assert.ok(markdown.length <= GITHUB_COMMENT_LIMIT, `${markdown.length} characters`);
  assert.ok(markdown.length > GITHUB_COMMENT_LIMIT / 4, 'it keeps as much as fits');
  assert.ok(markdown.trimEnd().endsWith(marker), 'the marker survives');
  assert.match(markdown, /shortened to fit GitHub's limit: the full report is in \[the job summary\]/);
  assert.match(markdown, /more tests are in the full report/);
  assert.equal((markdown.match(/<details>/g) ?? []).length, (markdown.match(/<\/details>/g) ?? []).length);
  const rendered = html(markdown);
  assert.equal((rendered.match(/<table>/g) ?? []).length, (rendered.match(/<\/table>/g) ?? []).length);
  // every table row is whole: the last test row has all its cells
  const rows = [...rendered.matchAll(/<tr>([^]*?)<\/tr>/g)].map((match) => (match[1]?.match(/<t[dh]/g) ?? []).length);
  assert.ok(rows.every((cells) => cells === rows[0] || cells === 7));
});

test('without a limit nothing is dropped (the job summary)', () => {
  const tests = Array.from({ length: 50 }, (_, index) => testResult({ id: `tests/t.py::test_${index}` }));
  const markdown = renderMarkdown(report(tests), { now, allTests: true });
  assert.equal((markdown.match(/tests\/t\.py::test&#95;\d+/g) ?? []).length, 50);
  assert.match(markdown, /🟢 memleak: passed — no leaks in 50 tests/);
});

test('a marker that is not a single HTML comment is refused', () => {
  assert.throws(() => renderMarkdown(report([]), { now, marker: '<!-- a --> b <!-- c -->' }), /single HTML comment/);
});

test('a byte limit (the job summary) is honoured when the text is not ASCII', () => {
  const tests = Array.from({ length: 400 }, (_, index) => testResult({ id: `tests/t.py::test_${'é✓'.repeat(40)}_${index}`, verdict: 'leak', change: 'new-leak' }));
  const markdown = renderMarkdown(report(tests), { now, allTests: true, maxLength: 60_000, lengthOf: (text) => Buffer.byteLength(text) });
  assert.ok(Buffer.byteLength(markdown) <= 60_000, `${Buffer.byteLength(markdown)} bytes`);
  assert.ok(markdown.length < 60_000 / 1.2, 'measured in bytes, not characters');
});

test('a native leak shows its native growth (the figure its reason gives) and an RSS chart, since tracing sees nothing', () => {
  const rss = [50_000_000, 50_400_000, 50_800_000, 51_200_000, 51_600_000, 52_000_000];
  const native = testResult({ verdict: 'leak', kind: 'native', change: 'new-leak', sources: [], growth_per_op_bytes: 4000, rss_growth_per_op_bytes: 4000, series: { operations_per_batch: 100, traced_bytes: [1000, 1000, 1000, 1000, 1000, 1000], rss_bytes: rss } });
  const markdown = renderMarkdown(report([native]), { now });
  assert.match(markdown, /\| 3\.91 KiB\/op \(native\) \| RSS 47\.7 MiB → 49\.6 MiB \| native memory \(no source line\) \|/);
  assert.match(markdown, /y-axis "RSS KiB" 48828 --> 50782/);
});

test("a baseline commit that is not a SHA (from a service) is escaped, not put in a code span", () => {
  const markdown = renderMarkdown(report([testResult()], { baseline: { found: true, commit: '`x` @admin' } }), { now });
  assert.match(markdown, /Compared with the baseline of &#96;x&#96; @&#8203;admin\./);
  assert.match(renderMarkdown(report([testResult()], { baseline: { found: true, commit: 'ABCDEF0123456' } }), { now }), /baseline of `ABCDEF0`/);
});

test('a file path cannot end its link early: no link to anywhere but our own blob URLs', () => {
  const file = 'app/x)(www.evil.example/acme/shop/blob/main/app/cache.py';
  const leaking = testResult({ id: 't', verdict: 'leak', change: 'new-leak', sources: [source({ file }), source({ file: 'x)_*emph*_~~gone~~.py' })] });
  const rendered = html(renderMarkdown(report([leaking]), { now, code }));
  const links = [...rendered.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]);
  assert.ok(links.length > 0);
  assert.ok(links.every((href) => href?.startsWith('https://github.com/acme/shop/blob/')), `only our own links: ${links.join(', ')}`);
  assert.doesNotMatch(rendered, /<em>|<del>|href="http:\/\/www\.evil/);
});

test('a file name that is not valid Unicode (a lone surrogate) renders instead of throwing', () => {
  const leaking = testResult({ id: 't', verdict: 'leak', change: 'new-leak', sources: [source({ file: 'caf\udcc3.py' })] });
  const markdown = renderMarkdown(report([leaking]), { now, code });
  assert.match(markdown, /caf\ufffd\.py|caf%EF%BF%BD\.py/);
});

test('invisible characters are removed, so two names cannot look alike and no text is smuggled', () => {
  const sneaky = `tests/test_a.py::test_\u200bpay\u2060\ufeff\u061c\u{e0041}\u{e0042}`;
  const rendered = html(renderMarkdown(report([testResult({ id: sneaky, verdict: 'leak', change: 'new-leak' })]), { now, code }));
  assert.doesNotMatch(visibleText(rendered).replace(/\u200b(?=pay)/, 'X'), /[\u2060\ufeff\u061c]|[\u{e0000}-\u{e007f}]/u);
  assert.ok(!rendered.includes('\u200bpay'), 'a raw zero-width space from the input is gone');
});

test('every default-ignorable character becomes visible, so two ids that differ never look the same', () => {
  // The demonstrated inputs (soft hyphen, Hangul fillers, combining grapheme joiner, variation
  // selector) and more of the class: each rendered next to the plain id must look different.
  const invisible = ['\u00ad', '\u3164', '\u115f', '\u1160', '\u034f', '\ufe0f', '\ufe00', '\u{e0100}', '\uffa0', '\u180e', '\u17b4', '\u2065', '\u{1d173}', '\u{e0001}'];
  const plain = 'tests/test_a.py::test_pay';
  for (const character of invisible) {
    for (const id of [`tests/test_a.py::test_${character}pay`, `${plain}${character}`]) {
      const rendered = visibleText(html(renderMarkdown(report([testResult({ id, verdict: 'leak', change: 'new-leak' })]), { now, code })));
      assert.doesNotMatch(rendered, /\p{Default_Ignorable_Code_Point}(?<!\u200b)/u, `U+${character.codePointAt(0)!.toString(16)} reached the comment`);
      assert.match(rendered, /test_\ufffdpay|test_pay\ufffd/, `U+${character.codePointAt(0)!.toString(16)} is shown`);
    }
  }
  // C1 controls end up as a space like the C0 ones.
  assert.equal(escapeMarkdown('a\u0085b\u009bc'), 'a b c');
});

test('a problem whose file name looks like a list item or code block stays one plain list item', () => {
  const problems = [
    { file: '1. numbered.json', message: 'not valid JSON' },
    { file: '      indented code.json', message: 'not valid JSON' },
  ];
  const rendered = html(renderMarkdown(report([testResult()], { problems }), { now, code }));
  assert.doesNotMatch(rendered, /<ol|<pre/);
  assert.equal(rendered.match(/<li>In /g)?.length, 2);
});

test('tests that could not be judged are in the heading and listed with their reasons, escaped', () => {
  const inconclusive = testResult({ id: 'tests/test_a.py::test_short[@octocat]', verdict: 'inconclusive', reason: 'too short to decide: 3 judged batches, at least 4 are needed (raise batches)' });
  const error = testResult({ id: '- tests/test_b.py::test_broken', verdict: 'error', reason: 'the test did not run to the end: <b>boom</b>' });
  const passed = report([testResult(), inconclusive, error]);
  const markdown = renderMarkdown(passed, { now, code });
  assert.match(markdown, /^### 🟡 memleak: passed, 1 inconclusive, 1 error — no leaks in 3 tests/);
  assert.match(markdown, /\*\*Tests that could not be judged\*\* \(2\): they do not fail the run \(fail-on-inconclusive is off\)/);
  const text = visibleText(html(markdown));
  assert.ok(text.includes('inconclusive: tests/test_a.py::test_short[@\u200boctocat]: too short to decide: 3 judged batches, at least 4 are needed (raise batches)'), text);
  assert.ok(text.includes('error: - tests/test_b.py::test_broken: the test did not run to the end: <b>boom</b>'), text);
  assert.doesNotMatch(html(markdown), /<b>boom/, 'a reason cannot become markup');
  const counted = renderMarkdown({ ...passed, status: 'fail', settings: { ...passed.settings, fail_on_inconclusive: true } }, { now, code });
  assert.match(counted, /^### 🔴 memleak: failed, 1 inconclusive, 1 error — no leaks in 3 tests/);
  assert.match(counted, /they fail the run \(fail-on-inconclusive\)\./);
});

test('a failed test command is the headline, never "passed"', () => {
  const failed = report([testResult()], { status: 'fail', status_reason: 'tests failed: the test command exited with status 1', command: { exit_code: 1 } });
  assert.match(renderMarkdown(failed, { now }), /^### 🔴 memleak: failed — the test command failed \(exit status 1\)\n\ntests failed: the test command exited with status 1/);
});

test('the reasons of unjudged tests give way to the length limit, with a count of the rest', () => {
  const many = Array.from({ length: 400 }, (_, index) => testResult({ id: `tests/test_${index}.py::test_slow`, verdict: 'inconclusive', reason: `too short to decide ${'x'.repeat(400)}` }));
  const markdown = renderMarkdown(report(many), { now, maxLength: 60_000, links: { summary: 'https://github.com/acme/shop/actions/runs/1' } });
  assert.ok(markdown.length <= 60_000);
  assert.match(markdown, /\*\*Tests that could not be judged\*\* \(400\)/);
  assert.match(markdown, /- \d+ more in the full report\./);
});

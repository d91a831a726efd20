// LiteLLM top_consumers lines are parsed in time linear in their length (issue 8, item 5): the
// parser reads what the old pattern /File "(.+)", line (\d+)/ read from real lines, its work is
// counted on adversarial lines (no timing), and a 4 MB file of them is analysed and reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/index.js';
import { parseTracebackLine } from '../../src/core/traceback-line.js';

const now = new Date('2026-11-29T12:00:00Z');

test('reads the lines tracemalloc writes, as the old pattern did', () => {
  const cases: [string, { path: string; line: number } | 'fault'][] = [
    ['  File "/repo/litellm/router.py", line 88', { path: '/repo/litellm/router.py', line: 88 }],
    ['  File "app.py", line 7, in handler', { path: 'app.py', line: 7 }],
    ['  File "app.py", line 7\n    cache.append(item)', { path: 'app.py', line: 7 }],
    ['  File "app.py", line 7\r\n    x', { path: 'app.py', line: 7 }],
    ['  File "a "quoted" dir/b.py", line 12', { path: 'a "quoted" dir/b.py', line: 12 }],
    ['  File "x.py", line 5, in f", line y', { path: 'x.py', line: 5 }],
    ['  File "C:\\work\\app.py", line 3', { path: 'C:\\work\\app.py', line: 3 }],
    ['  File "app.py", line 0042', { path: 'app.py', line: 42 }],
    ['  File "app.py", line 9999999999', { path: 'app.py', line: 9999999999 }],
    ['  File "app.py", line 99999999999', 'fault'],
    [`  File "app.py", line ${'9'.repeat(400)}`, 'fault'],
    ['  File "", line 3', 'fault'],
    ['  File "app.py", line x', 'fault'],
    ['  File "app.py"', 'fault'],
    ['app.py:88', 'fault'],
    ['\n  File "app.py", line 3', 'fault'],
    ['', 'fault'],
  ];
  const old = /File "(.+)", line (\d+)/;
  for (const [text, expected] of cases) {
    const parsed = parseTracebackLine(text);
    if (expected === 'fault') assert.ok('fault' in parsed, `${JSON.stringify(text)} gave ${JSON.stringify(parsed)}`);
    else {
      assert.deepEqual(parsed, expected, JSON.stringify(text));
      const match = old.exec(text)!;
      assert.deepEqual([match[1], Number(match[2])], [expected.path, expected.line], `the old pattern read ${JSON.stringify(text)} the same`);
    }
  }
});

/**
 * Counts the positions String.prototype.indexOf and lastIndexOf try while `work` runs (each try
 * compares at most the needle's few characters): the parser's only searches. Its own loop moves
 * over digits once.
 */
function positionsSearched(work: () => void): number {
  const { indexOf, lastIndexOf } = String.prototype;
  let searched = 0;
  String.prototype.indexOf = function (this: string, needle: string, from = 0) {
    const found = indexOf.call(this, needle, from);
    searched += (found < 0 ? this.length - needle.length : found) - Math.max(0, from) + 1;
    return found;
  };
  String.prototype.lastIndexOf = function (this: string, needle: string, from = Infinity) {
    const found = lastIndexOf.call(this, needle, from);
    searched += Math.min(from, this.length - needle.length) - Math.max(0, found) + 1;
    return found;
  };
  try {
    work();
  } finally {
    Object.assign(String.prototype, { indexOf, lastIndexOf });
  }
  return searched;
}

test('the work on adversarial lines is linear in their length: at most 3 positions tried per character, at any size', () => {
  const shapes: ((n: number) => string)[] = [
    (n) => 'File "'.repeat(n / 6),
    (n) => `File "${'", line '.repeat(n / 8)}`,
    (n) => `File "${'", line x'.repeat(n / 9)}`,
    (n) => `  File "${'a'.repeat(n)}", line 1`,
    (n) => `${'File "", line '.repeat(n / 14)}1`,
  ];
  for (const shape of shapes) {
    for (const n of [1_000, 8_000, 64_000, 512_000]) {
      const line = shape(n);
      const searched = positionsSearched(() => parseTracebackLine(line));
      assert.ok(searched <= 3 * line.length, `${line.slice(0, 30)}… (${line.length} characters): ${searched} positions searched`);
    }
  }
});

test('the parser uses no regular expression (the structural half of the proof)', () => {
  const source = readFileSync(new URL('../../src/core/traceback-line.ts', import.meta.url), 'utf8').replace(/^\s*\/\/.*$|\/\*[^]*?\*\//gm, '');
  assert.doesNotMatch(source, /RegExp|\.(exec|test|match|matchAll|search)\(|\.(replace|replaceAll|split)\(\//);
});

test('a 4 MB LiteLLM file of adversarial traceback lines is analysed, and every left-out entry is accounted for with its pointer', () => {
  const adversarial = 'File "'.repeat(1365); // 8,190 characters: within the schema's 8,192
  const entries = Array.from({ length: 64 }, (_, batch) => ({
    batch,
    current_mb: 1,
    top_consumers: Array.from({ length: 8 }, () => ({ file: adversarial, size_mb: 1 })),
  }));
  const text = JSON.stringify(entries);
  assert.ok(text.length > 4_000_000, String(text.length));
  const report = analyze([{ file: 'memory_snapshots/adversarial.json', text }], { now });
  assert.equal(report.tests.length, 1);
  assert.equal(report.tests[0]!.batches, 63);
  // 63 batches × 8 entries left out: the first 20 listed, the rest counted from the 21st on.
  assert.equal(report.problems.length, 21);
  assert.deepEqual(report.problems.slice(0, 3).map((p) => p.pointer), ['/1/top_consumers/0/file', '/1/top_consumers/1/file', '/1/top_consumers/2/file']);
  assert.equal(report.problems[20]!.pointer, '/3/top_consumers/4/file');
  assert.match(report.problems[20]!.message, /^484 more top_consumers entries/);
});

test('a single 4 MB traceback line is refused by the schema before any parsing, with its pointer', () => {
  const entries = [{ batch: 0, current_mb: 1 }, { batch: 1, current_mb: 1, top_consumers: [{ file: 'File "'.repeat(700_000), size_mb: 1 }] }];
  const report = analyze([{ file: 'memory_snapshots/one-line.json', text: JSON.stringify(entries) }], { now });
  assert.deepEqual(report.tests, []);
  assert.equal(report.problems[0]!.pointer, '/1/top_consumers/0/file');
  assert.match(report.problems[0]!.message, /must NOT have more than 8192 characters/);
});

// Detection quality on the Node example project (examples/node-app): every leak found, no clean
// control flagged, and the top file:line of each JS-heap leak is the line the TypeScript source
// marks with `// memleak: leak`. Real node:test under tsx, real V8 sampling heap profiler, the
// bundled CLI (`memleak run -- node --import tsx --test …`).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { markedLines, missedLeaks, NODE_EXAMPLE, NODE_EXAMPLE_TESTS, runExample } from '../helpers/example-truth.js';
import type { Report, TestResult } from '../../src/core/index.js';

let report: Report;
let tests: Map<string, TestResult>;

before(async () => {
  // This file runs under node:test, which marks its children so they do not start test files
  // of their own; the example's run is a separate one, as a user's shell would start it.
  ({ report, tests } = await runExample(NODE_EXAMPLE, [process.execPath, '--import', 'tsx', '--test', ...NODE_EXAMPLE_TESTS], { NODE_TEST_CONTEXT: undefined }));
});

test('the Node example has at least 10 leaks and 10 clean controls, all measured', () => {
  const names = [...tests.keys()];
  assert.ok(names.filter((n) => n.startsWith('leak: ')).length >= 10, names.join(', '));
  assert.ok(names.filter((n) => n.startsWith('clean: ')).length >= 10, names.join(', '));
  assert.deepEqual(report.problems, []);
});

test('every leak is found', () => {
  assert.deepEqual(missedLeaks(tests, 'leak: '), []);
});

test('no clean control is flagged', () => {
  const flagged = [...tests].filter(([name, t]) => name.startsWith('clean: ') && t.verdict !== 'ok').map(([name, t]) => `${name}: ${t.verdict} (${t.reason})`);
  assert.deepEqual(flagged, []);
});

test('the top file:line of each JS-heap leak is its marked line in the .ts source, and every marked line is found', async () => {
  const marked = await markedLines(NODE_EXAMPLE, '.ts');
  const found = new Set<string>();
  for (const [name, t] of tests) {
    if (!name.startsWith('leak: ') || t.kind === 'native') continue;
    const top = t.sources[0];
    assert.ok(top, `${name} names no source`);
    const where = `${top.file}:${top.line}`;
    assert.ok(marked.has(where), `${name}: top source ${where} is not a marked leak line (marked: ${[...marked].join(', ')})`);
    found.add(where);
  }
  assert.deepEqual([...marked].filter((line) => !found.has(line)), [], 'marked lines that no test named');
});

test('growth outside the JS heap is named as native-like, without a file:line', () => {
  const journal = tests.get('leak: native journal buffer never truncated');
  assert.ok(journal, 'the journal leak was measured');
  assert.equal(journal.kind, 'native', journal.reason);
  assert.match(journal.reason, /outside the JS heap \(external/);
  assert.deepEqual(journal.sources, []);
  const pool = tests.get('leak: buffer pool that never gets buffers back');
  assert.ok(pool);
  assert.match(pool.reason, /external memory \(Buffers, ArrayBuffers\) grew/);
});

test('the error-path leak is named as such', () => {
  assert.equal(tests.get('leak: in-flight entry kept on the error path')?.kind, 'error-path');
});

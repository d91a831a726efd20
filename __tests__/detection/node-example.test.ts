// Detection quality on the Node example project (examples/node-app): every leak found, no clean
// control flagged, and the top file:line of each JS-heap leak is the line the TypeScript source
// marks with `// memleak: leak`. Real node:test under tsx, real V8 sampling heap profiler, the
// bundled CLI as the README has it: `memleak run -- npm test`, on the Node this file runs on
// (npm test runs it on the machine's Node, then on Node 22 and 24).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { markedLines, missedLeaks, NODE_EXAMPLE, runExample } from '../helpers/example-truth.js';
import type { Report, TestResult } from '../../src/core/index.js';

let report: Report;
let tests: Map<string, TestResult>;
let snapshots: string;

before(async () => {
  // This file runs under node:test, which marks its children so they do not start test files
  // of their own; the example's run is a separate one, as a user's shell would start it. Its
  // test script starts `node`: this file's, first on PATH.
  const path = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`;
  ({ report, tests, snapshots } = await runExample(NODE_EXAMPLE, ['npm', 'test'], { NODE_TEST_CONTEXT: undefined, PATH: path }));
});

test('the Node example has at least 10 leaks and 10 clean controls, all measured on this Node', async () => {
  const names = [...tests.keys()];
  // Every snapshot was written by the collector on this Node (its runtime is "Node.js X.Y.Z (V8 …)").
  const runtimes = new Set<string>();
  for (const file of await readdir(snapshots)) runtimes.add(JSON.parse(await readFile(join(snapshots, file), 'utf8')).collector.runtime.split(' (')[0]);
  assert.deepEqual([...runtimes], [`Node.js ${process.versions.node}`]);
  assert.ok(names.filter((n) => n.startsWith('leak: ')).length >= 10, names.join(', '));
  assert.ok(names.filter((n) => n.startsWith('clean: ')).length >= 10, names.join(', '));
  assert.deepEqual(report.problems, []);
});

test('every leak is found', () => {
  assert.deepEqual(missedLeaks(tests, 'leak: '), []);
});

// The sampling profiler re-draws a sample whenever a long-lived object is replaced, so a body
// that churns much framework state (a Fastify request through inject(): ~1.4 MB sampled, tens of
// KB up and down per batch) measures noise that a loaded machine can leave undecided. Then
// `inconclusive` asking for more batches or operations is the honest answer, and it does not fail
// a run; at most one control may get it. Any other verdict but ok is a false alarm.
test('no clean control is flagged', (t) => {
  const controls = [...tests].filter(([name]) => name.startsWith('clean: '));
  const undecided = controls.filter(([, r]) => r.verdict === 'inconclusive' && /run more (batches|operations)/.test(r.reason));
  for (const [name, r] of undecided) t.diagnostic(`${name}: inconclusive here (${r.reason})`);
  const flagged = controls.filter(([, r]) => r.verdict !== 'ok' && !undecided.some(([, u]) => u === r)).map(([name, r]) => `${name}: ${r.verdict} (${r.reason})`);
  assert.deepEqual(flagged, []);
  assert.ok(undecided.length <= 1, `more than one control could not be judged: ${undecided.map(([name]) => name).join(', ')}`);
});

test('the top file:line of each JS-heap leak is its marked line in the .ts source, and every marked line is found', async () => {
  const marked = await markedLines(NODE_EXAMPLE, '.ts');
  const found = new Set<string>();
  for (const [name, t] of tests) {
    if (!name.startsWith('leak: ') || t.kind === 'native') continue;
    // Kind js-heap (the collector's snapshots say heap "js"), never Python's.
    assert.ok(t.kind === 'js-heap' || t.kind === 'error-path', `${name}: kind ${t.kind}`);
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

test('no reason speaks of Python or the pytest collector to a Node user', () => {
  const pythonic = [...tests].filter(([, t]) => /python|pytest|tracemalloc/i.test(t.reason)).map(([name, t]) => `${name}: ${t.reason}`);
  assert.deepEqual(pythonic, []);
});

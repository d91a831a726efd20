// The statements phase of the Node collector: V8's sampling heap profiler names functions, so a
// suspect function is marked line by line (conditional breakpoints that never pause) and its
// retained samples are charged to the statement that ran last before them. Real V8, real tsx
// source maps (tsx puts each function on one generated line), real analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { measureLeak } from '../../collector/node/src/index.js';
import { analyze } from '../../src/core/index.js';
import { afterAwait, afterLoop, closure, hotHelper, manyLines } from './fixtures/statements.js';
import { drop } from './fixtures/store.js';

const FIXTURE = '__tests__/collector-node/fixtures/statements.ts';

/** The fixture's lines marked `// kept`, by function: the line each test must be named. */
async function keptLines(): Promise<number[]> {
  const lines = (await readFile(FIXTURE, 'utf8')).split('\n');
  return lines.flatMap((text, index) => (/\/\/ kept$/.test(text) ? [index + 1] : []));
}

async function measured(name: string, body: () => unknown) {
  const snapshotDir = await mkdtemp(join(tmpdir(), 'memleak-node-statements-'));
  try {
    await measureLeak(name, body, { batches: 6, batchSize: 200, warmup: 1, snapshotDir });
    const [file] = await readdir(snapshotDir);
    const text = await readFile(join(snapshotDir, file!), 'utf8');
    const [result] = analyze([{ file: file!, text }], { now: new Date() }).tests;
    return { document: JSON.parse(text) as any, result: result! };
  } finally {
    await rm(snapshotDir, { recursive: true, force: true });
  }
}

const cases: [string, () => unknown, number][] = [];
let id = 0;
const kept = await keptLines();
cases.push(['among lines that allocate what dies', () => manyLines(id++), kept[0]!]);
cases.push(['after a loop', () => afterLoop(id++), kept[1]!]);
cases.push(['after an await', () => afterAwait(id++), kept[2]!]);
cases.push(['a closure kept (its context is made on entry)', () => closure(id++), kept[3]!]);

for (const [label, body, line] of cases) {
  test(`the statement that keeps memory is named: ${label}`, async () => {
    const { document, result } = await measured(label, body);
    assert.deepEqual(document.phases.map((phase: any) => `${phase.name}/${phase.role}`), ['screen/verdict', 'statements/attribution']);
    assert.equal(result.verdict, 'leak', result.reason);
    const top = result.sources[0];
    assert.ok(top, 'a source is named');
    assert.equal(`${top.file}:${top.line}`, `${FIXTURE}:${line}`, JSON.stringify(result.sources));
    assert.match(top.code ?? '', /\/\/ kept$/);
    // The screen still names the function, by its first line: what V8 itself records.
    const screenTop = document.phases[0].sites[0];
    assert.ok(screenTop.line < line, `screen top ${screenTop.file}:${screenTop.line}`);
  });
}

test('a suspect function run thousands of times per operation gets small statements batches (its marks are held until read), and its line unless time ran out', async () => {
  const { document, result } = await measured('hot helper', () => hotHelper(id++));
  assert.equal(result.verdict, 'leak', result.reason);
  const statements = document.phases[1];
  // Three marks per call of the helper (its two lines and its return), 1,000 calls per
  // operation: a batch may hold 5,000 marks, so one operation per batch.
  assert.ok(statements.batches.every((batch: any) => batch.operations === 1), JSON.stringify(statements.batches.map((batch: any) => batch.operations)));
  const named = `${result.sources[0]?.file}:${result.sources[0]?.line}`;
  if (statements.stopped === undefined) assert.equal(named, `${FIXTURE}:${kept[4]}`, JSON.stringify(result.sources));
  else {
    // On a loaded machine the phase may run out of its 10 s: then the screen's line (the helper's first) is named, and the snapshot says why.
    assert.match(statements.stopped, /^the statements phase stopped after [\d.]+ s \(its limit is 10 s\): 3\d{3} marked lines run per operation/);
    assert.equal(named, `${FIXTURE}:${kept[4]! - 1}`, JSON.stringify(result.sources));
  }
});

test('a body that keeps nothing is not suspect: no statements phase, no marks left behind', async () => {
  const { document, result } = await measured('drops', () => drop(id++));
  assert.equal(result.verdict, 'ok', result.reason);
  assert.deepEqual(document.phases.map((phase: any) => phase.name), ['screen']);
  assert.equal((globalThis as Record<symbol, unknown>)[Symbol.for('memleak.statement-marks')], undefined);
});

test('after a statements phase the marks are gone: the function runs unmarked', async () => {
  await measured('keeps, then is left alone', () => manyLines(id++));
  assert.equal((globalThis as Record<symbol, unknown>)[Symbol.for('memleak.statement-marks')], undefined);
  // A breakpoint left behind would still run its mark (an array sampled under the mark's name).
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', { samplingInterval: 256 });
    for (let i = 0; i < 500; i += 1) manyLines(id++);
    const { profile } = await session.post('HeapProfiler.getSamplingProfile');
    const names: string[] = [];
    const walk = (node: typeof profile.head): void => {
      names.push(node.callFrame.functionName);
      node.children.forEach(walk);
    };
    walk(profile.head);
    assert.ok(names.includes('manyLines'), 'the function was sampled');
    assert.deepEqual(names.filter((name) => name.startsWith('__memleak_mark_')), []);
  } finally {
    await session.post('HeapProfiler.stopSampling');
    session.disconnect();
  }
});

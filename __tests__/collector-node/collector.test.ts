// The Node collector (collector/node) measuring real bodies in this process: V8's sampling heap
// profiler, forced collections, a snapshot file the core validates and judges.
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureLeak } from '../../collector/node/src/index.js';
import { resolveSettings } from '../../collector/node/src/settings.js';
import { fileName } from '../../collector/node/src/snapshot.js';
import { validateReport, validateSnapshot } from '../../src/core/validate.js';
import { analyze } from '../../src/core/index.js';
import { drop, keep } from './fixtures/store.js';

async function measured(name: string, body: () => unknown, options: Parameters<typeof measureLeak>[2] = {}) {
  const snapshotDir = await mkdtemp(join(tmpdir(), 'memleak-node-collector-'));
  let thrown: unknown;
  try {
    await measureLeak(name, body, { batches: 6, batchSize: 200, warmup: 1, snapshotDir, ...options });
  } catch (error) {
    thrown = error;
  }
  const [file] = await readdir(snapshotDir);
  const text = await readFile(join(snapshotDir, file!), 'utf8');
  // Read field by field below, as any reader of the format would.
  return { document: JSON.parse(text) as any, text, file: file!, thrown };
}

test('a retaining body: a valid snapshot whose screen names the retaining function and whose statements phase names its line in the .ts file, judged a leak of the JS heap', async () => {
  let id = 0;
  const { document, text, file } = await measured('keeps', () => keep(id++));
  assert.ok(validateSnapshot(JSON.parse(text)), JSON.stringify(validateSnapshot.errors));
  assert.equal(document.collector.name, 'memleak-node');
  assert.match(document.collector.runtime, /^Node\.js \d+/);
  assert.equal(document.collector.heap, 'js');
  const [phase, statements] = document.phases;
  assert.equal(phase.role, 'verdict');
  assert.equal(statements.role, 'attribution');
  assert.equal(phase.batches.length, 7);
  for (const batch of phase.batches) {
    for (const field of ['traced_bytes', 'heap_used_bytes', 'external_bytes', 'array_buffers_bytes', 'rss_bytes']) assert.equal(typeof batch[field], 'number', field);
  }
  const top = phase.sites[0];
  assert.equal(`${top.file}:${top.line}`, '__tests__/collector-node/fixtures/store.ts:4');
  assert.equal(top.function, 'keep');
  assert.equal(top.code, 'export function keep(id: number): number {');
  // The statements phase's site that grew most over its judged batches is the push; its sites
  // keep the screen's samples too (on the function's line, constant), so the largest need not be.
  const judged = statements.batches.findIndex((batch: any) => !batch.warmup);
  const grew = [...statements.sites].sort((a: any, b: any) => b.sizes.at(-1) - b.sizes[judged] - (a.sizes.at(-1) - a.sizes[judged]))[0];
  assert.equal(`${grew.file}:${grew.line}`, '__tests__/collector-node/fixtures/store.ts:5');
  const report = analyze([{ file: file, text }], { now: new Date() });
  const [result] = report.tests;
  assert.equal(result!.verdict, 'leak', result!.reason);
  assert.equal(result!.kind, 'js-heap');
  assert.ok(validateReport(JSON.parse(JSON.stringify(report))), JSON.stringify(validateReport.errors));
  assert.equal(`${result!.sources[0]!.file}:${result!.sources[0]!.line}`, '__tests__/collector-node/fixtures/store.ts:5');
});

test('a body that retains nothing is judged ok', async () => {
  let id = 0;
  const { text, file } = await measured('drops', () => drop(id++));
  const [result] = analyze([{ file: file, text }], { now: new Date() }).tests;
  assert.equal(result!.verdict, 'ok', result!.reason);
});

test('with expectErrors, throwing operations are counted by type; without it the snapshot says failed and the test gets the error', async () => {
  let id = 0;
  const counted = await measured('throws half', () => {
    if (id++ % 2) throw new TypeError('odd');
  }, { expectErrors: true, batches: 2, warmup: 0, batchSize: 10 });
  assert.equal(counted.thrown, undefined);
  assert.deepEqual(counted.document.phases[0].batches.map((b: { errors: number }) => b.errors), [5, 5]);
  assert.deepEqual(counted.document.phases[0].batches[0].error_types, { TypeError: 5 });
  const failing = await measured('throws', () => {
    throw new RangeError('no such order');
  }, { batches: 2, warmup: 0, batchSize: 10 });
  assert.ok(failing.thrown instanceof RangeError);
  assert.deepEqual(failing.document.outcome, { status: 'failed', message: 'RangeError: no such order' });
  const [result] = analyze([{ file: failing.file, text: failing.text }], { now: new Date() }).tests;
  assert.equal(result!.verdict, 'error');
});

test('settings: options over MEMLEAK_* over defaults; a malformed variable is refused by name', () => {
  assert.deepEqual(resolveSettings({}, {}), { batches: 10, batchSize: 200, warmup: 2, expectErrors: false, snapshotDir: 'memory_snapshots' });
  const env = { MEMLEAK_BATCHES: '12', MEMLEAK_BATCH_SIZE: '50', MEMLEAK_WARMUP: '0', MEMLEAK_SNAPSHOT_DIR: '/tmp/s' };
  assert.deepEqual(resolveSettings({}, env), { batches: 12, batchSize: 50, warmup: 0, expectErrors: false, snapshotDir: '/tmp/s' });
  assert.equal(resolveSettings({ batches: 4 }, env).batches, 4);
  assert.throws(() => resolveSettings({}, { MEMLEAK_BATCH_SIZE: 'lots' }), /MEMLEAK_BATCH_SIZE="lots" is not a whole number from 1/);
  assert.throws(() => resolveSettings({}, { MEMLEAK_BATCHES: '1' }), /MEMLEAK_BATCHES="1"/);
});

test('snapshot file names: the sanitised id and a digest, as the pytest collector names them', () => {
  assert.match(fileName('tests/a.test.ts::leak: a cache'), /^tests_a.test.ts_leak_a_cache-[0-9a-f]{12}\.json$/);
  assert.notEqual(fileName('a::x/y'), fileName('a::x?y'));
});

test('tests of one name: suites name them apart, and a second test of a name already measured gets its own id, so no snapshot replaces another', async () => {
  const snapshotDir = await mkdtemp(join(tmpdir(), 'memleak-node-names-'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', '__tests__/collector-node/fixtures/same-names.leaks.ts'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_TEST_CONTEXT: undefined, MEMLEAK_SNAPSHOT_DIR: snapshotDir },
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const ids = await Promise.all((await readdir(snapshotDir)).map(async (file) => JSON.parse(await readFile(join(snapshotDir, file), 'utf8')).test.id as string));
  const file = '__tests__/collector-node/fixtures/same-names.leaks.ts';
  assert.deepEqual(ids.sort(), [`${file}::cart > adds an item`, `${file}::same name`, `${file}::same name [2]`, `${file}::wishlist > adds an item`]);
  assert.match(run.stdout + run.stderr, /memleak: 2 leak tests are named ".*::same name": this one is reported as ".*::same name \[2\]"; give each a name of its own/);
});

test("the Vitest entry's leakTest under node:test fails its file with a message naming the node:test entry", () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', '__tests__/collector-node/fixtures/wrong-entry.leaks.ts'], { encoding: 'utf8', env: { ...process.env, NODE_TEST_CONTEXT: undefined } });
  assert.notEqual(run.status, 0);
  assert.match(run.stdout + run.stderr, /memleak: leakTest\("drops"\) from 'memleak-action\/collector\/vitest' runs outside Vitest: under node:test, import \{ leakTest \} from 'memleak-action\/collector'/);
});

test('an operation that throws without expectErrors fails its test, and the output says how to measure an error path', () => {
  const snapshotDir = join(tmpdir(), `memleak-node-throws-${process.pid}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', '__tests__/collector-node/fixtures/throws.leaks.ts'], { encoding: 'utf8', env: { ...process.env, NODE_TEST_CONTEXT: undefined, MEMLEAK_SNAPSHOT_DIR: snapshotDir } });
  assert.notEqual(run.status, 0);
  assert.match(run.stdout + run.stderr, /error: 'no such order'/);
  assert.match(run.stdout + run.stderr, /name: 'RangeError'/);
  assert.match(run.stdout + run.stderr, /memleak: an operation of ".*::looks up an order" threw, so it was not measured to the end; if the operation is meant to fail, pass expectErrors: true/);
});

// The environment `memleak run` and the action give a test command: both collectors read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectorEnvironment } from '../../src/shared/collector.js';

test('source maps are turned on for Node, keeping the user\'s NODE_OPTIONS and never twice', () => {
  assert.equal(collectorEnvironment({ snapshotDir: '/tmp/s', base: {} }).NODE_OPTIONS, '--enable-source-maps');
  assert.equal(collectorEnvironment({ snapshotDir: '/tmp/s', base: { NODE_OPTIONS: '--max-old-space-size=4096' } }).NODE_OPTIONS, '--max-old-space-size=4096 --enable-source-maps');
  assert.equal(collectorEnvironment({ snapshotDir: '/tmp/s', base: { NODE_OPTIONS: '--enable-source-maps --inspect=0' } }).NODE_OPTIONS, undefined);
});

test('the settings both collectors read', () => {
  const env = collectorEnvironment({ snapshotDir: '/tmp/s', settings: { batches: 12, batchSize: 50, warmup: 0 }, base: {} });
  assert.equal(env.MEMLEAK_SNAPSHOT_DIR, '/tmp/s');
  assert.deepEqual([env.MEMLEAK_BATCHES, env.MEMLEAK_BATCH_SIZE, env.MEMLEAK_WARMUP], ['12', '50', '0']);
});

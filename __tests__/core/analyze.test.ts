import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, resolveThresholds, ThresholdError, type Report } from '../../src/core/index.js';
import { fileOf, linear } from '../helpers/snapshots.js';

const now = new Date('2026-11-21T00:00:00Z');
const one = (report: Report) => {
  assert.equal(report.tests.length, 1, JSON.stringify(report.problems));
  return report.tests[0]!;
};

test('a steady leak is a leak, with its rate per operation and its source ranked first', () => {
  const leakSite = { file: 'app/cache.py', line: 12, function: 'put', code: 'self.items[key] = value', sizes: linear(10, 0, 10_000) };
  const steadySite = { file: 'app/config.py', line: 3, sizes: Array(10).fill(4096) };
  const smallLeak = { file: 'app/log.py', line: 40, sizes: linear(10, 0, 2_000) };
  const result = one(analyze([fileOf({ id: 't::leak', traced: linear(10, 1e6, 12_000, 3), sites: [smallLeak, steadySite, leakSite] })], { now }));
  assert.equal(result.verdict, 'leak');
  assert.equal(result.kind, 'python');
  assert.ok(Math.abs(result.growth_per_op_bytes - 120) < 2, String(result.growth_per_op_bytes));
  assert.deepEqual(result.sources.map((s) => `${s.file}:${s.line}`), ['app/cache.py:12', 'app/log.py:40']);
  assert.equal(result.sources[0]!.batches_grown, 9);
  assert.match(result.reason, /per operation/);
});

test('flat memory with byte-level jitter is ok', () => {
  const result = one(analyze([fileOf({ id: 't::flat', traced: linear(10, 1e6, 0, 40) })], { now }));
  assert.equal(result.verdict, 'ok');
});

test('one-time growth during measurement (lazy initialisation) is not a leak', () => {
  const traced = [1e6, 1e6, 1e6, 1e6 + 500_000, 1.5e6, 1.5e6, 1.5e6, 1.5e6, 1.5e6, 1.5e6];
  const result = one(analyze([fileOf({ id: 't::lazy', traced })], { now }));
  assert.equal(result.verdict, 'ok');
  assert.match(result.reason, /one-time/);
});

test('a sawtooth buffer is not a leak', () => {
  const traced = Array.from({ length: 12 }, (_, i) => 1e6 + (i % 4) * 40_000);
  const result = one(analyze([fileOf({ id: 't::saw', traced })], { now }));
  assert.equal(result.verdict, 'ok', result.reason);
});

test('a bounded cache that fills then levels off is bounded growth, not a leak', () => {
  const traced = [0, 40_000, 80_000, 120_000, 160_000, 200_000, 200_000, 200_100, 200_000, 200_050, 200_000, 200_020].map((v) => v + 1e6);
  const result = one(analyze([fileOf({ id: 't::lru', traced })], { now }));
  assert.equal(result.verdict, 'ok', result.reason);
  assert.equal(result.kind, 'bounded');
});

test('growth while operations raise is named an error-path leak', () => {
  const result = one(analyze([fileOf({ id: 't::errors', traced: linear(8, 1e6, 30_000), errors: 100 })], { now }));
  assert.equal(result.verdict, 'leak');
  assert.equal(result.kind, 'error-path');
  assert.match(result.reason, /error path/);
});

test('growth seen only in RSS is a native leak without a file:line', () => {
  const result = one(analyze([fileOf({ id: 't::native', traced: linear(10, 1e6, 0, 5), rss: linear(10, 5e7, 409_600) })], { now }));
  assert.equal(result.verdict, 'leak');
  assert.equal(result.kind, 'native');
  assert.deepEqual(result.sources, []);
});

test('RSS that steps up early and then stays is not a native leak', () => {
  const rss = [5e7, 5.2e7, 5.3e7, 5.3e7, 5.3e7, 5.3e7, 5.3e7, 5.3e7, 5.3e7, 5.3e7];
  const result = one(analyze([fileOf({ id: 't::rss-step', traced: linear(10, 1e6, 0), rss })], { now }));
  assert.equal(result.verdict, 'ok');
});

test('a site that leaks below the noise of the total is still found', () => {
  const noisyTotal = [1e6, 1.2e6, 0.95e6, 1.25e6, 1e6, 1.18e6, 0.97e6, 1.3e6, 1.02e6, 1.2e6];
  const site = { file: 'app/slow.py', line: 7, sizes: linear(10, 0, 10_000) };
  const result = one(analyze([fileOf({ id: 't::hidden', traced: noisyTotal, sites: [site] })], { now }));
  assert.equal(result.verdict, 'leak');
  assert.equal(result.sources[0]!.file, 'app/slow.py');
  assert.match(result.reason, /total hides it/);
});

test('too few batches is inconclusive, with the reason', () => {
  const result = one(analyze([fileOf({ id: 't::short', traced: [1, 2, 3] })], { now }));
  assert.equal(result.verdict, 'inconclusive');
  assert.match(result.reason, /too short/);
});

test('irregular growth is inconclusive, never a silent pass', () => {
  const traced = [0, 60_000, 60_000, 130_000, 130_000, 190_000, 190_000, 250_000, 250_000, 330_000, 330_000].map((v) => v + 1e6);
  const result = one(analyze([fileOf({ id: 't::irregular', traced })], { now }));
  assert.equal(result.verdict, 'inconclusive', result.reason);
});

test('warm-up batches are never judged', () => {
  const traced = [0, 5e6, 9e6, ...Array(8).fill(9e6)];
  const result = one(analyze([fileOf({ id: 't::warm', traced, warmup: 3 })], { now }));
  assert.equal(result.verdict, 'ok');
  assert.equal(result.batches, 8);
});

test('a test that failed is an error with its message', () => {
  const result = one(analyze([fileOf({ id: 't::boom', traced: linear(6, 0, 0), outcome: { status: 'failed', message: 'ValueError: boom' } })], { now }));
  assert.equal(result.verdict, 'error');
  assert.match(result.reason, /ValueError: boom/);
});

test('status fails on a leak by default and passes with fail-on never', () => {
  const files = [fileOf({ id: 'a', traced: linear(10, 0, 50_000) }), fileOf({ id: 'b', traced: linear(10, 0, 0) })];
  const report = analyze(files, { now });
  assert.equal(report.status, 'fail');
  assert.deepEqual(report.summary, { tests: 2, leak: 1, ok: 1, inconclusive: 0, error: 0, new_leaks: 1, fixed: 0 });
  assert.equal(analyze(files, { now, failOn: 'never' }).status, 'pass');
});

test('thresholds are configurable and bad ones are refused by name', () => {
  const files = [fileOf({ id: 'a', traced: linear(10, 0, 5_000) })];
  assert.equal(analyze(files, { now }).tests[0]!.verdict, 'leak');
  assert.equal(analyze(files, { now, thresholds: { min_bytes_per_op: 100 } }).tests[0]!.verdict, 'ok');
  assert.throws(() => analyze(files, { now, thresholds: { min_growing_share: 2 } }), (error: unknown) => error instanceof ThresholdError && error.threshold === 'min_growing_share');
  assert.throws(() => analyze(files, { now, thresholds: { nonsense: 1 } as never }), /unknown threshold "nonsense"/);
});

test('names inherited from Object.prototype are unknown thresholds, not known ones', () => {
  // `name in DEFAULT_THRESHOLDS` once let these through (and __proto__ silently changed nothing).
  const inherited = JSON.parse('{"constructor":5,"toString":1,"__proto__":1,"hasOwnProperty":1,"valueOf":1}') as Record<string, number>;
  for (const name of Object.keys(inherited)) {
    assert.throws(
      () => resolveThresholds({ [name]: inherited[name] } as never),
      (error: unknown) => error instanceof ThresholdError && error.threshold === name && /unknown threshold/.test(error.message),
      name,
    );
  }
  assert.throws(() => resolveThresholds(JSON.parse('{"__proto__":1}') as never), /unknown threshold "__proto__"/);
});

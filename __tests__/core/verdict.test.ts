// The verdict rules that keep a leak from passing silently: floors that bound every path to a
// leak, one growth figure, a detection limit in every ok and inconclusive, and evidence from the
// phase that has the operations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Report } from '../../src/core/index.js';
import { coarsen } from '../../src/core/trend.js';
import { fileOf, linear, snapshotOf } from '../helpers/snapshots.js';

const now = new Date('2026-11-29T00:00:00Z');
const one = (report: Report) => {
  assert.equal(report.tests.length, 1, JSON.stringify(report.problems));
  return report.tests[0]!;
};

test('a series that grew in every step by more than the floor is never ok: too few operations is inconclusive, naming the limit', () => {
  // The slow-operation case: 1 operation per batch, ~471 B per step, 8.46 KiB in total.
  const result = one(analyze([fileOf({ id: 't::slow', traced: linear(16, 1e6, 471, 2), operations: 1 })], { now }));
  assert.equal(result.verdict, 'inconclusive', result.reason);
  assert.match(result.reason, /grew in all 15 batches/);
  assert.match(result.reason, /cannot be judged with 15 operations/);
  assert.match(result.reason, /raise time_budget or batch_size/);
  assert.ok(result.detection_limit_bytes_per_op! > 1000, String(result.detection_limit_bytes_per_op));
});

test('flat memory over too few operations is inconclusive with its detection limit, over enough it is ok with it', () => {
  const few = one(analyze([fileOf({ id: 't::few', traced: linear(9, 1e6, 0), operations: 10 })], { now }));
  assert.equal(few.verdict, 'inconclusive', few.reason);
  assert.match(few.reason, /growth below 205 B per operation cannot be judged with 80 operations/);
  assert.match(few.reason, /needs 512/);
  const enough = one(analyze([fileOf({ id: 't::enough', traced: linear(9, 1e6, 0), operations: 64 })], { now }));
  assert.equal(enough.verdict, 'ok', enough.reason);
  assert.match(enough.reason, /detection limit 32 B per operation over 512 operations/);
  assert.equal(enough.detection_limit_bytes_per_op, 32);
});

test('min_bytes_per_op bounds every path, the rising floor of a noisy total included: 172 B per operation is no leak under a 500 B floor', () => {
  // The total is noisy; one site grows 172 B per operation in every batch.
  const site = { file: 'app/cache.py', line: 7, sizes: linear(10, 0, 17_200) };
  const traced = linear(10, 1e6, 0).map((value, i) => value + (i % 2 ? 60_000 : -60_000) + site.sizes[i]!);
  const found = one(analyze([fileOf({ id: 't::site', traced, sites: [site] })], { now }));
  assert.equal(found.verdict, 'leak', found.reason);
  assert.match(found.reason, /retained 305 B per operation, .* \(268 KiB over 900 operations\)/);
  const floored = one(analyze([fileOf({ id: 't::site', traced, sites: [site] })], { now, thresholds: { min_bytes_per_op: 500 } }));
  assert.notEqual(floored.verdict, 'leak', floored.reason);
});

test('min_total_bytes bounds every path: 20.9 MiB under a 100 MB floor is no leak', () => {
  const site = { file: 'app/cache.py', line: 7, sizes: linear(10, 0, 2_435_000) };
  const files = [fileOf({ id: 't::big', traced: linear(10, 1e6, 2_435_000), sites: [site] })];
  assert.equal(one(analyze(files, { now })).verdict, 'leak');
  const floored = one(analyze(files, { now, thresholds: { min_total_bytes: 100_000_000 } }));
  assert.notEqual(floored.verdict, 'leak', floored.reason);
  assert.doesNotMatch(floored.reason, /hides/);
});

test('the growth figure of a leak found through its sites is the figure its reason gives', () => {
  const site = { file: 'app/cache.py', line: 7, sizes: linear(10, 0, 8_400) };
  const traced = linear(10, 1e6, 0).map((value, i) => value + (i % 2 ? 60_000 : -60_000) + site.sizes[i]!);
  const result = one(analyze([fileOf({ id: 't::figure', traced, sites: [site] })], { now }));
  assert.equal(result.verdict, 'leak', result.reason);
  assert.equal(result.growth_per_op_bytes, 84);
  assert.match(result.reason, /retained 84 B per operation/);
});

test('flat but noisy memory is explained as noise, not as one-time growth', () => {
  // Half the steps flat, the others jumping up and down by ~3.3 MB: the old rule saw its largest
  // step and said "one-time growth of 3.28 MiB, then flat".
  const traced = [0, 0, 3.3e6, 3.3e6, 0.1e6, 0.1e6, 3.4e6, 3.4e6, 0.2e6, 3.28e6].map((v) => v + 5e6);
  const result = one(analyze([fileOf({ id: 't::noise', traced })], { now }));
  assert.equal(result.verdict, 'ok', result.reason);
  assert.doesNotMatch(result.reason, /one-time/);
  assert.match(result.reason, /up and down/);
});

test('the code under test ranks above the test file when both grow', () => {
  const testLine = { file: 'tests/test_errors.py', line: 13, sizes: linear(10, 0, 21_000) };
  const appLine = { file: 'app/errors.py', line: 40, sizes: linear(10, 0, 20_000) };
  const result = one(analyze([fileOf({ id: 'tests/test_errors.py::t', testFile: 'tests/test_errors.py', traced: linear(10, 1e6, 41_000), sites: [testLine, appLine] })], { now }));
  assert.deepEqual(result.sources.map((s) => `${s.file}:${s.line}`), ['app/errors.py:40', 'tests/test_errors.py:13']);
});

test('JavaScript test files (*.test.ts, *.spec.js) rank below the code under test too', () => {
  const helper = { file: 'src/orders.spec.js', line: 5, sizes: linear(10, 0, 30_000) };
  const appLine = { file: 'src/orders.ts', line: 12, sizes: linear(10, 0, 20_000) };
  const result = one(analyze([fileOf({ id: 'src/orders.test.ts::t', testFile: 'src/orders.test.ts', traced: linear(10, 1e6, 50_000), sites: [helper, appLine] })], { now }));
  assert.deepEqual(result.sources.map((s) => `${s.file}:${s.line}`), ['src/orders.ts:12', 'src/orders.spec.js:5']);
});

test('the verdict phase is judged and the attribution phase names the lines, however few its operations', () => {
  // The screen has the operations and a bounded cache that levelled off; the deep phase, after a
  // tracing restart, shows the cache growing in every batch of its few operations.
  const screen = [0, 40_000, 80_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000].map((v) => v + 1e6);
  const restart = { file: 'app/cache.py', line: 3, sizes: linear(7, 0, 1_300) };
  const bounded = one(analyze([fileOf({ id: 't::cache', traced: screen, operations: 100, attribution: { operations: 2, batches: 7, sites: [restart] } })], { now }));
  assert.equal(bounded.verdict, 'ok', bounded.reason);
  assert.equal(bounded.kind, 'bounded');
  assert.deepEqual(bounded.sources, []);

  const deep = { file: 'app/handlers.py', line: 22, sizes: linear(7, 0, 400) };
  const leak = one(analyze([fileOf({ id: 't::leak', traced: linear(10, 1e6, 20_000), attribution: { operations: 2, batches: 7, sites: [deep] } })], { now }));
  assert.equal(leak.verdict, 'leak', leak.reason);
  assert.deepEqual(leak.sources.map((s) => `${s.file}:${s.line}`), ['app/handlers.py:22']);
});

test('a native leak is judged on the C allocator\'s bytes in use, which freed memory cannot mask', () => {
  // ~575 B per operation over 16 operations per batch: RSS exactly flat (chunks freed earlier reused).
  const flatRss = Array(10).fill(90_000_000);
  const result = one(analyze([fileOf({ id: 't::strdup', traced: linear(10, 1e6, 0), rss: flatRss, nativeHeap: linear(10, 7e6, 575 * 100), operations: 100 })], { now }));
  assert.equal(result.verdict, 'leak', result.reason);
  assert.equal(result.kind, 'native');
  assert.equal(result.growth_per_op_bytes, 575);
  assert.match(result.reason, /C allocator/);
  const clean = one(analyze([fileOf({ id: 't::clean', traced: linear(10, 1e6, 0), nativeHeap: linear(10, 7e6, 0, 300), operations: 100 })], { now }));
  assert.equal(clean.verdict, 'ok', clean.reason);
});

test('growth outside the JS heap (Node\'s external: Buffers, ArrayBuffers) is a native-like leak named as such, with no line', () => {
  const flatHeap = linear(10, 1e6, 0);
  const journal = one(analyze([fileOf({ id: 'tests/a.test.ts::journal', traced: flatHeap, external: linear(10, 2e6, 512 * 100), operations: 100 })], { now }));
  assert.equal(journal.verdict, 'leak', journal.reason);
  assert.equal(journal.kind, 'native');
  assert.equal(journal.growth_per_op_bytes, 512);
  assert.match(journal.reason, /^native-like leak: memory outside the JS heap \(external/);
  assert.deepEqual(journal.sources, []);
  // Below the native floor (256 B per operation), or growing then given back: not a leak.
  assert.equal(one(analyze([fileOf({ id: 't::small', traced: flatHeap, external: linear(10, 2e6, 100 * 100), operations: 100 })], { now })).verdict, 'ok');
  // RSS that grows with external flat (the runtime's own heap reservations) is not judged.
  const rssOnly = one(analyze([fileOf({ id: 't::transients', traced: flatHeap, external: linear(10, 2e6, 0), rss: linear(10, 9e7, 2000 * 100), operations: 100 })], { now }));
  assert.equal(rssOnly.verdict, 'ok', rssOnly.reason);
  const sawtooth = [2e6, 3e6, 2e6, 3e6, 2e6, 3e6, 2e6, 3e6, 2e6, 3e6];
  assert.equal(one(analyze([fileOf({ id: 't::sawtooth', traced: flatHeap, external: sawtooth, operations: 100 })], { now })).verdict, 'ok');
  // A heap leak whose objects hold Buffers keeps its line and says what grew outside the heap too.
  const pool = one(analyze([fileOf({ id: 't::pool', traced: linear(10, 1e6, 120 * 100), external: linear(10, 2e6, 1024 * 100), operations: 100, sites: [{ file: 'app/buffers.ts', line: 6, sizes: linear(10, 0, 120 * 100) }], collector: { heap: 'js' } })], { now }));
  assert.equal(pool.kind, 'js-heap', pool.reason);
  assert.deepEqual(pool.sources.map((s) => `${s.file}:${s.line}`), ['app/buffers.ts:6']);
  assert.match(pool.reason, /external memory \(Buffers, ArrayBuffers\) grew 1.00 KiB per operation too/);
});

test('a heap leak is kind js-heap when the snapshot traced a JavaScript heap, python otherwise; the reasons name that heap and its collector', () => {
  const leaking = { traced: linear(10, 1e6, 200 * 100), operations: 100, sites: [{ file: 'app/cache.ts', line: 4, sizes: linear(10, 0, 200 * 100) }] };
  const kindOf = (collector: { name?: string; heap?: string }) => one(analyze([fileOf({ id: 't::leak', ...leaking, collector })], { now })).kind;
  assert.equal(kindOf({ heap: 'js' }), 'js-heap');
  assert.equal(kindOf({ heap: 'python' }), 'python');
  assert.equal(kindOf({}), 'python', 'a snapshot that does not say is Python\'s (every collector before the field, LiteLLM-style suites)');
  assert.equal(kindOf({ name: 'memleak-node' }), 'js-heap', "the Node collector's snapshots from before the field");
  assert.equal(kindOf({ name: 'memleak-node', heap: 'python' }), 'python', 'the field, when present, decides');
  // A leak while operations throw is the error-path kind on either heap.
  assert.equal(one(analyze([fileOf({ id: 't::throws', ...leaking, errors: 10, collector: { heap: 'js' } })], { now })).kind, 'error-path');
  // What to raise for more operations is the Node collector's options, not the pytest plugin's.
  const short = (collector: { heap?: string }) => one(analyze([fileOf({ id: 't::short', traced: linear(9, 1e6, 0), operations: 10, collector })], { now })).reason;
  assert.match(short({ heap: 'js' }), /run more operations \(the Node collector: raise batches or batchSize\)/);
  assert.doesNotMatch(short({ heap: 'js' }), /pytest|Python/);
  assert.match(short({}), /run more operations \(the pytest collector: raise time_budget or batch_size\)/);
  // A native leak judged on RSS (a JS snapshot without external bytes) names the JS heap as what stayed flat.
  const rssGrew = one(analyze([fileOf({ id: 't::rss', traced: linear(10, 1e6, 0), rss: linear(10, 9e7, 20_000 * 100), operations: 100, collector: { heap: 'js' } })], { now }));
  assert.equal(rssGrew.kind, 'native', rssGrew.reason);
  assert.match(rssGrew.reason, /while the JS heap stayed flat; no file:line can be named for memory allocated outside the JS heap$/);
});

test('a heap the schema does not know is refused with its pointer', () => {
  const report = analyze([fileOf({ id: 't::ruby', traced: linear(10, 1e6, 0), collector: { heap: 'ruby' } })], { now });
  assert.deepEqual(report.tests, []);
  assert.equal(report.problems[0]?.pointer, '/collector/heap', JSON.stringify(report.problems));
});

test('a test\'s allowance raises its floors, and the reason says so', () => {
  const spec = { id: 't::allowed', traced: linear(10, 1e6, 20_000), operations: 100 };
  assert.equal(one(analyze([fileOf(spec)], { now })).verdict, 'leak');
  const allowed = one(analyze([fileOf({ ...spec, allow: { bytesPerOp: 500 } })], { now }));
  assert.notEqual(allowed.verdict, 'leak', allowed.reason);
  assert.ok(allowed.detection_limit_bytes_per_op! >= 500);
});

test('a phase that stopped early says why in the reason', () => {
  const result = one(analyze([fileOf({ id: 't::stopped', traced: linear(3, 1e6, 0), stopped: 'the time budget of 2s ran out in batch 3 of 10' })], { now }));
  assert.equal(result.verdict, 'inconclusive');
  assert.match(result.reason, /the measurement stopped after 3 judged batch\(es\) \(300 operations\).*: the time budget of 2s ran out/);
});

test('coarsen merges many one-operation batches into at most the given steps, keeping the net growth', () => {
  const operations = Array(101).fill(1);
  const series = linear(101, 0, 10);
  const merged = coarsen(operations, [series], 16);
  assert.equal(merged.operations.length, 17);
  assert.equal(merged.operations.slice(1).reduce((a, b) => a + b, 0), 100);
  assert.equal(merged.values[0]!.at(-1)! - merged.values[0]![0]!, 1000);
});

test('hundreds of one-operation batches of a small leak are judged a leak', () => {
  // `@pytest.mark.memleak(batch_size=1)` around `_keep.append(str(len(_keep)) * 50)`.
  const traced = Array.from({ length: 513 }, (_, i) => 1e6 + i * 200 + (i % 8 === 0 ? 64 : 0));
  const result = one(analyze([fileOf({ id: 't::bs1', traced, operations: 1 })], { now }));
  assert.equal(result.verdict, 'leak', result.reason);
});

test('a site that grew fast while a cache filled and now grows below the floor is no leak the total hides', () => {
  // lru_cache(maxsize=512) filling over the first judged batches, then 28 B per operation (the
  // issue's smallest input, as the screen measured it).
  const filling = { file: 'tests/test_profiles.py', line: 14, sizes: [680, 6736, 13304, 22064, 27496, 42920, 49136, 54624, 56696, 58768] };
  const cache = { file: 'app/profiles.py', line: 9, sizes: [4984, 57552, 110240, 162928, 215616, 268304, 320992, 364424, 364424, 364424] };
  const traced = [5664, 64288, 123544, 184992, 243112, 311224, 370128, 419048, 421120, 423192];
  const result = one(analyze([fileOf({ id: 't::lru512', traced, operations: 74, sites: [filling, cache] })], { now }));
  assert.equal(result.verdict, 'ok', result.reason);
  assert.equal(result.kind, 'bounded');
});

test('a container growing in rare large steps over a steady small growth is never ok (a set of ids never cleaned)', () => {
  // 28 B per operation in every batch (the int), and the set's table resizing twice, mid-run:
  // the median step is below the floor, the net rate (84 B per operation) is not.
  const series = (steps: number[]) => steps.reduce((values, step) => [...values, values.at(-1)! + step], [1e6]);
  const earlier = series([2800, 2800, 2800, 2_300_000, 2800, 2800, 2_500_000, 2800, 2800, 2800, 2800, 2800]);
  const result = one(analyze([fileOf({ id: 't::seen', traced: earlier, operations: 100 })], { now }));
  assert.equal(result.verdict, 'inconclusive', result.reason);
  assert.match(result.reason, /grew in all 12 batches/);
  assert.match(result.reason, /rare large steps/);
  // A resize in the last third: still growing at the floor's rate at the end, a leak.
  const late = series([2800, 2800, 2800, 2_300_000, 2800, 2800, 2800, 2800, 2800, 2_500_000, 2800, 2800]);
  const leak = one(analyze([fileOf({ id: 't::seen', traced: late, operations: 100 })], { now }));
  assert.equal(leak.verdict, 'leak', leak.reason);
  assert.equal(leak.growth_per_op_bytes, Math.round((late.at(-1)! - late[0]!) / 1200 * 100) / 100);
});

test('a sawtooth whose floor rises at every flush is a leak at the rate of its floor (a retry queue keeping its failures)', () => {
  // Fills by 30 KB a batch, flushes every 3 batches, keeping 20 KB more each time.
  const traced = [0, 30_000, 60_000, 20_000, 50_000, 80_000, 40_000, 70_000, 100_000, 60_000, 90_000, 120_000, 80_000].map((v) => v + 1e6);
  const result = one(analyze([fileOf({ id: 't::outbox', traced, operations: 100 })], { now }));
  assert.equal(result.verdict, 'leak', result.reason);
  assert.equal(result.growth_per_op_bytes, Math.round((traced.at(-1)! - traced[0]!) / 1200 * 100) / 100);
  const flushed = [0, 30_000, 60_000, 0, 30_000, 60_000, 0, 30_000, 60_000, 0, 30_000, 60_000, 0].map((v) => v + 1e6);
  assert.equal(one(analyze([fileOf({ id: 't::flushed', traced: flushed, operations: 100 })], { now })).verdict, 'ok');
});

test('a leak on every Nth call (bursts at separate times, flat in between) is never ok', () => {
  // 30 KB kept every 300th call, batches of 100: the reviewer saw "bounded growth … levelled off".
  const every300 = [30065, 60098, 60098, 60098, 90131, 90131, 90131, 120164];
  const result = one(analyze([fileOf({ id: 't::nth', traced: every300, operations: 100 })], { now }));
  assert.equal(result.verdict, 'leak', result.reason);
  assert.equal(result.growth_per_op_bytes, Math.round((120164 - 30065) / 700 * 100) / 100);
  // Bursts that stopped before the last third: could be a warm-up in two parts; not ok either.
  const stopped = [30065, 30065, 60098, 60098, 60098, 90131, 90131, 90131, 90131, 90131, 90131];
  assert.equal(one(analyze([fileOf({ id: 't::nth', traced: stopped, operations: 100 })], { now })).verdict, 'inconclusive');
  // One burst is lazy initialisation.
  const once = [30065, 30065, 30065, 90131, 90131, 90131, 90131, 90131];
  assert.equal(one(analyze([fileOf({ id: 't::once', traced: once, operations: 100 })], { now })).verdict, 'ok');
});

test('irregular steps whose net growth is below the floor per operation are noise, not too irregular to call', () => {
  // Ten steps of +45 B per operation, five of -15: a median step above the floor, only 10 of 15
  // growing, and a net of 25 B per operation (37.5 KB over 1,500 operations).
  const steps = [45, -15, 45, 45, -15, 45, -15, 45, 45, -15, 45, -15, 45, 45, 45].map((perOp) => perOp * 100);
  const traced = steps.reduce((values, step) => [...values, values.at(-1)! + step], [5e6]);
  assert.equal(one(analyze([fileOf({ id: 't::noise', traced, operations: 100 })], { now, thresholds: { min_total_bytes: 40_000 } })).verdict, 'ok');
  const result = one(analyze([fileOf({ id: 't::noise', traced, operations: 100 })], { now }));
  assert.equal(result.verdict, 'ok', result.reason);
  assert.match(result.reason, /up and down/);
});

test('steady growth below the per-operation floor is ok, explained as below the floor, never as levelled off', () => {
  // 9 B per operation in every batch (a callback re-registered into a list): under the 32 B floor,
  // but nothing levelled off (a new user found it explained as "bounded growth … levelled off").
  const steady = one(analyze([fileOf({ id: 't::small', traced: linear(16, 1e6, 9 * 4000), operations: 4000 })], { now }));
  assert.equal(steady.verdict, 'ok', steady.reason);
  assert.notEqual(steady.kind, 'bounded');
  assert.match(steady.reason, /^steady growth below the floor: 9 B per operation at the median \(9 B in the last batches\), under the 32 B floor/);
  assert.match(steady.reason, /lower --min-bytes-per-op to judge growth this small/);
});

test('a staircase that did not grow in every batch says how many grew (a new user read "grew in all 9" of a series that grew in 4)', () => {
  // A 5000-entry LRU filling under the Node collector, 1,000 operations a batch, 2 warm-up batches.
  const traced = [115208, 218392, 363472, 440072, 635512, 633336, 643520, 637536, 866224, 864696, 857136, 850264];
  const result = one(analyze([fileOf({ id: 't::lru5000', traced, operations: 1000, warmup: 2 })], { now }));
  assert.equal(result.verdict, 'inconclusive', result.reason);
  assert.match(result.reason, /^grew in 4 of 9 batches, /);
});

test('a leak whose line-naming phase ran out of time before its sites grew in 3 batches says why it names no line, and what to raise', () => {
  // A template render: the screen's one-frame tracebacks end in the library, and the confirm
  // phase (deep tracebacks, 16× slower) stopped after 2 judged batches. A new user saw a blank source.
  const snapshot = snapshotOf({ id: 'tests/test_web.py::test_render', traced: linear(16, 1e6, 460_000), operations: 100, attribution: { operations: 60, batches: 2, sites: [{ file: 'app/web.py', line: 12, sizes: [0, 270_000] }] } });
  (snapshot.phases[1] as Record<string, unknown>).stopped = 'the time budget of 60s ran out in batch 5 of 8';
  const result = one(analyze([{ file: 'render.json', text: JSON.stringify(snapshot) }], { now }));
  assert.equal(result.verdict, 'leak', result.reason);
  assert.deepEqual(result.sources, []);
  assert.match(result.reason, /; no source line: the phase that names lines stopped before its sites grew in 3 batches \(the time budget of 60s ran out in batch 5 of 8\); run it longer \(the pytest collector: raise time_budget or batch_size\)$/);
  // Not when the phase ran to its end, and not when it named a line.
  delete (snapshot.phases[1] as Record<string, unknown>).stopped;
  assert.doesNotMatch(one(analyze([{ file: 'render.json', text: JSON.stringify(snapshot) }], { now })).reason, /no source line/);
});

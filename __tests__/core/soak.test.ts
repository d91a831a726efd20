// Soak runs judged by time: the OLS rate in MB/hour with its 95 % interval, the tiers, and what
// every renderer shows of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type InputFile } from '../../src/core/index.js';
import { MB, olsSlope, tQuantile975 } from '../../src/core/soak.js';
import { validateReport } from '../../src/core/validate.js';
import { renderMarkdown } from '../../src/core/render/index.js';
import { renderTerminal } from '../../src/cli/terminal.js';

const now = new Date('2026-11-29T00:00:00Z');

interface SoakSpec {
  id: string;
  /** MB per hour the memory grows by. */
  rate: number;
  seconds: number;
  interval: number;
  /** A deterministic wobble added to each sample, in bytes (alternating sign). */
  noise?: number;
  tiers?: { warning_mb_per_hour?: number; failure_mb_per_hour?: number };
  stopped?: string;
  rss?: boolean;
  /** Seconds after which the memory stops growing (a cache or ring buffer that filled). */
  levelAfter?: number;
}

/** A soak snapshot as the collectors write it: one phase with role "soak", a warm-up sample first. */
function soakFile(spec: SoakSpec): InputFile {
  const count = Math.floor(spec.seconds / spec.interval) + 1;
  const batches = Array.from({ length: count + 1 }, (_, index) => {
    const t = index === 0 ? 0 : (index - 1) * spec.interval;
    const wobble = (spec.noise ?? 0) * (index % 2 ? 1 : -1) * ((index * 7) % 5) / 4;
    const bytes = Math.round(200 * MB + (spec.rate * MB * Math.min(t, spec.levelAfter ?? t)) / 3600 + wobble);
    return { warmup: index === 0, operations: 1000, duration_s: spec.interval, elapsed_s: t, traced_bytes: spec.rss === false ? bytes : 1_000_000, rss_bytes: spec.rss === false ? null : bytes };
  });
  const snapshot = {
    format: 'memleak-snapshot',
    version: 1,
    test: { id: spec.id },
    collector: { name: 'test-builder', version: '0' },
    config: { soak: { duration_s: spec.seconds, interval_s: spec.interval, ...spec.tiers } },
    phases: [{ name: 'soak', role: 'soak', traceback_depth: 1, batches, ...(spec.stopped && { stopped: spec.stopped }) }],
    outcome: { status: 'passed' },
  };
  return { file: `${spec.id}.json`, text: JSON.stringify(snapshot) };
}

const judge = (spec: SoakSpec, thresholds = {}) => {
  const report = analyze([soakFile(spec)], { now, thresholds });
  assert.equal(report.tests.length, 1, JSON.stringify(report.problems));
  assert.ok(validateReport(report), JSON.stringify(validateReport.errors));
  return { report, test: report.tests[0]! };
};

test('the 95 % t quantile: the table to 30 degrees of freedom, the expansion beyond, the normal quantile in the limit', () => {
  assert.equal(tQuantile975(1), 12.7062);
  assert.equal(tQuantile975(30), 2.0423);
  assert.ok(Math.abs(tQuantile975(31) - 2.0395) < 1e-4, String(tQuantile975(31)));
  assert.ok(Math.abs(tQuantile975(60) - 2.0003) < 1e-4, String(tQuantile975(60)));
  assert.ok(Math.abs(tQuantile975(120) - 1.9799) < 1e-4, String(tQuantile975(120)));
  assert.ok(Math.abs(tQuantile975(1e9) - 1.96) < 1e-3);
  assert.throws(() => tQuantile975(0), /at least 1/);
});

test('the OLS slope and its interval match a hand computation', () => {
  // x̄ = 2, ȳ = 3, Sxx = 10, Sxy = 8: b = 0.8; SSE = 3.6, s² = 1.2, SE = √0.12; t(3) = 3.1824.
  const fit = olsSlope([0, 1, 2, 3, 4], [1, 3, 2, 5, 4])!;
  assert.ok(Math.abs(fit.slope - 0.8) < 1e-12);
  assert.ok(Math.abs(fit.halfWidth - 3.1824 * Math.sqrt(0.12)) < 1e-9);
  assert.equal(olsSlope([0, 1], [1, 2]), undefined);
  assert.equal(olsSlope([1, 1, 1], [1, 2, 3]), undefined);
});

test('a steady 12 MB/hour over a 30 minute soak is a failure: verdict leak, the rate and interval in the report', () => {
  const { test: result } = judge({ id: 'soak::leaks', rate: 12, seconds: 1800, interval: 10, noise: 64 * 1024 });
  assert.equal(result.verdict, 'leak', result.reason);
  assert.equal(result.soak?.tier, 'failure');
  assert.ok(Math.abs(result.soak!.mb_per_hour! - 12) < 0.2, String(result.soak!.mb_per_hour));
  assert.ok(result.soak!.mb_per_hour_low! < result.soak!.mb_per_hour! && result.soak!.mb_per_hour! < result.soak!.mb_per_hour_high!);
  assert.equal(result.soak!.duration_s, 1800);
  assert.equal(result.soak!.interval_s, 10);
  assert.deepEqual(result.soak!.tiers, { warning_mb_per_hour: 1, failure_mb_per_hour: 5 });
  assert.match(result.reason, /^soak failure \(leak\): resident memory grew 12\.\d+ MB\/hour \(95 % interval .* over 30\.0 min, 181 samples, at or above the failure tier of 5\.00 MB\/hour$/);
});

test('flat memory is acceptable, 2.5 MB/hour a warning that is ok but named in the status line, and the tests set their own tiers', () => {
  const flat = judge({ id: 'soak::flat', rate: 0, seconds: 600, interval: 5, noise: 32 * 1024 }).test;
  assert.equal(flat.verdict, 'ok', flat.reason);
  assert.equal(flat.soak?.tier, 'acceptable');
  assert.match(flat.reason, /^soak acceptable: .* below the warning tier of 1\.00 MB\/hour/);

  const { report, test: warned } = judge({ id: 'soak::warn', rate: 2.5, seconds: 1800, interval: 10, noise: 16 * 1024 });
  assert.equal(warned.verdict, 'ok', warned.reason);
  assert.equal(warned.soak?.tier, 'warning');
  assert.equal(report.status, 'pass');
  assert.match(report.status_reason, /1 soak test\(s\) in the warning tier \(soak::warn\); a warning does not fail the run/);

  const own = judge({ id: 'soak::own', rate: 2.5, seconds: 1800, interval: 10, noise: 16 * 1024, tiers: { warning_mb_per_hour: 0.5, failure_mb_per_hour: 2 } }).test;
  assert.equal(own.verdict, 'leak', own.reason);
  assert.deepEqual(own.soak!.tiers, { warning_mb_per_hour: 0.5, failure_mb_per_hour: 2 });
});

test('too short or too noisy is inconclusive and names its detection limit; too few samples says how many it needs', () => {
  const noisy = judge({ id: 'soak::noisy', rate: 3, seconds: 30, interval: 5, noise: 4 * MB }).test;
  assert.equal(noisy.verdict, 'inconclusive', noisy.reason);
  assert.equal(noisy.soak?.tier, undefined);
  assert.match(noisy.reason, /too short or too noisy to decide: .* the detection limit is [\d.]+ MB\/hour \(the smallest growth this run could tell from none\): run longer/);
  const short = judge({ id: 'soak::short', rate: 3, seconds: 10, interval: 5, stopped: 'interrupted by SIGINT after 10.2 s of the 30 min soak' }).test;
  assert.equal(short.verdict, 'inconclusive', short.reason);
  assert.match(short.reason, /^soak too short to decide: 3 sample\(s\) over 10\.0 s, at least 4 are needed .*; interrupted by SIGINT after 10\.2 s/);
  assert.equal(short.soak?.mb_per_hour, undefined);
});

test('traced bytes are judged when RSS is unknown, and the reason says which memory it is', () => {
  const traced = judge({ id: 'soak::traced', rate: 30, seconds: 120, interval: 1, rss: false }).test;
  assert.equal(traced.verdict, 'leak', traced.reason);
  assert.match(traced.reason, /traced Python memory grew 30\.0 MB\/hour/);
});

test('the terminal and report.md show the soak: tier, rate with interval, tiers and duration', () => {
  const report = analyze([soakFile({ id: 'soak::leaks', rate: 12, seconds: 600, interval: 10 }), soakFile({ id: 'soak::warn', rate: 2.5, seconds: 1800, interval: 10 })], { now });
  const terminal = renderTerminal(report, false);
  assert.match(terminal, /soak::leaks\s+\| leak \(soak: failure\)\s+\|\s+12\.0 MB\/hour/);
  assert.match(terminal, /soak::warn\s+\| ok \(soak: warning\)/);
  assert.match(terminal, /● soak::warn: soak warning: resident memory grew 2\.50 MB\/hour/);
  const markdown = renderMarkdown(report, { now, allTests: true });
  assert.match(markdown, /\*\*Soak runs\*\* \(2\)/);
  assert.match(markdown, /\| soak::leaks \| failure \| 12\.0 \(12\.0 to 12\.0\) \| 1 \/ 5 \| 600\.0 s every 10 s \| soak failure &#40;leak&#41;: /);
  // A warning is listed in the PR comment even though its verdict is ok.
  assert.match(renderMarkdown(report, { now }), /soak::warn \| ok \(soak: warning\)/);
});

test('a soak that leaks gets no per-batch chart of traced bytes in report.md: its rate is over time, in the soak table', () => {
  const report = analyze([soakFile({ id: 'soak::leaks', rate: 12, seconds: 600, interval: 10 })], { now });
  assert.equal(report.tests[0]!.verdict, 'leak');
  assert.doesNotMatch(renderMarkdown(report, { now, allTests: true }), /Memory per batch/);
});

test('a ring buffer that fills in the first third and then holds is acceptable (bounded), judged on the second half', () => {
  const report = analyze([soakFile({ id: 'tests/t.py::test_ring', rate: 3000, seconds: 12, interval: 0.5, levelAfter: 4 })], { now });
  const [result] = report.tests;
  assert.equal(result!.verdict, 'ok', result!.reason);
  assert.equal(result!.kind, 'bounded');
  assert.equal(result!.soak!.tier, 'acceptable');
  assert.ok(Math.abs(result!.soak!.mb_per_hour!) < 1, `the second half's rate, not the whole run's: ${result!.soak!.mb_per_hour}`);
  assert.match(result!.reason, /^soak acceptable \(bounded\): .* over the whole run, but .* in its second half, below the warning tier/);
  // Levelled off, but in samples too noisy to place the second half below the warning tier: never a leak.
  const noisy = analyze([soakFile({ id: 'tests/t.py::test_ring', rate: 3000, seconds: 12, interval: 0.5, levelAfter: 4, noise: 200_000 })], { now }).tests[0]!;
  assert.equal(noisy.verdict, 'inconclusive', noisy.reason);
  assert.match(noisy.reason, /in its second half: slowing down as a cache filling up does; the detection limit in the second half is .*: run longer to tell/);
  // The same growth kept up to the end is still a failure.
  const steady = analyze([soakFile({ id: 'tests/t.py::test_leak', rate: 3000, seconds: 12, interval: 0.5, noise: 2000 })], { now }).tests[0]!;
  assert.equal(steady.verdict, 'leak', steady.reason);
});

test('a soak\'s first → last figure is resident memory, what it is judged on, not the traced memory a command sampled from outside lacks', () => {
  const report = analyze([soakFile({ id: 'soak: python3 worker.py', rate: 300, seconds: 60, interval: 1 })], { now });
  const terminal = renderTerminal(report, false);
  assert.match(terminal, /\| RSS 200 MiB → 205 MiB \|/, terminal);
  assert.doesNotMatch(terminal, /traced 977 KiB → 977 KiB/);
});

test('a leak still far above the failure tier in its second half is a failure, even when that half grew a little slower (a loaded CI machine)', () => {
  // 22,000 MB/hour for 2 s, then 1 % slower, sampled every 0.25 s with no noise: the two halves'
  // intervals are narrow enough to tell 22,000 from 21,780, but both are leaks.
  const file = soakFile({ id: 'tests/t.py::test_fast_leak', rate: 22_000, seconds: 4, interval: 0.25 });
  const snapshot = JSON.parse(file.text);
  const start = snapshot.phases[0].batches.findIndex((batch: { elapsed_s: number }) => batch.elapsed_s >= 2);
  const base = snapshot.phases[0].batches[start].rss_bytes;
  for (const batch of snapshot.phases[0].batches.slice(start)) batch.rss_bytes = Math.round(base + (batch.rss_bytes - base) * 0.99);
  const [result] = analyze([{ file: file.file, text: JSON.stringify(snapshot) }], { now }).tests;
  assert.equal(result!.verdict, 'leak', result!.reason);
  assert.match(result!.reason, /^soak failure \(leak\)/);
});

// `memleak soak` on real processes: a leaking and an idle script sampled from /proc, pytest leak
// tests soaking through MEMLEAK_SOAK, and real SIGTERM/SIGINT sent to the CLI mid-soak. The
// soaks here last a few seconds (a real one lasts 30 minutes to 24 hours, README "Soak runs").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, runCli } from '../helpers/cli.js';

const linux = existsSync('/proc/self/status');
const skipOffLinux = linux ? false : 'sampling a process from outside reads /proc (Linux only)';

// 64 KiB every 10 ms: about 22 GB/hour, far above any tier.
const LEAKING_SERVER = 'import time\nKEPT = []\nwhile True:\n    KEPT.append(bytearray(64 * 1024))\n    time.sleep(0.01)\n';
const IDLE_SERVER = 'import time\nwhile True:\n    time.sleep(0.05)\n';
const SOAK_TESTS = `import time
import pytest
KEPT = []

@pytest.mark.memleak
def test_leaks():
    KEPT.append(bytearray(2000))  # the leaking line
    time.sleep(0.0005)

@pytest.mark.memleak
def test_clean():
    bytearray(2000)
    time.sleep(0.0005)
`;

async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'memleak-soak-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

async function reportOf(dir: string) {
  const report = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8'));
  return { report, byId: Object.fromEntries(report.tests.map((t: { id: string }) => [t.id, t])) as Record<string, any> };
}

test('soak: a script with no leak tests is sampled from outside, stopped at the end, and judged in MB/hour', { skip: skipOffLinux }, async () => {
  const dir = await project({ 'server.py': LEAKING_SERVER, 'idle.py': IDLE_SERVER });
  const leaking = await runCli(['soak', '--duration', '4s', '--interval', '0.25s', '--out', 'out', '--', 'python3', 'server.py'], { cwd: dir });
  assert.equal(leaking.status, 1, leaking.stderr + leaking.stdout);
  assert.match(leaking.stderr, /no leak test soaked; judging the \d+ RSS sample\(s\) of the command's process tree/);
  const { byId } = await reportOf(dir);
  const server = byId['soak: python3 server.py'];
  assert.equal(server.verdict, 'leak', server.reason);
  assert.equal(server.soak.tier, 'failure');
  assert.ok(server.soak.mb_per_hour_low > 5, JSON.stringify(server.soak));
  assert.deepEqual(server.soak.tiers, { warning_mb_per_hour: 1, failure_mb_per_hour: 5 });
  assert.match(leaking.stdout, /leak \(soak: failure\)/);
  assert.match(leaking.stdout, /\| Growth \/ op \(soak: \/ hour\) +\|/, "the heading says a soak's figure is per hour");

  // A mark left by a collector killed mid-soak must not make the CLI wait past the duration for nothing.
  await writeFile(join(dir, 'memory_snapshots', '.memleak-soaking-999999'), '');
  const idle = await runCli(['soak', '--duration', '4s', '--interval', '0.25s', '--out', 'out', '--', 'python3', 'idle.py'], { cwd: dir });
  assert.equal(idle.status, 0, idle.stderr + idle.stdout);
  const quiet = (await reportOf(dir)).byId['soak: python3 idle.py'];
  assert.equal(quiet.verdict, 'ok', quiet.reason);
  assert.equal(quiet.soak.tier, 'acceptable');
  // The earlier run's snapshot and the stale mark were cleared: one test per run.
  assert.deepEqual((await readdir(join(dir, 'memory_snapshots'))).filter((name) => name.endsWith('.json') || name.startsWith('.memleak')).length, 1);
  assert.doesNotMatch(idle.stderr, /waiting for them/);
});

test('soak: marked pytest tests soak through MEMLEAK_SOAK with the tiers given; the CLI waits for them past the duration', async () => {
  const dir = await project({ 'test_soak.py': SOAK_TESTS });
  const result = await runCli(['soak', '--duration', '3s', '--interval', '0.25s', '--warning-mb-per-hour', '2', '--failure-mb-per-hour', '50', '--out', 'out', '--', 'python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'test_soak.py'], { cwd: dir });
  assert.equal(result.status, 1, result.stderr + result.stdout);
  const { report, byId } = await reportOf(dir);
  assert.equal(report.tests.length, 2, JSON.stringify(report.problems));
  assert.equal(byId['test_soak.py::test_leaks'].verdict, 'leak', byId['test_soak.py::test_leaks'].reason);
  assert.equal(byId['test_soak.py::test_leaks'].soak.tier, 'failure');
  assert.deepEqual(byId['test_soak.py::test_leaks'].soak.tiers, { warning_mb_per_hour: 2, failure_mb_per_hour: 50 });
  const clean = byId['test_soak.py::test_clean'];
  assert.notEqual(clean.verdict, 'leak', clean.reason);
  assert.ok(clean.soak.duration_s > 2, 'both tests soaked for the duration, one after the other');
  // The process tree was not judged: the tests' own snapshots were.
  assert.equal(byId['soak: python3 -m pytest -q -p no:cacheprovider test_soak.py'], undefined);
});

test('soak: bad durations and tiers in the wrong order are refused before anything runs', async () => {
  const bad = await runCli(['soak', '--duration', '30x', '--', 'true']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--duration takes a duration above 0 and at most 604800s, such as 90, 2\.5s, 30m or 1h30m; got "30x"/);
  const order = await runCli(['soak', '--duration', '1m', '--warning-mb-per-hour', '9', '--failure-mb-per-hour', '5', '--', 'true']);
  assert.equal(order.status, 2);
  assert.match(order.stderr, /--warning-mb-per-hour 9 is above --failure-mb-per-hour 5/);
});

/** Starts the CLI, waits for `ready` (a predicate on its stderr so far and the project directory), then sends `signal`. */
function interruptedCli(args: string[], cwd: string, signal: NodeJS.Signals, ready: (stderr: string) => boolean): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.env.MEMLEAK_TEST_NODE ?? process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = setInterval(() => {
      if (sent || !ready(stderr)) return;
      sent = true;
      // Let a few samples accumulate first: the verdict needs at least four after the warm-up.
      setTimeout(() => child.kill(signal), 2500);
    }, 50);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ status, stdout, stderr });
    });
  });
}

test('soak: SIGTERM to the CLI (a CI timeout) ends a 10-minute soak of a script and judges what was measured', { skip: skipOffLinux }, async () => {
  const dir = await project({ 'server.py': LEAKING_SERVER });
  const result = await interruptedCli(['soak', '--duration', '10m', '--interval', '0.2s', '--out', 'out', '--', 'python3', 'server.py'], dir, 'SIGTERM', (stderr) => /soaking/.test(stderr));
  assert.equal(result.status, 1, result.stderr + result.stdout);
  assert.match(result.stderr, /SIGTERM: ending the soak, then judging what was measured/);
  const server = (await reportOf(dir)).byId['soak: python3 server.py'];
  assert.equal(server.verdict, 'leak', server.reason);
  assert.match(server.reason, /interrupted by SIGTERM after [\d.]+ s of the 600 s soak; what was measured until then is judged$/);
});

test('soak: SIGINT (Ctrl-C) mid-way through a soaking pytest test writes its snapshot, judges it, and ends pytest', async () => {
  const dir = await project({ 'test_soak.py': SOAK_TESTS });
  // The collector marks the snapshot directory while a test soaks.
  const soaking = () => existsSync(join(dir, 'memory_snapshots')) && readdirSync(join(dir, 'memory_snapshots')).some((name) => name.startsWith('.memleak-soaking-'));
  const result = await interruptedCli(['soak', '--duration', '10m', '--interval', '0.2s', '--out', 'out', '--', 'python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'test_soak.py'], dir, 'SIGINT', soaking);
  assert.equal(result.status, 1, result.stderr + result.stdout);
  const { report, byId } = await reportOf(dir);
  // Only the first test ran: the interrupt ended the session after its snapshot was written.
  assert.deepEqual(report.tests.map((t: { id: string }) => t.id), ['test_soak.py::test_leaks']);
  assert.equal(byId['test_soak.py::test_leaks'].verdict, 'leak', byId['test_soak.py::test_leaks'].reason);
  assert.match(byId['test_soak.py::test_leaks'].reason, /interrupted by SIGINT after [\d.]+ s of the 10\.0 min soak/);
  assert.match(result.stdout, /test_soak\.py::test_leaks {2}interrupted \(SIGINT\) {2}soak/);
  assert.match(result.stdout, /KeyboardInterrupt/);
  // The marker the CLI watches is gone once the soak has ended.
  assert.deepEqual((await readdir(join(dir, 'memory_snapshots'))).filter((name) => name.startsWith('.memleak-soaking-')), []);
});

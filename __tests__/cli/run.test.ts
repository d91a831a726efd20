// `memleak run` with the real collector and real pytest on a small project written per test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEAKY_TESTS, runCli } from '../helpers/cli.js';


async function project(source: string, extra = ''): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'memleak-run-'));
  await mkdir(join(dir, 'tests'));
  await writeFile(join(dir, 'tests', 'test_sample.py'), source + extra);
  return dir;
}

test('run: finds the leak at its line, writes fresh snapshots and the report, exits 1', async () => {
  const dir = await project(LEAKY_TESTS);
  await mkdir(join(dir, 'memory_snapshots'));
  await writeFile(join(dir, 'memory_snapshots', 'stale.json'), '{"left": "from an earlier run"}');
  const result = await runCli(['run', '--cwd', dir, '--out', join(dir, 'out'), '--', 'python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests'], { cwd: dir });
  assert.equal(result.status, 1, result.stderr + result.stdout);
  const report = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8'));
  const byId = Object.fromEntries(report.tests.map((t: { id: string }) => [t.id, t]));
  assert.equal(byId['tests/test_sample.py::test_grows'].verdict, 'leak');
  assert.equal(byId['tests/test_sample.py::test_steady'].verdict, 'ok');
  const top = byId['tests/test_sample.py::test_grows'].sources[0];
  assert.deepEqual([top.file, top.line], ['tests/test_sample.py', 7]);
  assert.deepEqual(report.problems, [], 'the stale snapshot was removed before the run');
  // The CLI judges the snapshots itself: the plugin's own verdict is off, so pytest passed.
  assert.doesNotMatch(result.stderr, /the test command exited with status/);
  assert.ok(!(await readdir(join(dir, 'memory_snapshots'))).includes('stale.json'));
});

test('run: a failing test command is reported distinctly, never as a pass, and exits 3 when nothing leaks', async () => {
  const dir = await project('import pytest\n\n@pytest.mark.memleak(batches=5, batch_size=10)\ndef test_steady():\n    pass\n\ndef test_broken():\n    assert False\n');
  const result = await runCli(['run', '--cwd', dir, '--out', join(dir, 'out'), '--', 'python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests']);
  assert.equal(result.status, 3, result.stderr);
  assert.match(result.stdout, /^FAIL: tests failed: the test command exited with status 1, so some tests failed or could not run \(see its output\); no test leaks — 1 test\(s\)/m);
  assert.match(result.stdout, /^Exit status 3: the test command failed; fix its failing tests first\.$/m);
  assert.doesNotMatch(result.stdout, /PASS/);
  const report = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8'));
  assert.deepEqual([report.status, report.command], ['fail', { exit_code: 1 }]);
  assert.match(await readFile(join(dir, 'out', 'report.md'), 'utf8'), /^### 🔴 memleak: failed — the test command failed \(exit status 1\)\n\ntests failed: the test command exited with status 1/);
});

test('run: a leak test too short to judge passes visibly as inconclusive; --fail-on-inconclusive exits 4', async () => {
  // 50 ms operations in a 0.5 s budget: a handful of operations, far from the 512 the floors
  // need, so the verdict is inconclusive and names its detection limit.
  const dir = await project('import time, pytest\n\n@pytest.mark.memleak(batch_size=1, warmup=0, time_budget=0.5)\ndef test_short():\n    time.sleep(0.05)\n');
  const command = ['--', 'python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests'];
  const shown = await runCli(['run', '--cwd', dir, '--out', join(dir, 'out'), ...command]);
  assert.equal(shown.status, 0, shown.stderr + shown.stdout);
  // On a loaded machine the budget may end after fewer batches than a trend needs: also inconclusive, saying so.
  assert.match(shown.stdout, /^● tests\/test_sample\.py::test_short: (no steady growth: .* cannot be judged with \d+ operations|too short to decide: \d+ judged batches)/m);
  assert.match(shown.stdout, /^PASS, 1 inconclusive: no test leaks; 1 test\(s\) could not be judged \(1 inconclusive: tests\/test_sample\.py::test_short\); fail-on-inconclusive is off, so they do not fail the run — 1 test\(s\): 0 leak, 0 ok, 1 inconclusive, 0 error$/m);
  assert.match(shown.stdout, /^Exit status 0: nothing that --fail-on counts\.$/m);
  assert.doesNotMatch(shown.stdout, /^PASS:/m, 'never a plain pass');
  const counted = await runCli(['run', '--cwd', dir, '--out', join(dir, 'out'), '--fail-on-inconclusive', ...command]);
  assert.equal(counted.status, 4, counted.stderr + counted.stdout);
  assert.match(counted.stdout, /^FAIL, 1 inconclusive: 1 test\(s\) could not be judged \(1 inconclusive: tests\/test_sample\.py::test_short\) \(fail-on-inconclusive\); no test leaks/m);
  assert.match(counted.stdout, /^Exit status 4: tests could not be judged, and --fail-on-inconclusive counts them\.$/m);
  assert.equal(JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8')).settings.fail_on_inconclusive, true);
});

test('run: a project without leak tests, or a missing command, exits 2 with a reason', async () => {
  const dir = await project('def test_plain():\n    pass\n');
  const none = await runCli(['run', '--cwd', dir, '--', 'python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests']);
  assert.equal(none.status, 2, none.stderr);
  assert.match(none.stderr, /wrote no snapshot: are any tests marked @pytest\.mark\.memleak/);
  const missing = await runCli(['run', '--cwd', dir, '--', 'no-such-command-here']);
  assert.equal(missing.status, 2, missing.stderr);
  assert.match(missing.stderr, /command not found: no-such-command-here/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fileOf, linear } from '../helpers/snapshots.js';
import { formatBytes } from '../../src/core/format.js';

async function snapshotDir(specs: Parameters<typeof fileOf>[0][]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'memleak-cli-'));
  await mkdir(join(dir, 'snaps'));
  for (const spec of specs) {
    const file = fileOf(spec);
    await writeFile(join(dir, 'snaps', file.file.split('/').pop()!), file.text);
  }
  return dir;
}

const leak = { id: 'tests/test_a.py::test_leak', traced: linear(10, 1e6, 40_000), sites: [{ file: 'app/cache.py', line: 7, function: 'put', code: 'CACHE[k] = v', sizes: linear(10, 0, 40_000) }] };
const clean = { id: 'tests/test_a.py::test_clean', traced: linear(10, 1e6, 0) };

test('analyze: a leak exits 1, prints the table (with first → last) and writes report.json, report.md and report.html', async () => {
  const dir = await snapshotDir([leak, clean]);
  const result = await runCli(['analyze', 'snaps', '--out', 'out'], { cwd: dir });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /tests\/test_a\.py::test_leak\s+\| leak/);
  assert.match(result.stdout, /app\/cache\.py:7/);
  assert.match(result.stdout, /FAIL/);
  const report = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8'));
  assert.equal(report.status, 'fail');
  assert.deepEqual(report.tests.map((t: { id: string; verdict: string }) => [t.id, t.verdict]), [['tests/test_a.py::test_clean', 'ok'], ['tests/test_a.py::test_leak', 'leak']]);
  const markdown = await readFile(join(dir, 'out', 'report.md'), 'utf8');
  assert.match(markdown, /app\/cache\.py/);
  // A local report.md reads as plain text: no character references.
  assert.ok(markdown.includes('| tests/test_a.py::test_leak | leak |'), markdown);
  assert.doesNotMatch(markdown, /&#\d+;/);
  // First → last judged batch, the same figure in the terminal and in report.md.
  const leaking = report.tests.find((t: { verdict: string }) => t.verdict === 'leak');
  const span = `traced ${formatBytes(leaking.series.traced_bytes[0])} → ${formatBytes(leaking.series.traced_bytes.at(-1))}`;
  assert.ok(result.stdout.includes(span), result.stdout);
  assert.ok(markdown.includes(span), markdown);
  const page = await readFile(join(dir, 'out', 'report.html'), 'utf8');
  assert.match(page, /^<!doctype html>/);
  assert.ok(page.includes('tests/test_a.py::test_leak') && page.includes(span), 'report.html names the test and the same first → last figure');
  assert.match(result.stderr, /report\.html/);
});

test('analyze: no leak exits 0; --json prints only the report', async () => {
  const dir = await snapshotDir([clean]);
  const result = await runCli(['analyze', 'snaps', '--json'], { cwd: dir });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).status, 'pass');
});

test('analyze: bad files are named with their pointer, good ones still judged; nothing valid exits 2', async () => {
  const dir = await snapshotDir([leak]);
  await writeFile(join(dir, 'snaps', 'broken.json'), '{"format": "memleak-snapshot", "version": 1, "test": {"id": 5}, "collector": {"name": "c", "version": "1"}, "phases": [{"name": "s", "batches": []}]}');
  const partly = await runCli(['analyze', 'snaps'], { cwd: dir });
  assert.equal(partly.status, 1);
  assert.match(partly.stdout, /snaps\/broken\.json: snapshot: \/test\/id must be string/);
  const empty = await mkdtemp(join(tmpdir(), 'memleak-cli-'));
  await writeFile(join(empty, 'only.json'), 'not json');
  const none = await runCli(['analyze', empty]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no valid input/);
  assert.match(none.stderr, /only\.json: not valid JSON/);
  assert.doesNotMatch(none.stderr, /\n\s+at /);
});

test('analyze: a snapshot file that cannot be read (a dangling link) is named, a directory named *.json is skipped; the others are judged', async () => {
  const dir = await snapshotDir([leak, clean]);
  await symlink(join(dir, 'nowhere.json'), join(dir, 'snaps', 'dangling.json'));
  await mkdir(join(dir, 'snaps', 'folder.json'));
  const result = await runCli(['analyze', 'snaps', '--json'], { cwd: dir });
  assert.equal(result.status, 1, result.stderr);
  const report = JSON.parse(result.stdout);
  assert.deepEqual(report.tests.map((t: { id: string }) => t.id), ['tests/test_a.py::test_clean', 'tests/test_a.py::test_leak']);
  assert.deepEqual(report.problems, [{ file: 'snaps/dangling.json', message: 'the snapshot does not exist; left out' }]);
});

test('compare: a fixed leak passes, a new leak fails, with the change in the table', async () => {
  const base = await snapshotDir([leak, clean]);
  const head = await snapshotDir([{ ...leak, traced: linear(10, 1e6, 0), sites: [] }, { ...clean, traced: linear(10, 1e6, 40_000) }]);
  const result = await runCli(['compare', join(base, 'snaps'), join(head, 'snaps'), '--out', join(head, 'out')]);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /test_clean \| leak\s+\| new-leak/);
  assert.match(result.stdout, /test_leak\s+\| ok\s+\| fixed/);
  const again = await runCli(['compare', join(head, 'out'), join(head, 'out'), '--fail-on', 'new-leak']);
  assert.equal(again.status, 0, 'a leak already on the baseline does not fail with fail-on new-leak');
});

test('compare: an unreadable baseline still compares, and says every leak counts as new', async () => {
  const head = await snapshotDir([leak]);
  const result = await runCli(['compare', join(head, 'missing.json'), join(head, 'snaps')]);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /No baseline: the baseline could not be read .*missing\.json: the report does not exist/);
});

test('--threshold refuses names inherited from Object.prototype as it refuses any unknown name', async () => {
  const dir = await snapshotDir([clean]);
  for (const pair of ['constructor=5', 'toString=1', '__proto__=1', 'bogus=5']) {
    for (const command of [['analyze', 'snaps'], ['compare', 'snaps', 'snaps']]) {
      const result = await runCli([...command, '--threshold', pair], { cwd: dir });
      assert.equal(result.status, 2, `${command[0]} ${pair}: ${result.stdout}${result.stderr}`);
      assert.match(result.stderr, new RegExp(`unknown threshold "${pair.split('=')[0]}"`), `${command[0]} ${pair}`);
    }
  }
});

test('compare reads schema-valid reports that leave out every optional field, and refuses an unusable one by file name', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'memleak-cli-'));
  const minimal = { format: 'memleak-report', version: 1, status: 'pass', tests: [] };
  // Optional objects present but empty, at every level: summary, settings, tool, baseline, series, a test's baseline.
  const hollow = {
    format: 'memleak-report', version: 1, status: 'fail', summary: {}, settings: {}, tool: {}, baseline: {},
    tests: [{ id: 't::leak', verdict: 'leak', sources: [{ file: 'app/a.py', line: 3 }], series: {}, baseline: {} }, { id: 't::ok', verdict: 'ok', sources: [] }],
  };
  await writeFile(join(dir, 'minimal.json'), JSON.stringify(minimal));
  await writeFile(join(dir, 'hollow.json'), JSON.stringify(hollow));
  await writeFile(join(dir, 'unusable.json'), JSON.stringify({ ...minimal, settings: { thresholds: { min_batches: 1 } } }));

  const same = await runCli(['compare', 'minimal.json', 'minimal.json', '--out', 'o1'], { cwd: dir });
  assert.equal(same.status, 0, same.stderr);
  assert.match(same.stdout, /PASS/);
  const leak = await runCli(['compare', 'minimal.json', 'hollow.json', '--out', 'o2'], { cwd: dir });
  assert.equal(leak.status, 1, leak.stderr);
  assert.match(leak.stdout, /t::leak\s+\| leak/);
  assert.match(await readFile(join(dir, 'o2', 'report.md'), 'utf8'), /app\/a\.py:3/);
  const report = JSON.parse(await readFile(join(dir, 'o2', 'report.json'), 'utf8'));
  assert.deepEqual(report.summary, { tests: 2, leak: 1, ok: 1, inconclusive: 0, error: 0, new_leaks: 1, fixed: 0 });
  const both = await runCli(['compare', 'hollow.json', 'hollow.json', '--out', 'o3'], { cwd: dir });
  assert.equal(both.status, 0, both.stderr);
  assert.match(both.stdout, /still-leaking/);

  const refused = await runCli(['compare', 'minimal.json', 'unusable.json'], { cwd: dir });
  assert.equal(refused.status, 2, refused.stderr);
  assert.match(refused.stderr, /unusable\.json: report: \/settings\/thresholds\/min_batches .*must be at least 3/);
  assert.doesNotMatch(refused.stderr, /unexpected failure|\n\s+at /);
});

test('bad usage exits 2 with a message, not a stack trace', async () => {
  for (const args of [['analyze'], ['frobnicate'], ['analyze', '.', '--fail-on', 'sometimes'], ['analyze', '.', '--threshold', 'min_bytes_per_op=lots'], ['analyze', '.', '--threshold', 'bogus=1']]) {
    const result = await runCli(args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /error|memleak:/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  }
});

test('analyze: an inconclusive and an error test pass visibly; --fail-on-inconclusive exits 4, a counted leak still exits 1', async () => {
  const short = { id: 'tests/test_b.py::test_short', traced: linear(3, 1e6, 0) };
  const broken = { id: 'tests/test_b.py::test_broken', traced: linear(10, 1e6, 0), outcome: { status: 'failed' as const, message: 'AssertionError: boom' } };
  const dir = await snapshotDir([clean, short, broken]);
  const shown = await runCli(['analyze', 'snaps', '--out', 'out'], { cwd: dir });
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /^PASS, 1 inconclusive, 1 error: no test leaks; 2 test\(s\) could not be judged/m);
  assert.match(shown.stdout, /^● tests\/test_b\.py::test_broken: the test did not run to the end: AssertionError: boom$/m);
  assert.match(shown.stdout, /^Exit status 0: nothing that --fail-on counts\.$/m);
  const markdown = await readFile(join(dir, 'out', 'report.md'), 'utf8');
  assert.match(markdown, /^### 🟡 memleak: passed, 1 inconclusive, 1 error — no leaks in 3 tests/);
  assert.match(markdown, /^- inconclusive: tests\/test_b.py::test_short: too short to decide/m);

  const counted = await runCli(['analyze', 'snaps', '--out', 'out', '--fail-on-inconclusive'], { cwd: dir });
  assert.equal(counted.status, 4, counted.stderr);
  assert.match(counted.stdout, /^FAIL, 1 inconclusive, 1 error: 2 test\(s\) could not be judged .*\(fail-on-inconclusive\)/m);
  assert.match(counted.stdout, /^Exit status 4: tests could not be judged, and --fail-on-inconclusive counts them\.$/m);

  const withLeak = await snapshotDir([leak, short]);
  const both = await runCli(['analyze', 'snaps', '--fail-on-inconclusive', '--json'], { cwd: withLeak });
  assert.equal(both.status, 1, 'a leak fail-on counts comes first');
  assert.match(JSON.parse(both.stdout).status_reason, /^1 new or regressed leak\(s\) \(fail-on: new-leak\); 1 test\(s\) could not be judged/);
});

test('--fail-on with an inconclusive policy names the valid policies and the flag that counts inconclusive tests', async () => {
  const result = await runCli(['analyze', '.', '--fail-on', 'new-leak,inconclusive']);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /"new-leak,inconclusive" is not one of "new-leak", "any-leak", "never"; tests that could not be judged have their own flag, --fail-on-inconclusive/);
});

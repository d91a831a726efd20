import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fileOf, linear } from '../helpers/snapshots.js';

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

test('analyze: a leak exits 1, prints the table and writes report.json and report.md', async () => {
  const dir = await snapshotDir([leak, clean]);
  const result = await runCli(['analyze', 'snaps', '--out', 'out'], { cwd: dir });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /tests\/test_a\.py::test_leak\s+\| leak/);
  assert.match(result.stdout, /app\/cache\.py:7/);
  assert.match(result.stdout, /FAIL/);
  const report = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8'));
  assert.equal(report.status, 'fail');
  assert.deepEqual(report.tests.map((t: { id: string; verdict: string }) => [t.id, t.verdict]), [['tests/test_a.py::test_clean', 'ok'], ['tests/test_a.py::test_leak', 'leak']]);
  assert.match(await readFile(join(dir, 'out', 'report.md'), 'utf8'), /app\/cache\.py/);
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

test('analyze: a snapshot file that cannot be read (a dangling link, a directory) is named; the others are judged', async () => {
  const dir = await snapshotDir([leak, clean]);
  await symlink(join(dir, 'nowhere.json'), join(dir, 'snaps', 'dangling.json'));
  await mkdir(join(dir, 'snaps', 'folder.json'));
  const result = await runCli(['analyze', 'snaps', '--json'], { cwd: dir });
  assert.equal(result.status, 1, result.stderr);
  const report = JSON.parse(result.stdout);
  assert.deepEqual(report.tests.map((t: { id: string }) => t.id), ['tests/test_a.py::test_clean', 'tests/test_a.py::test_leak']);
  assert.deepEqual(report.problems, [{ file: 'snaps/dangling.json', message: 'the snapshot cannot be read (ENOENT); left out' }]);
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

test('bad usage exits 2 with a message, not a stack trace', async () => {
  for (const args of [['analyze'], ['frobnicate'], ['analyze', '.', '--fail-on', 'sometimes'], ['analyze', '.', '--threshold', 'min_bytes_per_op=lots'], ['analyze', '.', '--threshold', 'bogus=1']]) {
    const result = await runCli(args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /error|memleak:/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  }
});

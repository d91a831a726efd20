// `memleak ab`: two real implementations (an unbounded cache and an LRU, examples/ab) measured
// in one real pytest run with the collector, then put side by side by the bundled CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, runCli } from '../helpers/cli.js';

test('ab names the leaking implementation and B’s improvement, in the terminal and report.md', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'memleak-ab-'));
  await cp(join(REPO, 'examples', 'ab'), dir, { recursive: true });
  const python = process.env.MEMLEAK_TEST_PYTHON ?? 'python3';
  const pytest = spawnSync(python, ['-m', 'pytest', '-p', 'memleak_pytest', '-p', 'no:cacheprovider', '-q'], {
    cwd: dir,
    env: { ...process.env, PYTHONPATH: join(REPO, 'collector', 'python'), MEMLEAK_VERDICT: '0' },
    encoding: 'utf8',
  });
  assert.equal(pytest.status, 0, pytest.stdout + pytest.stderr);
  const out = join(dir, 'report');
  const result = await runCli(['ab', 'memory_snapshots', '--label', 'A', '--label', 'B', '--out', out], { cwd: dir });
  assert.equal(result.status, 1, result.stderr); // A leaks: the run fails as analyze would
  const row = result.stdout.split('\n').find((line) => line.includes('test_caches.py::test_lookup[*]'));
  assert.ok(row, result.stdout);
  assert.match(row, /\| leak \/ ok +\|/);
  assert.match(row, /\| \+100\.0% +\| leak/); // B retains nothing per operation
  const markdown = await readFile(join(out, 'report.md'), 'utf8');
  assert.match(markdown, /## A vs B/);
  const html = await readFile(join(out, 'report.html'), 'utf8');
  assert.match(html, /<section id="ab"><h2>A vs B<\/h2>/);
  assert.match(html, /test_caches\.py::test_lookup\[\*\]/);

  const missing = await runCli(['ab', 'memory_snapshots', '--label', 'A', '--label', 'C', '--out', out], { cwd: dir });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no test in memory_snapshots has both labels "A" and "C"/);
});

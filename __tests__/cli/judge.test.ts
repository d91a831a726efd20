// `memleak judge --stdio`: the analysis core as a long-lived process for the pytest plugin. One
// snapshot path per input line, one JSON answer per line, in order, with the verdict that
// `memleak analyze` gives the same file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CLI, runCli } from '../helpers/cli.js';
import { fileOf, linear } from '../helpers/snapshots.js';

const leak = { id: 'tests/test_a.py::test_leak', traced: linear(10, 1e6, 40_000), sites: [{ file: 'app/cache.py', line: 7, function: 'put', code: 'CACHE[k] = v', sizes: linear(10, 0, 40_000) }] };
const clean = { id: 'tests/test_a.py::test_clean', traced: linear(10, 1e6, 0) };

async function write(dir: string, name: string, spec: Parameters<typeof fileOf>[0]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, fileOf(spec).text);
  return path;
}

test('judge --stdio answers each path with one JSON line, in order, as analyze judges it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'memleak-judge-'));
  const paths = [await write(dir, 'leak.json', leak), join(dir, 'missing.json'), await write(dir, 'clean.json', clean)];
  await writeFile(join(dir, 'broken.json'), '{"format": "memleak-snapshot"');
  paths.push(join(dir, 'broken.json'));
  const child = spawn(process.execPath, [CLI, 'judge', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const answers: { snapshot: string; test: { id: string; verdict: string; sources: { file: string; line: number }[] } | null; problems: { message: string }[] }[] = [];
  // One path at a time, as the plugin asks: each answer arrives before the next question.
  const iterator = lines[Symbol.asyncIterator]();
  for (const path of paths) {
    child.stdin.write(path + '\n');
    answers.push(JSON.parse((await iterator.next()).value as string));
  }
  child.stdin.end();
  const status = await new Promise((done) => child.on('close', done));
  assert.equal(status, 0);
  assert.deepEqual(answers.map((a) => a.snapshot), paths);
  assert.equal(answers[0]!.test!.verdict, 'leak');
  assert.deepEqual([answers[0]!.test!.sources[0]!.file, answers[0]!.test!.sources[0]!.line], ['app/cache.py', 7]);
  assert.equal(answers[1]!.test, null);
  assert.match(answers[1]!.problems[0]!.message, /does not exist/);
  assert.equal(answers[2]!.test!.verdict, 'ok');
  assert.equal(answers[3]!.test, null);
  assert.match(answers[3]!.problems[0]!.message, /not valid JSON/);

  const analyzed = await runCli(['analyze', dir, '--json', '--out', join(dir, 'out')]);
  const report = JSON.parse(analyzed.stdout) as { tests: { id: string; verdict: string; reason: string }[] };
  const byId = Object.fromEntries(report.tests.map((t) => [t.id, t]));
  for (const answer of [answers[0]!, answers[2]!]) {
    assert.equal(answer.test!.verdict, byId[answer.test!.id]!.verdict);
    assert.equal((answer.test as unknown as { reason: string }).reason, byId[answer.test!.id]!.reason);
  }
});

test('judge: without --stdio, or with a bad threshold, is a usage error (exit 2) in one line', async () => {
  const bare = await runCli(['judge']);
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /judge: only --stdio is supported/);
  const bad = await runCli(['judge', '--stdio', '--min-bytes-per-op', 'x']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /threshold min_bytes_per_op must be a number/);
  assert.doesNotMatch(bad.stderr + bare.stderr, /\n\s+at /);
});

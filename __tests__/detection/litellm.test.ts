// LiteLLM-style suites work unchanged: the committed snapshots in examples/litellm-style were
// measured by its generate.py the way LiteLLM's suite measures; `memleak analyze` must judge them
// and name the lines of generate.py that keep the memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, runCli } from '../helpers/cli.js';
import type { Report } from '../../src/core/index.js';

async function lineOf(file: string, text: string): Promise<number> {
  const lines = (await readFile(join(REPO, file), 'utf8')).split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  assert.ok(index >= 0, `${text} not found in ${file}`);
  return index + 1;
}

test('LiteLLM-style snapshots: the leaks, the error-path leak and the clean run, with their lines', async () => {
  const out = await mkdtemp(join(tmpdir(), 'memleak-litellm-'));
  const result = await runCli(['analyze', 'examples/litellm-style/memory_snapshots', '--out', out]);
  assert.equal(result.status, 1, result.stderr);
  const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as Report;
  assert.deepEqual(report.problems, []);
  const byId = Object.fromEntries(report.tests.map((t) => [t.id, t]));
  const generator = 'examples/litellm-style/generate.py';
  const spend = byId['fake_completion_spend_log_leak']!;
  assert.equal(spend.verdict, 'leak', spend.reason);
  assert.deepEqual([spend.sources[0]!.file, spend.sources[0]!.line], [generator, await lineOf(generator, 'self.responses.append(')]);
  const failure = byId['fake_completion_failure_log_leak']!;
  assert.equal(failure.verdict, 'leak', failure.reason);
  assert.equal(failure.kind, 'error-path');
  assert.deepEqual([failure.sources[0]!.file, failure.sources[0]!.line], [generator, await lineOf(generator, 'self.failures.append(')]);
  assert.equal(byId['fake_completion_clean']!.verdict, 'ok');
});

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
  // 6 judged steps of 25 requests: 150 operations cannot reach the default floors (512 are
  // needed), so the clean run is inconclusive and names its detection limit, never a silent ok.
  const clean = byId['fake_completion_clean']!;
  assert.equal(clean.verdict, 'inconclusive', clean.reason);
  assert.match(clean.reason, /growth below 109 B per operation cannot be judged with 150 operations/);
  const lowered = await runCli(['analyze', 'examples/litellm-style/memory_snapshots', '--out', out, '--min-total-bytes', '4096', '--json']);
  const relaxed = (JSON.parse(lowered.stdout) as Report).tests.find((t) => t.id === 'fake_completion_clean')!;
  assert.equal(relaxed.verdict, 'ok', relaxed.reason);
});

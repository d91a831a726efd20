// The action's own cost: dist/index.js run as the runner runs it, on a pull request with a
// baseline, for 100 measured tests (pre-generated snapshots, 10 % leaking; command `true`, so
// nearly all the time is the action's: reading, analysing, downloading and comparing the
// baseline, uploading the artifact, the comment, the check run with annotations, the summary).
// Target: under 3 s. Run: node --import tsx bench/action.ts
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { startFakeGitHub } from '../__tests__/helpers/fake-github/index.js';
import { buildOnce, removeTemporaryDirectories, runAction, temporaryDirectory } from '../__tests__/e2e/support/run-action.js';
import { snapshotOf } from '../__tests__/helpers/snapshots.js';
import { analyze } from '../src/core/index.js';
import { median } from '../src/core/statistics.js';

const TESTS = 100;
const ROUNDS = 5;
const TARGET_MS = 3000;

function snapshot(index: number) {
  const leaking = index % 10 === 0;
  const batches = 10;
  const traced = Array.from({ length: batches }, (_, i) => 5e6 + (leaking ? i * 40_000 : (i * 7919) % 97));
  const sites = Array.from({ length: 20 }, (_, s) => ({
    file: `app/module_${s % 8}.py`,
    line: 10 + s,
    function: `function_${s}`,
    code: `value_${s} = make()`,
    sizes: Array.from({ length: batches }, (_, i) => 1000 + (leaking && s === 0 ? i * 40_000 : (i * 31) % 7)),
  }));
  return snapshotOf({ id: `tests/test_bench.py::test_${index}`, traced, sites });
}

export async function benchAction(): Promise<{ medianMs: number; minMs: number; rounds: number; tests: number }> {
  buildOnce();
  const fake = await startFakeGitHub();
  try {
    const workspace = await temporaryDirectory('memleak-bench-action-');
    const snapshots = join(workspace, 'memory_snapshots');
    await mkdir(snapshots);
    const files = [];
    for (let index = 0; index < TESTS; index += 1) {
      const text = JSON.stringify(snapshot(index));
      await writeFile(join(snapshots, `t${index}.json`), text);
      files.push({ file: `t${index}.json`, text });
    }
    // The baseline: a push run on main whose artifact holds the report of a clean suite.
    const baseSha = 'b'.repeat(40);
    const push = fake.state.seedRun({ event: 'push', headSha: baseSha });
    const clean = analyze(files.filter((_, index) => index % 10 !== 0), { now: new Date() });
    fake.state.seedArtifact({ runId: push.id, name: 'memleak-_-memleak-1', zip: zipSync({ 'report.json': strToU8(JSON.stringify(clean)) }) });

    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const headSha = String(round + 1).repeat(40);
      fake.state.seedPullRequest({ number: 100 + round, headSha, baseSha });
      const run = fake.state.seedRun({ event: 'pull_request', headSha, headBranch: `bench-${round}`, pullRequestNumbers: [100 + round], status: 'in_progress', conclusion: null });
      const started = performance.now();
      const result = await runAction(fake, run, { workspace, token: fake.token, with: { command: 'true' } });
      times.push(performance.now() - started);
      if (result.outputs.leaks !== String(TESTS / 10)) throw new Error(`unexpected result: ${JSON.stringify(result.outputs)}\n${result.stdout}`);
    }
    return { medianMs: median(times), minMs: Math.min(...times), rounds: ROUNDS, tests: TESTS };
  } finally {
    await fake.close();
    await removeTemporaryDirectories();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchAction();
  const verdict = figures.medianMs < TARGET_MS ? 'within' : 'OVER';
  console.log(`action: ${figures.tests} tests, command \`true\`, against the fake GitHub: median ${(figures.medianMs / 1000).toFixed(2)} s, best ${(figures.minMs / 1000).toFixed(2)} s over ${figures.rounds} runs (${verdict} the 3 s target)`);
}

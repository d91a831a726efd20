// The action's own cost: dist/index.js run as the runner runs it, on a pull request with a
// baseline, for 100 measured tests (pre-generated snapshots, 10 % leaking; command `true`, so
// nearly all the time is the action's: reading, analysing, downloading and comparing the
// baseline, uploading the artifact, the comment, the check run with annotations, the summary).
// Each round also runs, as whole processes, the floors: `node -e 0`, and a process that reads and
// JSON.parses the same snapshots (bench/read-parse.mjs, the least any analysis of them does),
// plus `memleak analyze` of them for comparison. CPU (user + sys, from bash's `times` around the
// process) and wall, median and min over the rounds.
// Target: under 3 s. Run: node --import tsx bench/action.ts
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { startFakeGitHub } from '../__tests__/helpers/fake-github/index.js';
import { buildOnce, removeTemporaryDirectories, runAction, temporaryDirectory } from '../__tests__/e2e/support/run-action.js';
import { snapshotOf } from '../__tests__/helpers/snapshots.js';
import { analyze } from '../src/core/index.js';
import { median } from '../src/core/statistics.js';
import { measureProcesses, type ProcessCase } from './processes.js';

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

/** Median and min of a series of milliseconds. */
function figures(samples: number[]): { median: number; min: number } {
  return { median: median(samples), min: Math.min(...samples) };
}

/** Seconds from bash's `times` (e.g. 0m0.412s). */
function seconds(text: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  if (!match) throw new Error(`unexpected time from bash: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

interface ActionFigures {
  tests: number;
  rounds: number;
  /** The action process, then each floor: CPU and wall milliseconds, median and min over the rounds. */
  rows: { name: string; cpuMs: { median: number; min: number }; wallMs: { median: number; min: number } }[];
}

export async function benchAction(): Promise<ActionFigures> {
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

    // The action runs under bash, which writes the CPU time of its child (the node process) to a
    // file once it ends: the process spawned by runAction is the node binary named here.
    const timer = join(workspace, 'timed-node.sh');
    const cpuFile = join(workspace, 'action-times.txt');
    await writeFile(timer, `#!/bin/bash\n"${process.execPath}" "$@"; status=$?; times > "${cpuFile}"; exit $status\n`);
    await chmod(timer, 0o755);
    process.env.MEMLEAK_TEST_NODE = timer;
    const floors: ProcessCase[] = [
      { name: '`node -e 0`', command: process.execPath, args: ['-e', '0'] },
      { name: 'read + JSON.parse of the snapshots', command: process.execPath, args: ['bench/read-parse.mjs', snapshots] },
      { name: '`memleak analyze` of the snapshots', command: process.execPath, args: ['dist/cli.js', 'analyze', snapshots, '--out', join(workspace, 'analyze-out')], status: 1 },
    ];
    const wall: number[] = [];
    const cpu: number[] = [];
    const floorSamples = floors.map(() => ({ cpu: [] as number[], wall: [] as number[] }));
    for (let round = 0; round < ROUNDS; round += 1) {
      const headSha = String(round + 1).repeat(40);
      fake.state.seedPullRequest({ number: 100 + round, headSha, baseSha });
      const run = fake.state.seedRun({ event: 'pull_request', headSha, headBranch: `bench-${round}`, pullRequestNumbers: [100 + round], status: 'in_progress', conclusion: null });
      const started = performance.now();
      const result = await runAction(fake, run, { workspace, token: fake.token, with: { command: 'true' } });
      wall.push(performance.now() - started);
      if (result.outputs.leaks !== String(TESTS / 10)) throw new Error(`unexpected result: ${JSON.stringify(result.outputs)}\n${result.stdout}`);
      const [user = '', sys = ''] = ((await readFile(cpuFile, 'utf8')).split('\n')[1] ?? '').split(' ');
      cpu.push((seconds(user) + seconds(sys)) * 1000);
      // The floors in the same round, each once (after its own warm-up run).
      measureProcesses(floors, 1).forEach((figure, index) => {
        floorSamples[index]!.cpu.push(figure.cpuMs.median);
        floorSamples[index]!.wall.push(figure.wallMs.median);
      });
    }
    return {
      tests: TESTS,
      rounds: ROUNDS,
      rows: [
        { name: 'the action (dist/index.js, run mode, command `true`)', cpuMs: figures(cpu), wallMs: figures(wall) },
        ...floors.map((floor, index) => ({ name: floor.name, cpuMs: figures(floorSamples[index]!.cpu), wallMs: figures(floorSamples[index]!.wall) })),
      ],
    };
  } finally {
    await fake.close();
    await removeTemporaryDirectories();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchAction();
  const [action] = result.rows;
  const verdict = action!.wallMs.median < TARGET_MS ? 'within' : 'OVER';
  console.log(`action: ${result.tests} tests, command \`true\`, against the fake GitHub, ${result.rounds} rounds (${verdict} the 3 s target)`);
  const pad = Math.max(...result.rows.map((row) => row.name.length));
  const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
  console.log(`${'process'.padEnd(pad)}  CPU min   CPU med   wall min  wall med  action CPU ratio  action wall ratio`);
  for (const row of result.rows) {
    const ratios = row === action ? '' : `${(action!.cpuMs.median / row.cpuMs.median).toFixed(2).padStart(15)}×  ${(action!.wallMs.median / row.wallMs.median).toFixed(2).padStart(16)}×`;
    console.log(`${row.name.padEnd(pad)}  ${ms(row.cpuMs.min)}  ${ms(row.cpuMs.median)}  ${ms(row.wallMs.min)}  ${ms(row.wallMs.median)}  ${ratios}`);
  }
}

// `memleak run -- <command…>`: runs a project's leak tests with the collector enabled, then
// analyses what they wrote, exactly as the action does in CI.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { collectorEnvironment } from '../shared/collector.js';
import { analyzeDirectory, clearSnapshotDirectory } from '../shared/files.js';
import { addAnalysisOptions, thresholdsFrom, type AnalysisFlags } from './options.js';
import { UsageError } from './exit-codes.js';
import { publish } from './output.js';
import { reportProblemsOnly, wholeNumber } from './shared.js';
import { TOOL_VERSION } from './version.js';

interface RunFlags extends AnalysisFlags {
  cwd: string;
  snapshotDir: string;
  batches?: string;
  batchSize?: string;
  warmup?: string;
}

export function registerRun(program: Command): void {
  addAnalysisOptions(
    program
      .command('run')
      .summary('run leak tests with the collector, analyse them, print what CI would say')
      .description('Runs the command (e.g. python -m pytest tests, or node --test, npm test) with the memleak collectors enabled (the pytest plugin; the Node helper reads the same environment), analyses the snapshots it writes, prints a table and writes report.json, report.md and report.html.')
      .argument('<command...>', 'the test command, after --')
      .option('--cwd <dir>', 'directory to run the command in; report paths are relative to it', '.')
      .option('--snapshot-dir <dir>', 'where the collector writes snapshots (relative to --cwd); emptied first', 'memory_snapshots')
      .option('--batches <n>', 'judged batches per leak test (overrides the project default)')
      .option('--batch-size <n>', 'operations per batch')
      .option('--warmup <n>', 'warm-up batches, measured but not judged'),
  ).action(async (command: string[], flags: RunFlags) => {
    process.exitCode = await run(command, flags);
  });
}

async function run(command: string[], flags: RunFlags): Promise<number> {
  const cwd = resolve(flags.cwd);
  const snapshotDir = resolve(cwd, flags.snapshotDir);
  const thresholds = thresholdsFrom(flags);
  const settings = { batches: wholeNumber('--batches', flags.batches), batchSize: wholeNumber('--batch-size', flags.batchSize), warmup: wholeNumber('--warmup', flags.warmup) };
  await clearSnapshotDirectory(snapshotDir);
  const env = { ...process.env, ...collectorEnvironment({ snapshotDir, settings }) };
  process.stderr.write(`memleak: running ${command.join(' ')} (in ${cwd}) with the collector; snapshots go to ${snapshotDir}\n`);
  const status = await spawnCommand(command, cwd, env, Boolean(flags.json));
  process.stderr.write('memleak: analysing snapshots…\n');
  const now = new Date();
  // The command's outcome goes into the report, so its status line (and report.md) cannot read as a pass.
  const report = await analyzeDirectory(snapshotDir, { now, thresholds, failOn: flags.failOn, failOnInconclusive: flags.failOnInconclusive, command: { exit_code: status }, root: cwd, toolVersion: TOOL_VERSION });
  if (report.tests.length === 0) {
    const why = status === 0 ? 'the command wrote no snapshot: are any tests marked @pytest.mark.memleak or using the memleak fixture (pytest), or written with leakTest (Node)?' : `the test command exited with status ${status} and wrote no snapshot`;
    return reportProblemsOnly(report, why);
  }
  return publish(report, flags, now);
}

/** Runs the command as given (no shell); its output goes to the terminal, or to stderr when stdout carries JSON. */
function spawnCommand(command: string[], cwd: string, env: NodeJS.ProcessEnv, jsonOnStdout: boolean): Promise<number> {
  return new Promise((done, fail) => {
    const [file, ...args] = command;
    const child = spawn(file!, args, { cwd, env, stdio: ['inherit', jsonOnStdout ? process.stderr : 'inherit', 'inherit'] });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    // Only a child that emitted 'spawn' ran; one that could not start still closes, and its
    // 'error' (which says why) may come before or after that close, so it alone settles the outcome.
    let spawned = false;
    child.on('spawn', () => (spawned = true));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (spawned) return; // e.g. a signal that could not be forwarded: the close still settles it
      process.off('SIGINT', forward).off('SIGTERM', forward);
      fail(new UsageError(error.code === 'ENOENT' ? `command not found: ${file}` : `could not start ${file}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      if (spawned) done(code ?? (signal ? 128 + (signalNumber(signal) ?? 0) : 1));
    });
  });
}

function signalNumber(signal: NodeJS.Signals): number | undefined {
  return ({ SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as Partial<Record<NodeJS.Signals, number>>)[signal];
}

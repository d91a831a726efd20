// `memleak soak --duration 30m -- <command…>`: a soak run. The command runs with the collector
// enabled and the duration in its environment (MEMLEAK_SOAK), so its marked leak tests soak on
// their own clock; meanwhile its process tree's RSS is sampled from /proc every interval. A
// command with no leak tests (a server, a script) is stopped when the duration ends and judged
// from those samples. Ctrl-C, SIGTERM or a CI timeout end the soak early: what was measured so
// far is written and judged all the same.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { collectorEnvironment } from '../../shared/collector.js';
import { analyzeDirectory, clearSnapshotDirectory } from '../../shared/files.js';
import { addAnalysisOptions, thresholdsFrom, type AnalysisFlags } from '../options.js';
import { UsageError } from '../exit-codes.js';
import { publish } from '../output.js';
import { reportProblemsOnly } from '../shared.js';
import { TOOL_VERSION } from '../version.js';
import { parseDuration } from './duration.js';
import { canSampleProcesses, processTree, treeRss } from './process-tree.js';
import { processSnapshot, snapshotFileName, processTestId, type ProcessSample } from './snapshot.js';

interface SoakFlags extends AnalysisFlags {
  duration: string;
  interval: string;
  warningMbPerHour?: string;
  failureMbPerHour?: string;
  cwd: string;
  snapshotDir: string;
}

/** The Python collector's default interval (settings.DEFAULT_SOAK_INTERVAL). */
const DEFAULT_INTERVAL = '10s';
/** Seconds a stopped command gets to exit after SIGTERM before it is killed. */
const GRACE_SECONDS = 10;
/** The file the Python collector keeps in the snapshot directory while a test soaks (snapshot_files.SOAKING_PREFIX). */
const SOAKING_PREFIX = '.memleak-soaking-';

/** Adds `memleak soak` to the program; its exit statuses are `run`'s (README, "Exit status"). */
export function registerSoak(program: Command): void {
  addAnalysisOptions(
    program
      .command('soak')
      .summary('soak a command for a duration, sampling memory by time; judged in MB per hour')
      .description(
        'Runs the command with the collector enabled and MEMLEAK_SOAK set, so its marked leak tests repeat their body for the duration, sampling memory every interval. ' +
          'A command with no leak tests (a server, a script) is sampled from outside (the RSS of its process tree) and stopped when the duration ends. ' +
          'Ctrl-C or SIGTERM end the soak early and judge what was measured.',
      )
      .argument('<command...>', 'the command, after --')
      .requiredOption('--duration <time>', 'how long to soak, e.g. 90s, 30m, 1h30m')
      .option('--interval <time>', 'time between samples', DEFAULT_INTERVAL)
      .option('--warning-mb-per-hour <n>', 'growth from which a soak is a warning (default 1)')
      .option('--failure-mb-per-hour <n>', 'growth from which a soak fails (default 5)')
      .option('--cwd <dir>', 'directory to run the command in', '.')
      .option('--snapshot-dir <dir>', 'where snapshots go (relative to --cwd); emptied first', 'memory_snapshots'),
  ).action(async (command: string[], flags: SoakFlags) => {
    process.exitCode = await soakCommand(command, flags);
  });
}

async function soakCommand(command: string[], flags: SoakFlags): Promise<number> {
  const durationS = parseDuration('--duration', flags.duration);
  const intervalS = parseDuration('--interval', flags.interval);
  const tiers = tiersFrom(flags);
  const thresholds = thresholdsFrom(flags);
  const cwd = resolve(flags.cwd);
  const snapshotDir = resolve(cwd, flags.snapshotDir);
  await clearSnapshotDirectory(snapshotDir);
  clearSoakingMarks(snapshotDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...collectorEnvironment({ snapshotDir }),
    MEMLEAK_SOAK: String(durationS),
    MEMLEAK_SOAK_INTERVAL: String(intervalS),
    ...(tiers.warning_mb_per_hour !== undefined && { MEMLEAK_WARNING_MB_PER_HOUR: String(tiers.warning_mb_per_hour) }),
    ...(tiers.failure_mb_per_hour !== undefined && { MEMLEAK_FAILURE_MB_PER_HOUR: String(tiers.failure_mb_per_hour) }),
  };
  process.stderr.write(`memleak: soaking ${command.join(' ')} (in ${cwd}) for ${durationS} s, sampling every ${intervalS} s; snapshots go to ${snapshotDir}\n`);
  const ended = await runSampled(command, cwd, env, durationS, intervalS, snapshotDir, Boolean(flags.json));
  const now = new Date();
  const options = { now, thresholds, failOn: flags.failOn, failOnInconclusive: flags.failOnInconclusive, root: cwd, toolVersion: TOOL_VERSION };
  // Only a command that ended on its own, before the duration and any interrupt, has an exit status that says something about its tests.
  const commandOutcome = ended.how === 'exited' ? { command: { exit_code: ended.code } } : {};
  if (!snapshotsIn(snapshotDir)) {
    if (!canSampleProcesses()) throw new UsageError('the command wrote no soak snapshot, and sampling a process from outside needs /proc (Linux)');
    process.stderr.write(`memleak: no leak test soaked; judging the ${ended.samples.length} RSS sample(s) of the command's process tree\n`);
    await mkdir(snapshotDir, { recursive: true });
    const document = processSnapshot({ command, root: cwd, durationS, intervalS, tiers, samples: ended.samples, stopped: ended.stopped, now });
    await writeFile(join(snapshotDir, snapshotFileName(processTestId(command))), JSON.stringify(document, null, 1) + '\n');
  }
  const report = await analyzeDirectory(snapshotDir, { ...options, ...commandOutcome });
  if (report.tests.length === 0) return reportProblemsOnly(report, `no snapshot could be judged (${ended.stopped ?? 'the command ended'})`);
  return publish(report, flags, now);
}

function tiersFrom(flags: SoakFlags): { warning_mb_per_hour?: number; failure_mb_per_hour?: number } {
  const rate = (flag: string, raw: string | undefined) => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1e9) throw new UsageError(`${flag} takes a number of MB per hour from 0 to 1e9, got "${raw}"`);
    return value;
  };
  const warning = rate('--warning-mb-per-hour', flags.warningMbPerHour);
  const failure = rate('--failure-mb-per-hour', flags.failureMbPerHour);
  if (warning !== undefined && failure !== undefined && warning > failure) {
    throw new UsageError(`--warning-mb-per-hour ${warning} is above --failure-mb-per-hour ${failure}: the warning tier must not be above the failure tier`);
  }
  return { ...(warning !== undefined && { warning_mb_per_hour: warning }), ...(failure !== undefined && { failure_mb_per_hour: failure }) };
}

interface Ended {
  /** exited: on its own before the duration; stopped: by us when the duration ended; interrupted: by a signal to this process. */
  how: 'exited' | 'stopped' | 'interrupted';
  code: number;
  samples: ProcessSample[];
  stopped?: string;
}

/**
 * Runs the command, sampling its process tree's RSS every interval. When the duration ends, a
 * command whose collector is soaking (or has written a snapshot) is left to finish on its own
 * clock; any other command is stopped (SIGTERM to its tree, SIGKILL after GRACE_SECONDS). The
 * first SIGINT or SIGTERM to this process is forwarded to the command and ends the soak.
 */
function runSampled(command: string[], cwd: string, env: NodeJS.ProcessEnv, durationS: number, intervalS: number, snapshotDir: string, jsonOnStdout: boolean): Promise<Ended> {
  return new Promise((done, fail) => {
    const [file, ...args] = command;
    const child = spawn(file!, args, { cwd, env, stdio: ['inherit', jsonOnStdout ? process.stderr : 'inherit', 'inherit'] });
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    const samples: ProcessSample[] = [];
    let how: Ended['how'] = 'exited';
    let stopped: string | undefined;
    let killer: NodeJS.Timeout | undefined;
    const sample = () => {
      const rss = child.pid !== undefined ? treeRss(child.pid) : undefined;
      if (rss !== undefined) samples.push({ elapsed: elapsed(), rss });
    };
    const sampler = setInterval(sample, intervalS * 1000);
    const deadline = setTimeout(() => {
      if (collectorSoaking(snapshotDir)) {
        process.stderr.write('memleak: the soak duration has passed; the command\'s leak tests soak on their own clock, waiting for them\n');
        return;
      }
      sample();
      how = 'stopped';
      stop(child, 'SIGTERM');
    }, durationS * 1000);
    const interrupt = (signal: NodeJS.Signals) => {
      if (how === 'interrupted') return;
      if (how !== 'stopped') sample();
      how = 'interrupted';
      stopped = `interrupted by ${signal} after ${elapsed().toFixed(1)} s of the ${durationS} s soak; what was measured until then is judged`;
      process.stderr.write(`memleak: ${signal}: ending the soak, then judging what was measured\n`);
      child.kill(signal);
      // A soaking test writes its snapshot within milliseconds; a command that ignores the signal is killed.
      killer ??= setTimeout(() => stop(child, 'SIGKILL'), GRACE_SECONDS * 1000);
    };
    process.on('SIGINT', interrupt).on('SIGTERM', interrupt);
    let failed = false;
    child.on('error', (error: NodeJS.ErrnoException) => {
      failed = true;
      fail(new UsageError(error.code === 'ENOENT' ? `command not found: ${file}` : `could not start ${file}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      clearTimeout(deadline);
      if (killer) clearTimeout(killer);
      process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
      if (how === 'exited' && !failed) {
        stopped = `the command exited with status ${code ?? signal} after ${elapsed().toFixed(1)} s of the ${durationS} s soak`;
      }
      setImmediate(() => {
        if (!failed) done({ how, code: code ?? 128 + (signal === 'SIGKILL' ? 9 : signal === 'SIGINT' ? 2 : 15), samples, stopped });
      });
    });
    /** SIGTERM to the whole tree (a shell's children too), SIGKILL to what is left after the grace period. */
    function stop(target: ChildProcess, signal: NodeJS.Signals) {
      // Once the command has ended its pid may belong to another process: never signal it then.
      if (target.pid === undefined || target.exitCode !== null || target.signalCode !== null) return;
      for (const pid of processTree(target.pid).reverse()) {
        try {
          process.kill(pid, signal);
        } catch {
          // already gone
        }
      }
      if (signal === 'SIGTERM') killer ??= setTimeout(() => stop(target, 'SIGKILL'), GRACE_SECONDS * 1000);
    }
  });
}

/** Whether the command's collector is soaking a test now or has written a snapshot (its tests then end on their own clock). */
function collectorSoaking(snapshotDir: string): boolean {
  return existsSync(snapshotDir) && readdirSync(snapshotDir).some((name) => name.startsWith(SOAKING_PREFIX) || name.endsWith('.json'));
}

/** Marks left by a collector that was killed mid-soak (SIGKILL leaves no time to remove them) would make the deadline wait for nothing. */
function clearSoakingMarks(snapshotDir: string): void {
  if (!existsSync(snapshotDir)) return;
  for (const name of readdirSync(snapshotDir)) if (name.startsWith(SOAKING_PREFIX)) rmSync(join(snapshotDir, name), { force: true });
}

function snapshotsIn(snapshotDir: string): boolean {
  return existsSync(snapshotDir) && readdirSync(snapshotDir).some((name) => name.endsWith('.json'));
}

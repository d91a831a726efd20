// Whole processes against their floor, as a user runs them: each case is a command run as a
// child process, all cases alternated round by round (so a busy machine moves them alike), and
// each timed as its CPU time (user + sys, from the shell's `times`) and its wall time. Figures
// are the min and the median over the rounds; ratios are against the first case, the floor.
import { spawnSync } from 'node:child_process';
import { median } from '../src/core/statistics.js';

export interface ProcessCase {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  /** The exit status that means the command did its work (the run is discarded otherwise). */
  status?: number;
}

export interface ProcessFigures {
  name: string;
  cpuMs: { min: number; median: number };
  wallMs: { min: number; median: number };
}

// bash runs the command with its output discarded, takes the wall time around it, then prints
// its children's CPU time (`times`, second line), which is the command's own and nothing else.
const TIMER = 'start=$EPOCHREALTIME; "$@" >/dev/null 2>&1; status=$?; end=$EPOCHREALTIME; echo "$start $end $status"; times';

function seconds(text: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  if (!match) throw new Error(`unexpected time from bash: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function once(item: ProcessCase): { cpuMs: number; wallMs: number } {
  const result = spawnSync('bash', ['-c', TIMER, 'bash', item.command, ...item.args], { cwd: item.cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const lines = result.stdout.trim().split('\n');
  const [start, end, status] = (lines[0] ?? '').split(' ');
  if (Number(status) !== (item.status ?? 0)) throw new Error(`${item.name}: exit status ${status}, expected ${item.status ?? 0} (${result.stderr})`);
  const [user = '', sys = ''] = (lines[2] ?? '').split(' ');
  return { cpuMs: (seconds(user) + seconds(sys)) * 1000, wallMs: (Number(end) - Number(start)) * 1000 };
}

/**
 * The bundles to measure: dist/, and when MEMLEAK_BENCH_BEFORE names another build's dist
 * directory (say, of the previous commit), that one too, in the same alternated rounds.
 */
export function bundles(): { label: string; dist: string }[] {
  const before = process.env.MEMLEAK_BENCH_BEFORE;
  return [{ label: '', dist: 'dist' }, ...(before ? [{ label: ' (before)', dist: before }] : [])];
}

/** Runs every case `rounds` times, alternated, after one untimed warm-up round. */
export function measureProcesses(cases: ProcessCase[], rounds = 11): ProcessFigures[] {
  for (const item of cases) once(item);
  const samples = cases.map(() => ({ cpu: [] as number[], wall: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    cases.forEach((item, index) => {
      const { cpuMs, wallMs } = once(item);
      samples[index]!.cpu.push(cpuMs);
      samples[index]!.wall.push(wallMs);
    });
  }
  return cases.map((item, index) => ({
    name: item.name,
    cpuMs: { min: Math.min(...samples[index]!.cpu), median: median(samples[index]!.cpu) },
    wallMs: { min: Math.min(...samples[index]!.wall), median: median(samples[index]!.wall) },
  }));
}

/** A table of the figures, each against the first case (the floor). */
export function printFigures(figures: ProcessFigures[]): void {
  const [floor] = figures;
  if (!floor) return;
  const pad = Math.max(...figures.map((f) => f.name.length));
  console.log(`${'process'.padEnd(pad)}  CPU min   CPU med   wall min  wall med  CPU med − floor  CPU ratio  wall ratio`);
  for (const f of figures) {
    const cells = [f.cpuMs.min, f.cpuMs.median, f.wallMs.min, f.wallMs.median].map((ms) => `${ms.toFixed(0).padStart(6)} ms`);
    const extra = `${(f.cpuMs.median - floor.cpuMs.median).toFixed(0).padStart(7)} ms`;
    const ratios = [f.cpuMs.median / floor.cpuMs.median, f.wallMs.median / floor.wallMs.median].map((r) => `${r.toFixed(2).padStart(8)}×`);
    console.log(`${f.name.padEnd(pad)}  ${cells.join('  ')}  ${extra.padStart(15)}  ${ratios.join('   ')}`);
  }
}

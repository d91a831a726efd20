// `npm run bench`: every benchmark, each in its own process so one cannot disturb another's
// memory or JIT state, one after the other so they do not compete for the two cores.
// `npm run bench -- startup analyze` runs only those whose titles start with the given words.
// Figures go to BENCHMARKS.md by hand, with the machine they ran on (printed first).
// startup and analyze run the bundles (dist/): run `npm run build` first after a change.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

const parts: { title: string; command: string; args: string[] }[] = [
  { title: 'startup: the CLI and the action bundle vs node -e 0 (whole processes)', command: process.execPath, args: ['--import', 'tsx', 'bench/startup.ts'] },
  { title: 'analyze: memleak analyze vs a process that reads and parses the same files (small real and big files)', command: process.execPath, args: ['--import', 'tsx', 'bench/analyze.ts'] },
  { title: 'collector: ~20 µs operation vs bare tracemalloc', command: process.env.PYTHON ?? 'python3', args: ['bench/collector/bench_collector.py'] },
  { title: 'collector heap: per-batch sampling at 0, 100 k, 1 M, 3 M live traced objects', command: process.env.PYTHON ?? 'python3', args: ['bench/collector/bench_heap.py'] },
  { title: 'collector verdict: time to a verdict per test (20 µs, 1 ms, 30 ms; clean and leaking) vs a bare tracemalloc loop; 60 leaking microsecond tests in one process', command: process.env.PYTHON ?? 'python3', args: ['bench/collector/bench_verdict.py'] },
  { title: 'collector soak: operations per CPU second of a soak (1 s and 0.1 s intervals) vs the same loop bare and under tracemalloc', command: process.env.PYTHON ?? 'python3', args: ['bench/collector/bench_soak.py'] },
  { title: 'collector retainers: the retainer search per leaking test vs the measurement it ends', command: process.env.PYTHON ?? 'python3', args: ['bench/collector/bench_retainers.py'] },
  { title: 'detection: examples/python-app, 5 rounds (false alarms, misses, wrong lines, time per test)', command: process.execPath, args: ['--import', 'tsx', 'bench/detection.ts', '5'] },
  { title: 'noise: false alarms on flat but noisy memory (independent random levels, 7, 10 and 16 judged batches)', command: process.execPath, args: ['--import', 'tsx', 'bench/noise.ts'] },
  { title: 'node collector: measureLeak vs a bare loop with the same gc() calls (1 µs, 20 µs, allocation-heavy)', command: process.execPath, args: ['--import', 'tsx', 'bench/node-collector.ts'] },
  { title: 'node detection: examples/node-app, 5 rounds (false alarms, misses, wrong lines)', command: process.execPath, args: ['--import', 'tsx', 'bench/node-detection.ts', '5'] },
  { title: 'action: own time for 100 tests against the local fake of GitHub, with its floors (node -e 0, read + parse, memleak analyze)', command: process.execPath, args: ['--import', 'tsx', 'bench/action.ts'] },
  { title: 'service: ingest, compare under load, baseline lookup (SQLite, PostgreSQL)', command: process.execPath, args: ['--import', 'tsx', 'bench/service.ts'] },
  { title: 'fuzz: 10,000 mutations of real snapshots (crashes, hangs, memory, silent accepts) and adversarial traceback lines', command: process.execPath, args: ['--expose-gc', '--import', 'tsx', 'bench/fuzz.ts'] },
];

const only = process.argv.slice(2);
console.log(`machine: ${availableParallelism()} CPUs available (${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${process.platform}, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
let failed = 0;
for (const part of parts) {
  if (only.length && !only.some((word) => part.title.startsWith(word))) continue;
  const script = part.args.find((arg) => arg.startsWith('bench/'));
  if (script && !existsSync(script)) {
    console.log(`\n=== ${part.title}\n(missing: ${script})`);
    failed += 1;
    continue;
  }
  console.log(`\n=== ${part.title}`);
  const result = spawnSync(part.command, part.args, { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);

// `npm run bench`: every benchmark, each in its own process so one cannot disturb another's
// memory or JIT state, one after the other so they do not compete for the two cores.
// Figures go to BENCHMARKS.md by hand, with the machine they ran on (printed first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const parts: { title: string; command: string; args: string[] }[] = [
  { title: 'analysis: 1,000 snapshots vs read + JSON.parse', command: process.execPath, args: ['--import', 'tsx', 'bench/analysis.ts'] },
  { title: 'collector: ~20 µs operation vs bare tracemalloc', command: process.env.PYTHON ?? 'python3', args: ['bench/collector/bench_collector.py'] },
  { title: 'collector heap: per-batch sampling at 0, 100 k, 1 M, 3 M live traced objects', command: process.env.PYTHON ?? 'python3', args: ['bench/collector/bench_heap.py'] },
  { title: 'collector verdict: time to a verdict per test (20 µs, 1 ms, 30 ms; clean and leaking) vs a bare tracemalloc loop', command: process.env.PYTHON ?? 'python3', args: ['bench/collector/bench_verdict.py'] },
  { title: 'detection: examples/python-app, 5 rounds (false alarms, misses, wrong lines, time per test)', command: process.execPath, args: ['--import', 'tsx', 'bench/detection.ts', '5'] },
  { title: 'action: own time for 100 tests against the local fake of GitHub', command: process.execPath, args: ['--import', 'tsx', 'bench/action.ts'] },
  { title: 'service: ingest, compare under load, baseline lookup (SQLite, PostgreSQL)', command: process.execPath, args: ['--import', 'tsx', 'bench/service.ts'] },
  { title: 'fuzz: 10,000 mutations of real snapshots (crashes, hangs, memory, silent accepts) and adversarial traceback lines', command: process.execPath, args: ['--expose-gc', '--import', 'tsx', 'bench/fuzz.ts'] },
];

const only = process.argv.slice(2);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${process.platform}`);
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

// What every call pays before it starts: the bundles as a user runs them, whole processes,
// against bare `node -e 0` in the same run. Target: `memleak --version` and `memleak analyze` on a
// small directory within ~50 ms of CPU of the floor. The action's bundle is started without
// inputs, so it loads, checks its inputs and stops (exit status 1), measuring its load alone.
// Run: npm run bench -- startup (MEMLEAK_BENCH_BEFORE=DIR also measures another build's dist/ for comparison)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileOf, linear } from '../__tests__/helpers/snapshots.js';
import { bundles, measureProcesses, printFigures } from './processes.js';

const ROUNDS = Number(process.env.MEMLEAK_BENCH_ROUNDS ?? 11);

const work = await mkdtemp(join(tmpdir(), 'memleak-bench-startup-'));
try {
  const snapshots = join(work, 'snapshots');
  await mkdir(snapshots);
  const specs = [
    { id: 'tests/test_a.py::test_leak', traced: linear(10, 1e6, 40_000), sites: [{ file: 'app/cache.py', line: 7, function: 'put', code: 'CACHE[k] = v', sizes: linear(10, 0, 40_000) }] },
    { id: 'tests/test_a.py::test_clean', traced: linear(10, 1e6, 0) },
    { id: 'tests/test_a.py::test_noisy', traced: linear(10, 1e6, 0, 500) },
  ];
  for (const spec of specs) {
    const file = fileOf(spec);
    await writeFile(join(snapshots, file.file.split('/').pop()!), file.text);
  }
  // Without inputs the action stops at its input check; GITHUB_* are unset so it touches nothing.
  const actionEnv = Object.fromEntries(Object.keys(process.env).filter((key) => key.startsWith('INPUT_') || key.startsWith('GITHUB_')).map((key) => [key, '']));
  Object.assign(process.env, actionEnv);
  const figures = measureProcesses(
    [
      { name: 'node -e 0 (floor)', command: process.execPath, args: ['-e', '0'] },
      ...bundles().flatMap(({ label, dist }) => [
        { name: `memleak --version${label}`, command: process.execPath, args: [join(dist, 'cli.js'), '--version'] },
        { name: `memleak analyze (3 snapshots)${label}`, command: process.execPath, args: [join(dist, 'cli.js'), 'analyze', snapshots, '--out', join(work, 'out')], status: 1 },
        { name: `action bundle, load + input check${label}`, command: process.execPath, args: [join(dist, 'index.js')], status: 1 },
      ]),
    ],
    ROUNDS,
  );
  printFigures(figures);
} finally {
  await rm(work, { recursive: true, force: true });
}

// The Node collector under Vitest, as a user runs it: a project whose tests import
// `memleak-action/collector/vitest` (the bundle, installed in its node_modules), run by
// `memleak run -- npx vitest run` through the bundled CLI. Vitest transforms the TypeScript
// itself and runs it in a worker process: the verdicts, the test ids and the leaking line in the
// .ts file must come out as under node:test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, runCli, runProcess, type CliResult } from '../helpers/cli.js';
import type { Report } from '../../src/core/index.js';

/** Line 7 is the statement whose pushes are kept (line 6 starts its function: what the screen names). */
const STORE_TS = `// Items the service looks at: keep() remembers each one, look() does not.
interface Item { id: number; label: string }

const kept: Item[] = [];

export function keep(id: number): number {
  kept.push({ id, label: \`item-\${id}\` });
  return kept.length;
}

export function look(id: number): number {
  const item: Item = { id, label: \`item-\${id}\` };
  return item.label.length;
}
`;

const TEST_TS = `import { describe, test } from 'vitest';
import { leakTest, measureLeak } from 'memleak-action/collector/vitest';
import { keep, look } from '../src/store';

let id = 0;
leakTest('keep retains every item', () => keep(id++), { batches: 8, batchSize: 200, warmup: 1 });
leakTest('look retains nothing', () => look(id++), { batches: 8, batchSize: 200, warmup: 1 });
test('a test of its own', { timeout: 0 }, async () => {
  await measureLeak('keep, measured by hand', () => keep(id++), { batches: 8, batchSize: 200, warmup: 1 });
});
describe('in a suite', () => {
  leakTest('look retains nothing', () => look(id++), { batches: 8, batchSize: 200, warmup: 1 });
});
`;

let project: string;
let run: CliResult;
let report: Report;

before(async () => {
  project = await mkdtemp(join(tmpdir(), 'memleak-vitest-project-'));
  await mkdir(join(project, 'src'));
  await mkdir(join(project, 'tests'));
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'vitest-project', private: true, type: 'module' }));
  await writeFile(join(project, 'src', 'store.ts'), STORE_TS);
  await writeFile(join(project, 'tests', 'store.test.ts'), TEST_TS);
  // What `npm install --save-dev memleak-action vitest` gives the project: the package's
  // collector bundles under node_modules (so Vitest loads them as a dependency, untransformed)
  // and vitest with its command.
  const installed = join(project, 'node_modules', 'memleak-action');
  await mkdir(join(installed, 'dist'), { recursive: true });
  await copyFile(join(REPO, 'package.json'), join(installed, 'package.json'));
  for (const file of ['collector.js', 'collector-vitest.js']) await copyFile(join(REPO, 'dist', file), join(installed, 'dist', file));
  await symlink(join(REPO, 'node_modules', 'vitest'), join(project, 'node_modules', 'vitest'));
  await mkdir(join(project, 'node_modules', '.bin'));
  await symlink('../vitest/vitest.mjs', join(project, 'node_modules', '.bin', 'vitest'));
  const out = join(project, 'memleak-report');
  run = await runCli(['run', '--cwd', project, '--out', out, '--', 'npx', 'vitest', 'run'], { env: { CI: '1' } });
  report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as Report;
});
after(() => rm(project, { recursive: true, force: true }));

test('Vitest ran the four tests and passed them; the report has a leak, a clean control ok (its namesake in a suite named by the suite), and the run fails for the leaks', () => {
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout.replace(/\x1b\[[0-9;]*m/g, ''), /Tests\s+4 passed \(4\)/, run.stdout);
  assert.deepEqual(report.problems, []);
  const verdicts = Object.fromEntries(report.tests.map((t) => [t.id, t.verdict]));
  assert.deepEqual(verdicts, {
    'tests/store.test.ts::keep retains every item': 'leak',
    'tests/store.test.ts::look retains nothing': 'ok',
    'tests/store.test.ts::keep, measured by hand': 'leak',
    'tests/store.test.ts::in a suite > look retains nothing': 'ok',
  });
});

test("each leak's top source is the retaining statement's line in the .ts file, not in Vitest's transformed code", () => {
  for (const t of report.tests.filter((t) => t.verdict === 'leak')) {
    const top = t.sources[0];
    assert.equal(top && `${top.file}:${top.line}`, 'src/store.ts:7', `${t.id}: ${JSON.stringify(t.sources.slice(0, 3))}`);
    assert.equal(top?.code, 'kept.push({ id, label: `item-${id}` });');
  }
});

test("the main entry's leakTest inside a Vitest worker fails its file with a message naming the Vitest entry", async () => {
  // Written after the CLI's run, which would otherwise have run it too.
  await writeFile(join(project, 'tests', 'misuse.test.ts'), `import { leakTest } from 'memleak-action/collector';\nleakTest('kept', () => [1]);\n`);
  const misuse = await runProcess('npx', ['vitest', 'run', 'tests/misuse.test.ts'], { cwd: project, env: { ...process.env, CI: '1', NO_COLOR: '1' } });
  assert.equal(misuse.status, 1, misuse.stdout + misuse.stderr);
  assert.match(misuse.stdout + misuse.stderr, /memleak: leakTest\("kept"\) runs under Vitest: import \{ leakTest \} from 'memleak-action\/collector\/vitest'/);
});

// Where `memleak analyze`'s time goes beyond its floor, as whole processes: the bundle as built,
// and copies of it with one part taken out (schema validation; publishing, i.e. report.json,
// report.md and the table; judging and publishing), alternated round by round with the floor
// (a process that reads and JSON.parses the same files), `node -e 0` and `memleak --version`.
// The differences between rows are each part's CPU time. The copies are made from dist/ by
// replacing one line each; the bench stops if a line is not found (the code changed: update it).
// Run: node --import tsx bench/analyze-parts.ts DIR [rounds]   (DIR: a directory of snapshots)
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureProcesses, printFigures } from './processes.js';

const [dir, rounds = '9'] = process.argv.slice(2);
if (!dir) throw new Error('usage: node --import tsx bench/analyze-parts.ts DIR [rounds]');

const CORE = readdirSync('dist/cli-chunks').map((name) => join('cli-chunks', name)).find((name) => readFileSync(join('dist', name), 'utf8').includes('function readMeasurement('));
if (!CORE) throw new Error('no chunk of dist/cli-chunks holds the analysis core: run npm run build');
const PUBLISH = { file: 'cli.js', from: '    process.exitCode = await publish(report, flags, now);', to: '    process.exitCode = 1;' };
const VALIDATE = { file: CORE, from: 'if (!validateSnapshot(value)) {', to: 'if (false) {' };
const JUDGE = { file: CORE, from: '    tests.push(judgeMeasurement(measurement, thresholds));', to: '    tests.push({ id: measurement.testId });' };

const work = mkdtempSync(join(tmpdir(), 'memleak-bench-parts-'));
/** A copy of dist/ with each replacement made (every occurrence; at least one must exist). */
function without(name: string, replacements: { file: string; from: string; to: string }[]): string {
  const copy = join(work, name);
  cpSync('dist', copy, { recursive: true });
  for (const { file, from, to } of replacements) {
    const text = readFileSync(join(copy, file), 'utf8');
    if (!text.includes(from)) throw new Error(`${file} no longer holds "${from}": update bench/analyze-parts.ts`);
    writeFileSync(join(copy, file), text.replaceAll(from, to));
  }
  return join(copy, 'cli.js');
}

try {
  const out = join(work, 'out');
  const node = process.execPath;
  const analyze = (cli: string, name: string) => ({ name, command: node, args: [cli, 'analyze', dir, '--out', out], status: 1 });
  printFigures(measureProcesses([
    { name: 'read + JSON.parse (floor)', command: node, args: ['bench/read-parse.mjs', dir] },
    { name: '`node -e 0`', command: node, args: ['-e', '0'] },
    { name: '`memleak --version`', command: node, args: ['dist/cli.js', '--version'] },
    analyze('dist/cli.js', '`memleak analyze`'),
    analyze(without('no-validation', [VALIDATE]), 'without schema validation'),
    analyze(without('no-publish', [PUBLISH]), 'without publishing'),
    analyze(without('no-judge', [PUBLISH, JUDGE]), 'without judging or publishing'),
  ], Number(rounds)));
} finally {
  rmSync(work, { recursive: true, force: true });
}

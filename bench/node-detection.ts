// Detection over repeated runs of the Node example (examples/node-app): the bundled CLI runs
// `node --import tsx --test` on it with the Node collector, several rounds. A clean control
// (`clean: …`) with any verdict but ok is a false alarm; a leak test (`leak: …`) with any verdict
// but leak is a miss; a JS-heap leak whose top source is not a `// memleak: leak` line is
// misattributed. Prints one row per round and the totals.
//
// Run: npm run build && node --import tsx bench/node-detection.ts [rounds] [node binary]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { markdownTable } from 'markdown-table';
import { CLI } from '../__tests__/helpers/cli.js';
import { markedLines, NODE_EXAMPLE, NODE_EXAMPLE_TESTS, testName } from '../__tests__/helpers/example-truth.js';
import type { Report } from '../src/core/index.js';

const rounds = Number(process.argv[2] ?? 5);
const node = process.argv[3] ? resolve(process.argv[3]) : process.execPath;
const marked = await markedLines(NODE_EXAMPLE, '.ts');
const rows: string[][] = [['round', 'leaks', 'controls', 'false alarms', 'misses', 'wrong lines', 'seconds']];
const totals = { leaks: 0, controls: 0, falseAlarms: 0, misses: 0, wrong: 0 };
const details: string[] = [];
const env = { ...process.env, NODE_TEST_CONTEXT: undefined };
for (let round = 1; round <= rounds; round += 1) {
  const out = mkdtempSync(join(tmpdir(), 'memleak-node-bench-'));
  const started = Date.now();
  spawnSync(node, [CLI, 'run', '--cwd', NODE_EXAMPLE, '--out', out, '--snapshot-dir', join(out, 'snapshots'), '--', node, '--import', 'tsx', '--test', ...NODE_EXAMPLE_TESTS], { env, stdio: 'ignore' });
  const seconds = (Date.now() - started) / 1000;
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
  const figures = { leaks: 0, controls: 0, falseAlarms: 0, misses: 0, wrong: 0 };
  for (const test of report.tests) {
    const name = testName(test.id);
    if (name.startsWith('clean: ')) {
      figures.controls += 1;
      if (test.verdict !== 'ok') {
        figures.falseAlarms += 1;
        details.push(`round ${round}: false alarm ${name}: ${test.verdict} (${test.reason})`);
      }
    } else if (name.startsWith('leak: ')) {
      figures.leaks += 1;
      if (test.verdict !== 'leak') {
        figures.misses += 1;
        details.push(`round ${round}: missed ${name}: ${test.verdict} (${test.reason})`);
      } else if (test.kind !== 'native') {
        const top = test.sources[0];
        const where = top ? `${top.file}:${top.line}` : '(none)';
        if (!marked.has(where)) {
          figures.wrong += 1;
          details.push(`round ${round}: ${name} named ${where}`);
        }
      }
    }
  }
  for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += figures[key];
  rows.push([String(round), String(figures.leaks), String(figures.controls), String(figures.falseAlarms), String(figures.misses), String(figures.wrong), seconds.toFixed(1)]);
}
rows.push(['total', String(totals.leaks), String(totals.controls), String(totals.falseAlarms), String(totals.misses), String(totals.wrong), '']);
console.log(`Node ${spawnSync(node, ['--version']).stdout.toString().trim()}, ${rounds} rounds of examples/node-app`);
console.log(markdownTable(rows, { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'] }));
for (const line of details) console.log(`- ${line}`);

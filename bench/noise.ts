// False alarms on flat but noisy memory: series of independent random levels (each batch leaves
// 0 to 4 MiB alive, as the Python example's "latest preview" control does), judged by the core as
// a test's traced bytes, for several numbers of judged batches. A `leak` is a false alarm; an
// `inconclusive` is a doubt. Prints the share of each per number of batches.
//
// Run: node --import tsx bench/noise.ts [series per row, default 2000]
import { markdownTable } from 'markdown-table';
import { analyze } from '../src/core/index.js';
import { fileOf } from '../__tests__/helpers/snapshots.js';

const runs = Number(process.argv[2] ?? 2000);
const now = new Date();
const rows: string[][] = [['judged batches', 'series', 'leak (false alarm)', 'of which growing in < 70 % of batches', 'inconclusive']];
for (const batches of [7, 10, 16]) {
  let leaks = 0;
  let minority = 0;
  let doubts = 0;
  for (let k = 0; k < runs; k += 1) {
    // One warm-up batch first, then the judged ones: 117 operations each.
    const traced = Array.from({ length: batches + 1 }, () => 1e6 + Math.floor(Math.random() * 4 * 1024 * 1024));
    const result = analyze([fileOf({ id: `noise::${k}`, traced, operations: 117, warmup: 1 })], { now }).tests[0]!;
    if (result.verdict === 'inconclusive') doubts += 1;
    if (result.verdict !== 'leak') continue;
    leaks += 1;
    const grown = /growing in (\d+) of (\d+)/.exec(result.reason);
    if (grown && Number(grown[1]) / Number(grown[2]) < 0.7) minority += 1;
  }
  const share = (count: number) => `${((100 * count) / runs).toFixed(1)} %`;
  rows.push([String(batches), String(runs), share(leaks), share(minority), share(doubts)]);
}
console.log(markdownTable(rows, { align: ['r', 'r', 'r', 'r', 'r'] }));

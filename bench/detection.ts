// Detection over repeated runs: the whole example project (examples/python-app) run through the
// bundled CLI with the real collector, several rounds. A clean control with any verdict other
// than ok is a false alarm; a leak test with any other verdict than leak is a miss.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/core/index.js';

export interface DetectionFigures {
  rounds: number;
  cleanVerdicts: number;
  falseAlarms: number;
  falseAlarmRate: number;
  leakVerdicts: number;
  misses: number;
  missRate: number;
  details: string[];
  secondsPerRound: number;
}

export function benchDetection(rounds = 5): DetectionFigures {
  const figures: DetectionFigures = { rounds, cleanVerdicts: 0, falseAlarms: 0, falseAlarmRate: 0, leakVerdicts: 0, misses: 0, missRate: 0, details: [], secondsPerRound: 0 };
  const started = Date.now();
  for (let round = 1; round <= rounds; round++) {
    const out = mkdtempSync(join(tmpdir(), 'memleak-detection-bench-'));
    const run = spawnSync(process.execPath, ['dist/cli.js', 'run', '--cwd', 'examples/python-app', '--out', out, '--snapshot-dir', join(out, 'snapshots'), '--json', '--', 'python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status === 2) throw new Error(`the example did not run: ${run.stderr.slice(-2000)}`);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    for (const test of report.tests) {
      const name = test.id.split('::').pop() ?? test.id;
      if (name.startsWith('test_clean_')) {
        figures.cleanVerdicts += 1;
        if (test.verdict !== 'ok') {
          figures.falseAlarms += 1;
          figures.details.push(`round ${round}: false alarm ${test.id}: ${test.verdict} (${test.reason})`);
        }
      } else if (name.startsWith('test_leak_')) {
        figures.leakVerdicts += 1;
        if (test.verdict !== 'leak') {
          figures.misses += 1;
          figures.details.push(`round ${round}: missed ${test.id}: ${test.verdict} (${test.reason})`);
        }
      }
    }
  }
  figures.falseAlarmRate = figures.cleanVerdicts ? figures.falseAlarms / figures.cleanVerdicts : 0;
  figures.missRate = figures.leakVerdicts ? figures.misses / figures.leakVerdicts : 0;
  figures.secondsPerRound = (Date.now() - started) / 1000 / rounds;
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchDetection(Number(process.argv[2] ?? 5))));
}

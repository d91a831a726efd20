// False-alarm rate: the example project's clean controls, run repeatedly with the real collector
// through the bundled CLI; every verdict other than ok is a false alarm.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/core/index.js';

export interface FalseAlarmFigures {
  rounds: number;
  verdicts: number;
  falseAlarms: number;
  rate: number;
  flagged: string[];
  secondsPerRound: number;
}

export function benchFalseAlarms(rounds = 5): FalseAlarmFigures {
  const flagged: string[] = [];
  let verdicts = 0;
  const started = Date.now();
  for (let round = 0; round < rounds; round++) {
    const out = mkdtempSync(join(tmpdir(), 'memleak-false-alarms-'));
    const run = spawnSync(process.execPath, ['dist/cli.js', 'run', '--cwd', 'examples/python-app', '--out', out, '--snapshot-dir', join(out, 'snapshots'), '--json', '--', 'python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', '-k', 'clean', 'tests'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status === 2) throw new Error(`the clean controls did not run: ${run.stderr.slice(-2000)}`);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    for (const test of report.tests) {
      verdicts += 1;
      if (test.verdict !== 'ok') flagged.push(`round ${round + 1}: ${test.id} ${test.verdict} (${test.reason})`);
    }
  }
  return { rounds, verdicts, falseAlarms: flagged.length, rate: verdicts ? flagged.length / verdicts : 0, flagged, secondsPerRound: (Date.now() - started) / 1000 / rounds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchFalseAlarms(Number(process.argv[2] ?? 5))));
}

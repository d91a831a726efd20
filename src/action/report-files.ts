// The artifact's contents, written to one directory: report.json, report.md and a copy of the snapshots.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { InputFile, Report } from '../core/types.js';
import { REPORT_JSON, REPORT_MD } from './constants.js';
import type { ActionInputs } from './inputs.js';
import type { RunContext } from './run-context.js';

/** Writes report.json, report.md and a copy of the snapshots into one directory: the artifact's contents. */
export async function writeReportFiles(context: RunContext, inputs: ActionInputs, report: Report, snapshots: InputFile[], snapshotDir: string | undefined, markdown: string) {
  const root = await mkdtemp(join(context.tempDir || tmpdir(), `memleak-${inputs.key.replace(/[^A-Za-z0-9_.-]+/g, '_') || 'report'}-`));
  const reportPath = join(root, REPORT_JSON);
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(root, REPORT_MD), markdown);
  const files = [reportPath, join(root, REPORT_MD)];
  for (const snapshot of snapshots) {
    const name = snapshotDir ? relative(snapshotDir, resolve(snapshot.file)) : snapshot.file;
    if (name.startsWith('..') || isAbsolute(name)) continue;
    const path = join(root, 'snapshots', name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, snapshot.text);
    files.push(path);
  }
  return { root, reportPath, files };
}

// The artifact's contents, written to one directory: report.json, report.md, report.html and a copy of the snapshots.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { InputFile, Report } from '../core/types.js';
import { renderHtml, renderMarkdown, type RenderOptions } from '../core/render/index.js';
import { readChartJs } from '../shared/chart-js.js';
import { REPORT_HTML, REPORT_JSON, REPORT_MD } from './constants.js';
import type { ActionInputs } from './inputs.js';
import type { RunContext } from './run-context.js';

/**
 * Writes report.json, report.md, report.html and a copy of the snapshots into one directory: the
 * artifact's contents. The files are read after download, outside GitHub, so report.md is
 * rendered for a local reader (`audience: 'local'`) with the job summary's links and code links.
 */
export async function writeReportFiles(context: RunContext, inputs: ActionInputs, report: Report, snapshots: InputFile[], snapshotDir: string | undefined, options: RenderOptions) {
  const root = await mkdtemp(join(context.tempDir || tmpdir(), `memleak-${inputs.key.replace(/[^A-Za-z0-9_.-]+/g, '_') || 'report'}-`));
  const reportPath = join(root, REPORT_JSON);
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(root, REPORT_MD), renderMarkdown(report, { ...options, audience: 'local', maxLength: undefined, lengthOf: undefined }));
  await writeFile(join(root, REPORT_HTML), renderHtml(report, { now: options.now, chartJs: readChartJs(), ...(options.title ? { title: options.title } : {}), ...(options.code ? { code: options.code } : {}) }));
  const files = [reportPath, join(root, REPORT_MD), join(root, REPORT_HTML)];
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

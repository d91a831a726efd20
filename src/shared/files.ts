// Reading snapshot directories and report files for the core, which does no I/O itself.
// Sizes are capped before anything is read: snapshots may come from an untrusted artifact.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { analyze, fitReport, parseReport, type AnalyzeOptions, type InputFile, type Problem, type Report } from '../core/index.js';

export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;
export const MAX_SNAPSHOT_FILES = 20_000;

/** Names files relative to the working directory in messages, as a user would type them. */
function displayName(path: string): string {
  const name = relative(process.cwd(), path);
  return name && !name.startsWith('..') ? name : path;
}

export async function readSnapshotDirectory(dir: string): Promise<{ files: InputFile[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    return { files: [], problems: [{ file: displayName(dir), message: `the snapshot directory ${reason}` }] };
  }
  if (names.length > MAX_SNAPSHOT_FILES) {
    problems.push({ file: displayName(dir), message: `${names.length} snapshot files; only the first ${MAX_SNAPSHOT_FILES} were read` });
    names = names.slice(0, MAX_SNAPSHOT_FILES);
  }
  const files: InputFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (!info.isFile()) continue;
    const read = await readSnapshotFile(path, info.size);
    if (read.file) files.push(read.file);
    problems.push(...read.problems);
  }
  return { files, problems };
}

/** One snapshot file for the core, or a problem naming it (missing, unreadable, over the size cap). */
export async function readSnapshotFile(path: string, size?: number): Promise<{ file?: InputFile; problems: Problem[] }> {
  try {
    const bytes = size ?? (await stat(path)).size;
    if (bytes > MAX_SNAPSHOT_BYTES) {
      return { problems: [{ file: displayName(path), message: `${bytes} bytes is over the ${MAX_SNAPSHOT_BYTES}-byte limit for a snapshot; left out` }] };
    }
    return { file: { file: displayName(path), text: await readFile(path, 'utf8') }, problems: [] };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    return { problems: [{ file: displayName(path), message: `the snapshot ${reason}` }] };
  }
}

/** Removes earlier snapshots so a run never mixes with a stale one (LiteLLM's suites append). */
export async function clearSnapshotDirectory(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(names.filter((name) => name.endsWith('.json')).map((name) => rm(join(dir, name), { force: true })));
}

export async function analyzeDirectory(dir: string, options: AnalyzeOptions): Promise<Report> {
  const { files, problems } = await readSnapshotDirectory(dir);
  const report = analyze(files, options);
  return fitReport({ ...report, problems: [...problems, ...report.problems] });
}

export async function readReportFile(path: string): Promise<{ report?: Report; problems: Problem[] }> {
  try {
    const info = await stat(path);
    if (info.size > MAX_SNAPSHOT_BYTES) return { problems: [{ file: displayName(path), message: `${info.size} bytes is over the ${MAX_SNAPSHOT_BYTES}-byte limit for a report` }] };
    return parseReport({ file: displayName(path), text: await readFile(path, 'utf8') });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    return { problems: [{ file: displayName(path), message: `the report ${reason}` }] };
  }
}

/** A report file, or a snapshot directory analysed on the spot: what `memleak compare` accepts on each side. */
export async function readReportOrDirectory(path: string, options: AnalyzeOptions): Promise<{ report?: Report; problems: Problem[] }> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    // An output directory of `memleak run` holds its report; any other directory holds snapshots.
    const written = join(path, 'report.json');
    if (await stat(written).then(() => true, () => false)) return readReportFile(written);
    const report = await analyzeDirectory(path, options);
    return report.tests.length > 0 ? { report, problems: [] } : { problems: report.problems.length ? report.problems : [{ file: displayName(path), message: 'no snapshot files in this directory' }] };
  }
  return readReportFile(path);
}

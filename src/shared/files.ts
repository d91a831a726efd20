// Reading snapshot directories and report files for the core, which does no I/O itself.
// Sizes are capped before anything is read: snapshots may come from an untrusted artifact.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { analyze, parseReport, type AnalyzeOptions, type InputFile, type Problem, type Report } from '../core/index.js';

export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;
export const MAX_SNAPSHOT_FILES = 20_000;

/** Names files relative to the working directory in messages, as a user would type them. */
function displayName(path: string): string {
  const name = relative(process.cwd(), path);
  return name && !name.startsWith('..') ? name : path;
}

/**
 * Reads one snapshot file: its text, nothing when it is not a regular file (a directory named
 * *.json), or a problem naming it (too big, unreadable, vanished). One open, fstat and read, so
 * the size check and the read see the same file.
 */
function readSnapshotFile(path: string): { text?: string; problem?: Problem } {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (!info.isFile()) return {};
    if (info.size > MAX_SNAPSHOT_BYTES) return { problem: { file: displayName(path), message: `${info.size} bytes is over the ${MAX_SNAPSHOT_BYTES}-byte limit for a snapshot; left out` } };
    return { text: readFileSync(fd, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: { file: displayName(path), message: `the snapshot cannot be read (${code ?? (error as Error).message}); left out` } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads every *.json file of a snapshot directory, in name order, as the core's input. A file
 * that cannot be used is named in `problems` and the others are still read. The reads are
 * synchronous: one process reading thousands of small files spends most of its time waiting for
 * the round trips of asynchronous reads (measured in bench/analyze.ts), and nothing else runs
 * meanwhile in the CLI or the action.
 */
export async function readSnapshotDirectory(dir: string): Promise<{ files: InputFile[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
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
    const { text, problem } = readSnapshotFile(path);
    if (problem) problems.push(problem);
    if (text !== undefined) files.push({ file: displayName(path), text });
  }
  return { files, problems };
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
  return { ...report, problems: [...problems, ...report.problems] };
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

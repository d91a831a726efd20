// Reading snapshot directories and report files for the core, which does no I/O itself.
// Sizes are capped before anything is read: snapshots may come from an untrusted artifact.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * Reads one snapshot file: its text, nothing when it is not a regular file (a directory named
 * *.json), or a problem naming it (too big, unreadable, vanished). One open, fstat and read, so
 * the size check and the read see the same file.
 */
function readSnapshotText(path: string): { text?: string; problem?: Problem } {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (!info.isFile()) return {};
    if (info.size > MAX_SNAPSHOT_BYTES) return { problem: { file: displayName(path), message: `${info.size} bytes is over the ${MAX_SNAPSHOT_BYTES}-byte limit for a snapshot; left out` } };
    return { text: readFileSync(fd, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (error as Error).message})`;
    return { problem: { file: displayName(path), message: `the snapshot ${reason}; left out` } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The *.json files of a snapshot directory in name order (capped), or a problem naming it. */
function listSnapshotDirectory(dir: string): { paths: string[]; problems: Problem[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    return { paths: [], problems: [{ file: displayName(dir), message: `the snapshot directory ${reason}` }] };
  }
  const problems: Problem[] = [];
  if (names.length > MAX_SNAPSHOT_FILES) {
    problems.push({ file: displayName(dir), message: `${names.length} snapshot files; only the first ${MAX_SNAPSHOT_FILES} were read` });
    names = names.slice(0, MAX_SNAPSHOT_FILES);
  }
  return { paths: names.map((name) => join(dir, name)), problems };
}

/**
 * The snapshot files at `paths`, each read when the iteration reaches it, so that a file's text
 * can be collected once it is judged; a file that cannot be used is added to `problems`. The
 * reads are synchronous: a process reading thousands of small files otherwise spends most of its
 * time waiting for the round trips of asynchronous reads (bench/analyze.ts), and nothing else
 * runs meanwhile in the CLI or the action.
 */
function* readSnapshotFiles(paths: readonly string[], problems: Problem[]): Generator<InputFile> {
  for (const path of paths) {
    const { text, problem } = readSnapshotText(path);
    if (problem) problems.push(problem);
    if (text !== undefined) yield { file: displayName(path), text };
  }
}

/** Reads every *.json file of a snapshot directory, in name order; a file that cannot be used is named in `problems`. */
export async function readSnapshotDirectory(dir: string): Promise<{ files: InputFile[]; problems: Problem[] }> {
  const { paths, problems } = listSnapshotDirectory(dir);
  return { files: [...readSnapshotFiles(paths, problems)], problems };
}

/** One snapshot file for the core, or a problem naming it (missing, unreadable, not a file, over the size cap). */
export async function readSnapshotFile(path: string): Promise<{ file?: InputFile; problems: Problem[] }> {
  const { text, problem } = readSnapshotText(path);
  if (text !== undefined) return { file: { file: displayName(path), text }, problems: [] };
  return { problems: [problem ?? { file: displayName(path), message: 'the snapshot is not a regular file; left out' }] };
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

/** Analyses a snapshot directory, reading each file only as the analysis reaches it. */
export async function analyzeDirectory(dir: string, options: AnalyzeOptions): Promise<Report> {
  const { paths, problems } = listSnapshotDirectory(dir);
  const report = analyze(readSnapshotFiles(paths, problems), options);
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

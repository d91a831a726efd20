// Reads a downloaded artifact's zip in memory without trusting it. The directory is checked first
// (zip-directory.ts: offsets inside the file, no overlapping or repeated entries, an entry-count
// cap), so each compressed byte is inflated at most once. A header's sizes are only claims: each
// entry is inflated by zlib with its output capped at the size it declares (zlib counts what it
// produces, chunk by chunk, and stops within one 16 KiB chunk of the cap), and the bytes inflated
// from the whole archive (refused entries included) and the time spent have budgets.
// Node's zlib rather than fflate's streaming Inflate: the same early stop, and on a cold start (how
// the action always runs) 175 MiB took 1.5 s against 13 s for Inflate fed in small pushes.
import { inflateRawSync } from 'node:zlib';
import type { Problem } from '../core/types.js';
import { clipName, readDirectory, TooManyEntries, ZipFormatError, type DirectoryEntry } from './zip-directory.js';

export interface ZipLimits {
  /** Entries in the central directory, directories and refused ones included. */
  entries: number;
  /** Uncompressed bytes of one entry. */
  entryBytes: number;
  /** Bytes inflated or copied from the whole archive, refused entries' partial output included. */
  totalBytes: number;
  /** Wall-clock budget for reading the whole archive, in milliseconds. */
  millis: number;
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** A relative POSIX path with no `..`, no drive letter, no backslash and no NUL. */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name) || /[\\\0]/.test(name)) return false;
  return name.split('/').every((segment) => segment !== '..');
}

interface Budget {
  /** Bytes that may still be inflated or copied. */
  bytes: number;
  /** When reading must stop, on `clock`'s scale (ms). */
  deadline: number;
  clock: () => number;
}

/** Why the archive's reading stops before `entry`, if it must: its budget of bytes or of time is spent. */
function budgetSpent(budget: Budget, entry: DirectoryEntry, limits: ZipLimits): string | undefined {
  if (budget.clock() > budget.deadline) return `reading it took more than ${limits.millis} ms`;
  // An entry can never produce more than it declares (extract stops there), so this check suffices.
  if (entry.declaredSize > budget.bytes) return `it holds more than ${limits.totalBytes} bytes uncompressed`;
  return undefined;
}

/**
 * The entries of `zip` that pass every check, and a problem (file: `label`, pointer: the entry)
 * for each that does not. An archive that cannot be read at all, lists more than `limits.entries`
 * entries, or has overlapping or repeated entries gives no entries and one problem. An entry is
 * refused (the others still read) when its name could leave a directory, it is encrypted or not
 * stored/deflated, it declares more than `limits.entryBytes`, or what it inflates to is not what
 * it declares (inflation stops at the declared size). When `limits.totalBytes` of output or
 * `limits.millis` of time (read from `clock`, in ms, between entries) are spent, the rest is left
 * unread: one entry takes at most `limits.entryBytes` of output, so the overrun is bounded too.
 */
export function readZip(zip: Uint8Array, label: string, limits: ZipLimits, clock: () => number = () => performance.now()): { entries: ZipEntry[]; problems: Problem[] } {
  let directory: DirectoryEntry[];
  try {
    directory = readDirectory(zip, limits.entries);
  } catch (error) {
    if (error instanceof TooManyEntries) return { entries: [], problems: [{ file: label, message: `${error.message}; it was not read` }] };
    if (error instanceof ZipFormatError) return { entries: [], problems: [{ file: label, message: `not a readable zip archive: ${error.message}; it was not read` }] };
    throw error;
  }
  const problems: Problem[] = [];
  const entries: ZipEntry[] = [];
  const budget: Budget = { bytes: limits.totalBytes, deadline: clock() + limits.millis, clock };
  for (const [index, entry] of directory.entries()) {
    if (entry.name.endsWith('/')) continue; // directories carry no data
    const refuse = (message: string) => problems.push({ file: label, pointer: `/${clipName(entry.name, 1000)}`, message });
    if (!isSafeEntryName(entry.name)) {
      refuse('zip entry refused: its path could leave the artifact directory');
      continue;
    }
    if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) {
      refuse(`zip entry refused: ${entry.encrypted ? 'it is encrypted' : `compression method ${entry.method} is not supported`}`);
      continue;
    }
    if (entry.declaredSize > limits.entryBytes) {
      refuse(`zip entry refused: it declares ${entry.declaredSize} bytes uncompressed, over the ${limits.entryBytes}-byte limit for one file`);
      continue;
    }
    const spent = budgetSpent(budget, entry, limits);
    if (spent) {
      problems.push({ file: label, message: `${spent}; only the files before "${clipName(entry.name)}" were read (${directory.length - index} entries left unread)` });
      break;
    }
    const result = extract(zip, entry, budget);
    if ('data' in result) entries.push({ name: entry.name, data: result.data });
    else refuse(`zip entry refused: ${result.refused}`);
  }
  return { entries, problems };
}

type Extracted = { data: Uint8Array } | { refused: string };

/** One entry's bytes, at most what it declares; what was inflated is taken from `budget.bytes`. */
function extract(zip: Uint8Array, entry: DirectoryEntry, budget: Budget): Extracted {
  const compressed = zip.subarray(entry.dataStart, entry.dataEnd);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.declaredSize) return { refused: `it is stored as ${entry.compressedSize} bytes but declares ${entry.declaredSize}` };
    budget.bytes -= compressed.byteLength;
    return { data: compressed };
  }
  let data: Uint8Array;
  try {
    // zlib refuses a cap of 0; an entry declaring 0 bytes may produce at most 1 and is checked below.
    data = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.declaredSize) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      budget.bytes -= entry.declaredSize;
      return { refused: `it inflates to more than the ${entry.declaredSize} bytes its header declares (inflation stopped there)` };
    }
    return { refused: `its compressed data is damaged (${(error as Error).message})` };
  }
  budget.bytes -= data.byteLength;
  if (data.byteLength !== entry.declaredSize) return { refused: `it inflates to ${data.byteLength} bytes but declares ${entry.declaredSize}` };
  return { data };
}

// Reads a downloaded artifact's zip in memory without trusting it: entries whose names could
// escape a directory are refused, and the entry count and the declared and actual uncompressed
// sizes are capped before anything is inflated (a zip bomb stops at the cap).
import { unzipSync } from 'fflate';
import type { Problem } from '../core/types.js';

export interface ZipLimits {
  totalBytes: number;
  entries: number;
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

class TooManyEntries extends Error {}

export function readZip(zip: Uint8Array, label: string, limits: ZipLimits): { entries: ZipEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let declared = 0;
  let count = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (entry) => {
        // Every entry counts against the limit, refused ones too: a forged directory can
        // declare billions of (empty-named) entries, and a problem for each would exhaust memory.
        count += 1;
        if (count > limits.entries) throw new TooManyEntries();
        if (entry.name.endsWith('/')) return false; // directories carry no data
        if (!isSafeEntryName(entry.name)) {
          problems.push({ file: label, pointer: `/${entry.name}`, message: 'zip entry refused: its path could leave the artifact directory' });
          return false;
        }
        declared += entry.originalSize;
        return declared <= limits.totalBytes;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries) {
      return { entries: [], problems: [{ file: label, message: `the archive declares more than ${limits.entries} entries; it was not read` }] };
    }
    return { entries: [], problems: [{ file: label, message: `not a readable zip archive: ${(error as Error).message}` }] };
  }
  if (declared > limits.totalBytes) {
    problems.push({ file: label, message: `the archive holds more than ${limits.totalBytes} bytes uncompressed; only the files within the limit were read` });
  }
  let actual = 0;
  const entries: ZipEntry[] = [];
  for (const [name, data] of Object.entries(files)) {
    actual += data.byteLength;
    if (actual > limits.totalBytes) {
      problems.push({ file: label, pointer: `/${name}`, message: 'uncompressed data exceeds its declared size; the rest of the archive was ignored' });
      break;
    }
    entries.push({ name, data });
  }
  return { entries, problems };
}

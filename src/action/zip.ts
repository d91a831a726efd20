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

export function readZip(zip: Uint8Array, label: string, limits: ZipLimits): { entries: ZipEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let declared = 0;
  let count = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (entry) => {
        if (entry.name.endsWith('/')) return false; // directories carry no data
        if (!isSafeEntryName(entry.name)) {
          problems.push({ file: label, pointer: `/${entry.name}`, message: 'zip entry refused: its path could leave the artifact directory' });
          return false;
        }
        count += 1;
        declared += entry.originalSize;
        if (count > limits.entries || declared > limits.totalBytes) return false;
        return true;
      },
    });
  } catch (error) {
    return { entries: [], problems: [{ file: label, message: `not a readable zip archive: ${(error as Error).message}` }] };
  }
  if (count > limits.entries || declared > limits.totalBytes) {
    problems.push({ file: label, message: `the archive holds more than ${limits.entries} files or ${limits.totalBytes} bytes uncompressed; only the files within the limit were read` });
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

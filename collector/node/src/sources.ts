// Which frames are the user's, and where they are in the user's own source: a frame in
// node_modules, in Node's internals or in this collector is never the line to name, and a frame
// in code compiled from TypeScript is mapped back through its source map.
import { findSourceMap } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scriptSourceMap } from './script-maps.js';

/** A place in a file: a POSIX path relative to the root (absolute outside it), 1-based line. */
export interface Place {
  file: string;
  line: number;
  code?: string;
}

/** This collector's folder (dist/ once bundled): frames from files in it are the collector's, never the user's. */
export const COLLECTOR_DIR = dirname(fileURLToPath(import.meta.url));

/** The file path of a profiler frame's url (file:// URLs and plain paths), or undefined for Node's internals and evaluated code. */
export function framePath(url: string): string | undefined {
  if (url.startsWith('file://')) {
    try {
      return fileURLToPath(url);
    } catch {
      return undefined;
    }
  }
  return isAbsolute(url) ? url : undefined;
}

/** Whether a frame's file is the user's code: not a dependency, not this collector. */
export function isUserFile(path: string): boolean {
  return !path.split(sep).includes('node_modules') && !isCollectorFile(path);
}

/** Whether a frame's file is this collector's own code. */
export function isCollectorFile(path: string): boolean {
  return path.startsWith(COLLECTOR_DIR + sep);
}

const lines = new Map<string, string[] | null>();

/**
 * The user's place for a generated position (0-based line and column, as V8 reports them):
 * through the file's source map when Node holds one (--enable-source-maps, tsx, or
 * process.setSourceMapsEnabled before the module loaded) or V8 holds one inline in code a test
 * runner compiled (Vitest), else the position itself.
 */
export function placeOf(url: string, path: string, line0: number, column0: number, root: string): Place {
  const mapped = original(url, path, line0, column0);
  const file = mapped?.file ?? path;
  const line = mapped ? mapped.line0 + 1 : line0 + 1;
  const code = sourceLine(file, line, mapped?.content);
  return { file: display(file, root), line, ...(code && { code }) };
}

/** The source file a generated position comes from (the generated file itself when unmapped). */
export function originalFile(url: string, path: string, line0: number, column0: number): string {
  return original(url, path, line0, column0)?.file ?? path;
}

function original(url: string, path: string, line0: number, column0: number): { file: string; line0: number; content?: string } | undefined {
  const map = findSourceMap(path) ?? findSourceMap(url) ?? (url.startsWith('file://') ? undefined : findSourceMap(pathToFileURL(path).href)) ?? scriptSourceMap(path);
  if (!map) return undefined;
  const entry = map.findEntry(line0, column0) as { originalSource?: string; originalLine?: number };
  if (!entry || !entry.originalSource || entry.originalLine === undefined) return undefined;
  const index = map.payload.sources.indexOf(entry.originalSource);
  const content = index >= 0 ? map.payload.sourcesContent?.[index] : undefined;
  return { file: framePath(entry.originalSource) ?? entry.originalSource, line0: entry.originalLine, ...(content !== undefined && { content }) };
}

function sourceLine(file: string, line: number, content: string | undefined): string | undefined {
  let text = lines.get(file);
  if (text === undefined) {
    try {
      text = (content ?? readFileSync(file, 'utf8')).split('\n');
    } catch {
      text = null;
    }
    lines.set(file, text);
  }
  return text?.[line - 1]?.trim().slice(0, 2000) || undefined;
}

/** POSIX path relative to root when below it, else absolute. */
export function display(path: string, root: string): string {
  const inside = relative(root, path);
  const shown = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
  return shown.split(sep).join('/');
}

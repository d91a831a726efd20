// Source maps that Node's own cache (`findSourceMap`) never sees: a test runner that compiles the
// user's code itself with `vm` (Vitest's module runner, which transforms TypeScript with Vite)
// leaves the map inline in the compiled text (`//# sourceMappingURL=data:…`), and only V8 knows
// it. V8 tells through the inspector: on `Debugger.enable` it reports every script it holds,
// with the source-map URL it read from the script's magic comment. On an in-process session the
// replay is synchronous, so a lookup needs no await (the sampler's callers are synchronous).
import { Session } from 'node:inspector';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Script (absolute path, or its url when not a file) → its source-map URL, '' when it has none. */
const mapUrls = new Map<string, string>();
const parsed = new Map<string, SourceMap | null>();

/**
 * The inline source map V8 holds for the script compiled from `path` (an absolute path), its
 * `sources` made absolute file URLs as Node's own maps have them; undefined when the script has
 * none, or only a map in a file (code Node loaded itself, which findSourceMap covers). The first
 * lookup of a script V8 has not reported yet lists V8's scripts again (tens of ms for a few
 * hundred scripts); a malformed map counts as none.
 */
export function scriptSourceMap(path: string): SourceMap | undefined {
  if (!mapUrls.has(path)) {
    listScripts();
    if (!mapUrls.has(path)) mapUrls.set(path, '');
  }
  let map = parsed.get(path);
  if (map === undefined) {
    map = inlineMap(mapUrls.get(path)!, path);
    parsed.set(path, map);
  }
  return map ?? undefined;
}

function listScripts(): void {
  const session = new Session();
  session.connect();
  try {
    session.on('Debugger.scriptParsed', ({ params }: { params: { url: string; sourceMapURL?: string } }) => {
      if (params.url) mapUrls.set(scriptKey(params.url), params.sourceMapURL ?? '');
    });
    // Both calls complete before post returns: an in-process session dispatches synchronously.
    session.post('Debugger.enable');
    session.post('Debugger.disable');
  } finally {
    session.disconnect();
  }
}

/** Node's inspector reports a script compiled from an absolute path as a file:// URL; the profiler gives the path. */
function scriptKey(url: string): string {
  if (!url.startsWith('file://')) return url;
  try {
    return fileURLToPath(url);
  } catch {
    return url;
  }
}

function inlineMap(url: string, path: string): SourceMap | null {
  const data = /^data:application\/json[^,]*?(;base64)?,/.exec(url);
  if (!data) return null;
  try {
    const body = url.slice(data[0].length);
    const payload = JSON.parse(data[1] ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body)) as SourceMapPayload;
    const base = isAbsolute(path) ? pathToFileURL(path).href : path;
    const root = payload.sourceRoot ? `${payload.sourceRoot.replace(/\/?$/, '/')}` : '';
    const sources = payload.sources.map((source) => new URL(root + source, base).href);
    return new SourceMap({ ...payload, sources, sourceRoot: '' });
  } catch {
    return null;
  }
}

// Sources are named relative to the directory the tests ran in; GitHub names files relative to
// the repository root. This maps one onto the other, refusing anything outside the repository.

/** `file` (relative to `directory`, itself relative to the repository root) as a repository path; undefined outside it. */
export function repositoryPath(directory: string, file: string): string | undefined {
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file) || directory.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const segment of `${directory}/${file}`.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length > 0 ? segments.join('/') : undefined;
}

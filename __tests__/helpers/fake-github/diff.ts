// Reads a file's unified-diff `patch` (as GitHub returns it in pull request files) to know
// which lines a review comment may be anchored to: context and added lines on the RIGHT
// (new file), context and deleted lines on the LEFT (old file), each within its hunk.

export interface DiffLine {
  side: 'LEFT' | 'RIGHT';
  line: number;
  hunk: number;
  /** 1-based position below the first @@ header, the deprecated `position` addressing. */
  position: number;
}

export interface ParsedPatch {
  lines: DiffLine[];
  additions: number;
  deletions: number;
}

export function parsePatch(patch: string | undefined): ParsedPatch {
  const lines: DiffLine[] = [];
  let additions = 0;
  let deletions = 0;
  if (!patch) return { lines, additions, deletions };
  let oldLine = 0;
  let newLine = 0;
  let hunk = -1;
  let position = 0;
  for (const text of patch.split('\n')) {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      if (hunk >= 0) position += 1; // later hunk headers count as positions too
      hunk += 1;
      oldLine = Number(header[1]);
      newLine = Number(header[2]);
      continue;
    }
    if (hunk < 0 || text.startsWith('\\')) continue; // "\ No newline at end of file"
    position += 1;
    if (text.startsWith('+')) {
      additions += 1;
      lines.push({ side: 'RIGHT', line: newLine++, hunk, position });
    } else if (text.startsWith('-')) {
      deletions += 1;
      lines.push({ side: 'LEFT', line: oldLine++, hunk, position });
    } else {
      lines.push({ side: 'RIGHT', line: newLine++, hunk, position }, { side: 'LEFT', line: oldLine++, hunk, position });
    }
  }
  return { lines, additions, deletions };
}

export function findLine(parsed: ParsedPatch, side: 'LEFT' | 'RIGHT', line: number): DiffLine | undefined {
  return parsed.lines.find((candidate) => candidate.side === side && candidate.line === line);
}

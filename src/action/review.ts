// Inline review comments on leaking lines the pull request changed. A line is "changed" when the
// PR's diff adds it (a `+` line in the patch hunks GitHub lists for the file). Each comment
// carries a marker naming the source, so a later push does not repeat it while it stays the same.
// The new ones go out together as one review: one request and one notification, not one each.
import { createHash } from 'node:crypto';
import { formatBytes } from '../core/format.js';
import { escapeMarkdown, clip } from '../core/render/index.js';
import type { PullFile, ReviewCommentInfo } from './github-api.js';
import type { LeakLocation } from './leak-locations.js';

export interface ReviewApi {
  listPullFiles(pullNumber: number): Promise<PullFile[]>;
  listReviewComments(pullNumber: number): Promise<ReviewCommentInfo[]>;
  createReview(pullNumber: number, review: { commitId: string; body: string; comments: { path: string; line: number; body: string }[] }): Promise<void>;
}

/** Line numbers (in the new file) that the patch adds. */
export function addedLines(patch: string): Set<number> {
  const added = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (line === 0 || text.startsWith('\\')) continue; // before the first hunk, or "\ No newline at end of file"
    if (text.startsWith('+')) added.add(line++);
    else if (!text.startsWith('-')) line++;
  }
  return added;
}

/** Identifies a leak site across pushes: by file, function and the line's text, as the comparison does. */
function reviewMarker(key: string, location: LeakLocation): string {
  const identity = [location.path, location.source.function ?? '', location.source.code ?? String(location.line)].join('\u0000');
  const digest = createHash('sha256').update(identity).digest('hex').slice(0, 16);
  return `<!-- memleak-action:review key=${encodeURIComponent(key)} site=${digest} -->`;
}

function reviewBody(location: LeakLocation, marker: string): string {
  const { source, test } = location;
  return (
    `**memleak:** memory allocated on this line is never released: ${escapeMarkdown(clip(test.id, 300))} retains ` +
    `${formatBytes(source.bytes_per_op)} per operation here (${formatBytes(source.growth_bytes)} over ${source.batches_grown} batches).\n\n${marker}`
  );
}

export async function publishReviewComments(
  api: ReviewApi,
  request: { pullNumber: number; headSha: string; key: string; author: string; locations: LeakLocation[] },
): Promise<number> {
  const candidates = request.locations.filter((location) => location.isNew);
  if (candidates.length === 0) return 0;
  const files = await api.listPullFiles(request.pullNumber);
  const changed = new Map(files.filter((file) => file.patch).map((file) => [file.filename, addedLines(file.patch ?? '')]));
  const onChangedLines = candidates.filter((location) => changed.get(location.path)?.has(location.line));
  if (onChangedLines.length === 0) return 0;
  const existing = (await api.listReviewComments(request.pullNumber)).filter((comment) => comment.authorLogin === request.author).map((comment) => comment.body);
  const comments = new Map<string, { path: string; line: number; body: string }>();
  for (const location of onChangedLines) {
    const marker = reviewMarker(request.key, location);
    if (comments.has(marker) || existing.some((body) => body.includes(marker))) continue;
    comments.set(marker, { path: location.path, line: location.line, body: reviewBody(location, marker) });
  }
  if (comments.size === 0) return 0;
  const lines = comments.size === 1 ? 'a line' : `${comments.size} lines`;
  await api.createReview(request.pullNumber, { commitId: request.headSha, body: `**memleak:** memory allocated on ${lines} this pull request adds is never released.`, comments: [...comments.values()] });
  return comments.size;
}

// The sticky pull-request comment: one per workflow and key, found again by its hidden marker
// and by its author (anyone can paste a marker into a comment; only our own comments are edited),
// and updated in place on every push. A comment someone hid (minimized) is left alone: the next
// report goes into a new, visible one.
import type { CommentInfo } from './github-api.js';
import { wellFormed } from '../core/render/escape.js';

export interface CommentApi {
  listIssueComments(issueNumber: number): Promise<CommentInfo[]>;
  createIssueComment(issueNumber: number, body: string): Promise<CommentInfo>;
  updateIssueComment(commentId: number, body: string): Promise<CommentInfo>;
  deleteIssueComment(commentId: number): Promise<void>;
  minimizedComments(nodeIds: string[]): Promise<Set<string>>;
}

/**
 * Names are URI-encoded so that no workflow or key can end the HTML comment early; a dash that
 * another dash follows is encoded too, since `--` may not appear inside an HTML comment.
 */
export function commentMarker(workflow: string, key: string): string {
  const encode = (name: string) => encodeURIComponent(wellFormed(name)).replace(/-(?=-)/g, '%2D');
  return `<!-- memleak-action:comment workflow=${encode(workflow)} key=${encode(key)} -->`;
}

export async function upsertComment(
  api: CommentApi,
  request: { issueNumber: number; marker: string; author: string; body: string; createIfMissing: boolean },
): Promise<{ url: string; action: 'created' | 'updated' } | undefined> {
  const marked = async () =>
    (await api.listIssueComments(request.issueNumber)).filter((comment) => comment.authorLogin === request.author && comment.body.includes(request.marker)).sort((a, b) => a.id - b.id);
  // Minimization is only visible through GraphQL, which the throttling plugin spaces like a
  // write: it is asked only when there is a comment to ask about.
  const visible = async (comments: CommentInfo[]) => {
    if (comments.length === 0) return comments;
    const hidden = await api.minimizedComments(comments.map((comment) => comment.nodeId)).catch(() => new Set<string>());
    return comments.filter((comment) => !hidden.has(comment.nodeId));
  };
  const existing = (await visible(await marked()))[0];
  if (existing) {
    const updated = await api.updateIssueComment(existing.id, request.body);
    return { url: updated.htmlUrl, action: 'updated' };
  }
  if (!request.createIfMissing) return undefined;
  const created = await api.createIssueComment(request.issueNumber, request.body);
  // Two runs that both found no comment both create one. Each then looks again: the oldest
  // visible comment is the sticky one, so the later run removes its own and writes into the oldest.
  const after = await marked();
  if (after.length > 1) {
    const oldest = (await visible(after))[0];
    if (oldest && oldest.id !== created.id) {
      await api.deleteIssueComment(created.id);
      const updated = await api.updateIssueComment(oldest.id, request.body);
      return { url: updated.htmlUrl, action: 'updated' };
    }
  }
  return { url: created.htmlUrl, action: 'created' };
}

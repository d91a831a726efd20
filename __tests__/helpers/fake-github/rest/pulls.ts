// Pull requests: the pull request, its files (with patches), review comments and reviews.
// A review comment must be anchored to a line of the diff, as on GitHub.
import { createHash } from 'node:crypto';
import { findLine, parsePatch, type DiffLine } from '../diff.js';
import { GITHUB_ACTIONS_BOT, type PullRequest, type PullRequestFile, type Review, type ReviewComment } from '../state.js';
import { GitHubError, invalidRequest, isoSeconds, notFound, paginate, stringField, validationFailed, type RenderContext, type RestContext, type RestRoute } from './context.js';
import { actorJson, minimalRepoJson } from './repos.js';

function findPull(context: RestContext): PullRequest {
  const pull = context.state.pullRequest(Number(context.params['pull_number']));
  if (!pull) throw notFound();
  return pull;
}

function fileJson(file: PullRequestFile, pull: PullRequest, context: RestContext) {
  const { additions, deletions } = parsePatch(file.patch);
  const blob = `${context.serverUrl}/${context.state.fullName}/blob/${pull.head.sha}/${file.filename}`;
  return {
    sha: createHash('sha1').update(`${pull.head.sha}:${file.filename}`).digest('hex'),
    filename: file.filename,
    status: file.status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: blob,
    raw_url: blob.replace('/blob/', '/raw/'),
    contents_url: `${context.apiUrl}/repos/${context.state.fullName}/contents/${file.filename}?ref=${pull.head.sha}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previousFilename ? { previous_filename: file.previousFilename } : {}),
  };
}

export function pullJson(pull: PullRequest, context: RenderContext) {
  const { apiUrl, serverUrl, state } = context;
  const url = `${apiUrl}/repos/${state.fullName}/pulls/${pull.number}`;
  const totals = pull.files.map((file) => parsePatch(file.patch));
  const branch = (ref: string, sha: string, fullName: string) => ({
    label: `${fullName.split('/')[0]}:${ref}`,
    ref,
    sha,
    user: minimalRepoJson(state, context, fullName).owner,
    repo: minimalRepoJson(state, context, fullName),
  });
  return {
    url,
    id: pull.id,
    node_id: Buffer.from(`PR_${pull.id}`).toString('base64url'),
    html_url: `${serverUrl}/${state.fullName}/pull/${pull.number}`,
    diff_url: `${serverUrl}/${state.fullName}/pull/${pull.number}.diff`,
    patch_url: `${serverUrl}/${state.fullName}/pull/${pull.number}.patch`,
    issue_url: `${apiUrl}/repos/${state.fullName}/issues/${pull.number}`,
    comments_url: `${apiUrl}/repos/${state.fullName}/issues/${pull.number}/comments`,
    review_comments_url: `${url}/comments`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: actorJson(pull.user, context),
    body: pull.body,
    created_at: isoSeconds(pull.createdAt),
    updated_at: isoSeconds(pull.createdAt),
    closed_at: null,
    merged_at: null,
    draft: pull.draft,
    head: branch(pull.head.ref, pull.head.sha, pull.head.repoFullName),
    base: branch(pull.base.ref, pull.base.sha, state.fullName),
    author_association: 'MEMBER',
    merged: false,
    mergeable: true,
    comments: state.issueComments.filter((comment) => comment.issueNumber === pull.number).length,
    review_comments: state.reviewComments.filter((comment) => comment.pullNumber === pull.number).length,
    commits: pull.commits.length,
    additions: totals.reduce((sum, file) => sum + file.additions, 0),
    deletions: totals.reduce((sum, file) => sum + file.deletions, 0),
    changed_files: pull.files.length,
  };
}

function diffHunk(patch: string | undefined, anchor: DiffLine): string {
  const lines = (patch ?? '').split('\n');
  let hunk = -1;
  const kept: string[] = [];
  let position = 0;
  for (const text of lines) {
    if (text.startsWith('@@')) {
      if (hunk >= 0) position += 1;
      hunk += 1;
      if (hunk === anchor.hunk) kept.push(text);
      continue;
    }
    if (text.startsWith('\\')) continue;
    position += 1;
    if (hunk === anchor.hunk && position <= anchor.position) kept.push(text);
  }
  return kept.join('\n');
}

function reviewCommentJson(comment: ReviewComment, context: RestContext) {
  const { apiUrl, serverUrl, state } = context;
  const pull = state.pullRequest(comment.pullNumber)!;
  const file = pull.files.find((candidate) => candidate.filename === comment.path);
  const parsed = parsePatch(file?.patch);
  const anchor = comment.line !== null && comment.side ? findLine(parsed, comment.side, comment.line) : undefined;
  return {
    id: comment.id,
    node_id: Buffer.from(`PRRC_${comment.id}`).toString('base64url'),
    url: `${apiUrl}/repos/${state.fullName}/pulls/comments/${comment.id}`,
    pull_request_review_id: comment.reviewId,
    diff_hunk: anchor ? diffHunk(file?.patch, anchor) : '',
    path: comment.path,
    position: anchor?.position ?? null,
    original_position: anchor?.position ?? null,
    commit_id: comment.commitId,
    original_commit_id: comment.commitId,
    in_reply_to_id: comment.inReplyToId ?? undefined,
    user: actorJson(comment.user, context),
    body: comment.body,
    created_at: isoSeconds(comment.createdAt),
    updated_at: isoSeconds(comment.createdAt),
    html_url: `${serverUrl}/${state.fullName}/pull/${pull.number}#discussion_r${comment.id}`,
    pull_request_url: `${apiUrl}/repos/${state.fullName}/pulls/${pull.number}`,
    author_association: 'NONE',
    start_line: comment.startLine,
    original_start_line: comment.startLine,
    start_side: comment.startSide,
    line: comment.line,
    original_line: comment.line,
    side: comment.side,
    subject_type: comment.subjectType,
  };
}

/** Where a review comment sits: the same fields a stored review comment carries. */
type Anchor = Pick<ReviewComment, 'path' | 'line' | 'side' | 'startLine' | 'startSide' | 'subjectType'>;

/** The ways an anchor can be refused, named as GitHub's review-thread validations name them. */
type AnchorProblem = 'path' | 'line' | 'start_line';

function resolveAnchor(pull: PullRequest, input: Record<string, unknown>): { anchor?: Anchor; problem?: AnchorProblem } {
  const path = stringField(input, 'path') ?? '';
  const file = pull.files.find((candidate) => candidate.filename === path);
  if (!file) return { problem: 'path' };
  if (input['subject_type'] === 'file') return { anchor: { path, line: null, side: null, startLine: null, startSide: null, subjectType: 'file' } };
  const parsed = parsePatch(file.patch);
  let target: DiffLine | undefined;
  if (typeof input['line'] === 'number') target = findLine(parsed, input['side'] === 'LEFT' ? 'LEFT' : 'RIGHT', input['line']);
  else if (typeof input['position'] === 'number') target = parsed.lines.find((candidate) => candidate.position === input['position']);
  if (!target) return { problem: 'line' };
  let start: DiffLine | undefined;
  if (typeof input['start_line'] === 'number') {
    start = findLine(parsed, input['start_side'] === 'LEFT' ? 'LEFT' : input['start_side'] === 'RIGHT' ? 'RIGHT' : target.side, input['start_line']);
    if (!start || start.hunk !== target.hunk || start.position > target.position) return { problem: 'start_line' };
  }
  return { anchor: { path, line: target.line, side: target.side, startLine: start?.line ?? null, startSide: start?.side ?? null, subjectType: 'line' } };
}

function newReviewComment(context: RestContext, pull: PullRequest, body: string, commitId: string, anchor: Anchor, reviewId: number | null, inReplyToId: number | null = null): ReviewComment {
  return { id: context.state.newId(), pullNumber: pull.number, reviewId, body, commitId, ...anchor, inReplyToId, user: GITHUB_ACTIONS_BOT, createdAt: context.state.now() };
}

function reviewJson(review: Review, context: RestContext) {
  const { apiUrl, serverUrl, state } = context;
  return {
    id: review.id,
    node_id: Buffer.from(`PRR_${review.id}`).toString('base64url'),
    user: actorJson(review.user, context),
    body: review.body,
    state: review.state,
    html_url: `${serverUrl}/${state.fullName}/pull/${review.pullNumber}#pullrequestreview-${review.id}`,
    pull_request_url: `${apiUrl}/repos/${state.fullName}/pulls/${review.pullNumber}`,
    author_association: 'NONE',
    submitted_at: isoSeconds(review.submittedAt),
    commit_id: review.commitId,
  };
}

const read = { scope: 'pull_requests', access: 'read' } as const;
const write = { scope: 'pull_requests', access: 'write' } as const;
const REVIEW_EVENTS: Record<string, Review['state']> = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' };

export const pullRoutes: RestRoute[] = [
  {
    route: 'GET /repos/{owner}/{repo}/pulls',
    docs: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests',
    permission: read,
    handle: (context) => {
      // GitHub filters by state (open by default) and by head as "owner:branch".
      const state = context.query.get('state') ?? 'open';
      const head = context.query.get('head');
      const pulls = context.state.pullRequests.filter(
        (pull) => (state === 'all' || pull.state === state) && (!head || `${pull.head.repoFullName.split('/')[0]}:${pull.head.ref}` === head),
      );
      const { page, headers } = paginate(context, pulls);
      return { status: 200, headers, body: page.map((pull) => pullJson(pull, context)) };
    },
  },
  {
    route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    docs: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
    permission: read,
    handle: (context) => ({ status: 200, body: pullJson(findPull(context), context) }),
  },
  {
    route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    docs: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
    permission: read,
    handle: (context) => {
      const pull = findPull(context);
      const { page, headers } = paginate(context, pull.files);
      return { status: 200, headers, body: page.map((file) => fileJson(file, pull, context)) };
    },
  },
  {
    route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
    docs: 'https://docs.github.com/rest/pulls/comments#list-review-comments-on-a-pull-request',
    permission: read,
    handle: (context) => {
      const pull = findPull(context);
      const comments = context.state.reviewComments.filter((comment) => comment.pullNumber === pull.number).sort((a, b) => a.id - b.id);
      const { page, headers } = paginate(context, comments);
      return { status: 200, headers, body: page.map((comment) => reviewCommentJson(comment, context)) };
    },
  },
  {
    route: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments',
    docs: 'https://docs.github.com/rest/pulls/comments#create-a-review-comment-for-a-pull-request',
    permission: write,
    handle: (context) => {
      const pull = findPull(context);
      const { body: input, state } = context;
      const body = stringField(input, 'body');
      if (body === undefined) throw invalidRequest(`"body" wasn't supplied.`);
      const inReplyTo = typeof input['in_reply_to'] === 'number' ? state.reviewComments.find((comment) => comment.id === input['in_reply_to'] && comment.pullNumber === pull.number) : undefined;
      if (input['in_reply_to'] !== undefined) {
        if (!inReplyTo) throw notFound();
        const reply = newReviewComment(context, pull, body, inReplyTo.commitId, inReplyTo, inReplyTo.reviewId, inReplyTo.id);
        state.reviewComments.push(reply);
        return { status: 201, body: reviewCommentJson(reply, context) };
      }
      const commitId = stringField(input, 'commit_id');
      if (commitId === undefined) throw invalidRequest(`"commit_id" wasn't supplied.`);
      if (stringField(input, 'path') === undefined) throw invalidRequest(`"path" wasn't supplied.`);
      if (!pull.commits.includes(commitId)) {
        throw validationFailed([{ resource: 'PullRequestReviewComment', code: 'custom', field: 'commit_id', message: 'commit_id is not part of the pull request' }]);
      }
      const { anchor, problem } = resolveAnchor(pull, input);
      if (problem === 'path') {
        throw validationFailed([
          { resource: 'PullRequestReviewComment', code: 'invalid', field: 'pull_request_review_thread.path' },
          { resource: 'PullRequestReviewComment', code: 'missing_field', field: 'pull_request_review_thread.diff_hunk' },
        ]);
      }
      if (problem === 'line') throw validationFailed([{ resource: 'PullRequestReviewComment', code: 'custom', field: 'pull_request_review_thread.line', message: 'could not be resolved' }]);
      if (problem === 'start_line') {
        throw validationFailed([{ resource: 'PullRequestReviewComment', code: 'custom', field: 'pull_request_review_thread.start_line', message: 'pull_request_review_thread.start_line must be part of the same hunk as the line.' }]);
      }
      const comment = newReviewComment(context, pull, body, commitId, anchor!, null);
      state.reviewComments.push(comment);
      return { status: 201, body: reviewCommentJson(comment, context) };
    },
  },
  {
    route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    docs: 'https://docs.github.com/rest/pulls/reviews#list-reviews-for-a-pull-request',
    permission: read,
    handle: (context) => {
      const pull = findPull(context);
      const { page, headers } = paginate(context, context.state.reviews.filter((review) => review.pullNumber === pull.number));
      return { status: 200, headers, body: page.map((review) => reviewJson(review, context)) };
    },
  },
  {
    route: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    docs: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
    permission: write,
    handle: (context) => {
      const pull = findPull(context);
      const { body: input, state } = context;
      const event = stringField(input, 'event');
      if (event !== undefined && !(event in REVIEW_EVENTS)) throw invalidRequest(`For 'properties/event', ${JSON.stringify(event)} is not one of ["APPROVE","REQUEST_CHANGES","COMMENT"].`);
      if (event === 'APPROVE') throw new GitHubError(422, 'Unprocessable Entity', ['GitHub Actions is not permitted to approve pull requests.']);
      const commitId = stringField(input, 'commit_id') ?? pull.head.sha;
      const inputs = Array.isArray(input['comments']) ? (input['comments'] as Record<string, unknown>[]) : [];
      // A review is all-or-nothing: one unanchorable comment refuses the whole review.
      const problems = new Set<string>();
      const anchors = inputs.map((comment) => {
        const { anchor, problem } = resolveAnchor(pull, comment);
        if (problem === 'path') problems.add('Pull request review thread path is invalid').add("Pull request review thread diff hunk can't be blank");
        if (problem === 'line') problems.add('Pull request review thread line must be part of the diff').add("Pull request review thread diff hunk can't be blank");
        if (problem === 'start_line') problems.add('Pull request review thread start line must be part of the same hunk as the line.');
        return anchor;
      });
      if (problems.size) throw new GitHubError(422, 'Unprocessable Entity', [joinSentence([...problems])]);
      const review: Review = {
        id: state.newId(),
        pullNumber: pull.number,
        body: stringField(input, 'body') ?? '',
        state: event ? REVIEW_EVENTS[event]! : 'PENDING',
        commitId,
        user: GITHUB_ACTIONS_BOT,
        submittedAt: event ? state.now() : null,
      };
      state.reviews.push(review);
      inputs.forEach((comment, index) => state.reviewComments.push(newReviewComment(context, pull, stringField(comment, 'body') ?? '', commitId, anchors[index]!, review.id)));
      return { status: 200, body: reviewJson(review, context) };
    },
  },
];

/** GitHub joins validation messages as an English list: "a, b, and c". */
function joinSentence(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  if (parts.length === 2) return `${parts[0]} and ${parts[1]}`;
  return `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
}

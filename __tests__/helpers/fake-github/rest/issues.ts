// Issue comments (pull request conversation comments are issue comments too).
import { GITHUB_ACTIONS_BOT, type IssueComment } from '../state.js';
import { invalidRequest, isoSeconds, notFound, paginate, validationFailed, type RestContext, type RestRoute } from './context.js';
import { actorJson } from './repos.js';

/** GitHub counts characters (code points), not UTF-16 units. */
const MAX_BODY_CHARACTERS = 65536;

export function commentJson(comment: IssueComment, context: RestContext) {
  const { apiUrl, serverUrl, state } = context;
  const isPull = state.pullRequest(comment.issueNumber) !== undefined;
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: `${apiUrl}/repos/${state.fullName}/issues/comments/${comment.id}`,
    html_url: `${serverUrl}/${state.fullName}/${isPull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${apiUrl}/repos/${state.fullName}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: actorJson(comment.user, context),
    created_at: isoSeconds(comment.createdAt),
    updated_at: isoSeconds(comment.updatedAt),
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: comment.user.login === GITHUB_ACTIONS_BOT.login ? { id: 15368, slug: 'github-actions', name: 'GitHub Actions' } : null,
    reactions: { url: `${apiUrl}/repos/${state.fullName}/issues/comments/${comment.id}/reactions`, total_count: 0 },
  };
}

function validBody(context: RestContext): string {
  const body = context.body['body'];
  if (typeof body !== 'string') throw invalidRequest(`"body" wasn't supplied.`);
  if ([...body].length > MAX_BODY_CHARACTERS) {
    throw validationFailed([{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)` }]);
  }
  return body;
}

function findComment(context: RestContext): IssueComment {
  const comment = context.state.issueComments.find((candidate) => candidate.id === Number(context.params['comment_id']));
  if (!comment) throw notFound();
  return comment;
}

function existingIssue(context: RestContext): number {
  const number = Number(context.params['issue_number']);
  if (!context.state.issues.has(number)) throw notFound();
  return number;
}

// Comments on a pull request are allowed by either the issues or the pull_requests permission.
const readComments = { scope: ['issues', 'pull_requests'], access: 'read' } as const;
const writeComments = { scope: ['issues', 'pull_requests'], access: 'write' } as const;

export const issueRoutes: RestRoute[] = [
  {
    route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    docs: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
    permission: readComments,
    handle: (context) => {
      const number = existingIssue(context);
      const since = context.query.get('since');
      const comments = context.state.issueComments
        .filter((comment) => comment.issueNumber === number && (!since || comment.updatedAt >= new Date(since)))
        .sort((a, b) => a.id - b.id);
      const { page, headers } = paginate(context, comments);
      return { status: 200, headers, body: page.map((comment) => commentJson(comment, context)) };
    },
  },
  {
    route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    docs: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    permission: writeComments,
    handle: (context) => {
      const number = existingIssue(context);
      const comment = context.state.seedIssueComment({ issueNumber: number, body: validBody(context), user: GITHUB_ACTIONS_BOT });
      const json = commentJson(comment, context);
      return { status: 201, headers: { location: json.url }, body: json };
    },
  },
  {
    route: 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
    docs: 'https://docs.github.com/rest/issues/comments#get-an-issue-comment',
    permission: readComments,
    handle: (context) => ({ status: 200, body: commentJson(findComment(context), context) }),
  },
  {
    route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    docs: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
    permission: writeComments,
    handle: (context) => {
      const comment = findComment(context);
      comment.body = validBody(context);
      comment.updatedAt = context.state.now();
      return { status: 200, body: commentJson(comment, context) };
    },
  },
  {
    route: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
    docs: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
    permission: writeComments,
    handle: (context) => {
      const comment = findComment(context);
      context.state.issueComments.splice(context.state.issueComments.indexOf(comment), 1);
      return { status: 204 };
    },
  },
];

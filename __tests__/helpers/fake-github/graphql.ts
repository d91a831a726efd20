// A deliberately narrow GraphQL endpoint: GitHub exposes comment minimization only through
// GraphQL, so the fake answers exactly these operations on issue comments —
//   mutation minimizeComment(input: {subjectId, classifier}) / unminimizeComment(input: {subjectId})
//   query node(id:) / nodes(ids:) on IssueComment
// It does not parse GraphQL: it recognises the field names, reads arguments from `variables`
// (or simple inline literals), and returns every field of the payload whatever the selection set.
// Any other document gets a GraphQL error naming this limit, so unsupported use fails loudly.
import type { IssueComment } from './state.js';
import { GitHubError, type RestContext, type RestRoute } from './rest/context.js';
import { allows } from './tokens.js';

const CLASSIFIERS = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED'];

function argument(query: string, variables: Record<string, unknown>, name: string): unknown {
  const match = new RegExp(`(?<![\\w$])${name}\\s*:\\s*(\\$\\w+|"[^"]*"|\\[[^\\]]*\\]|\\w+)`).exec(query)?.[1];
  if (match === undefined) return variables[name];
  if (match.startsWith('$')) return variables[match.slice(1)];
  if (match.startsWith('"')) return match.slice(1, -1);
  if (match.startsWith('[')) return [...match.matchAll(/"([^"]*)"|\$(\w+)/g)].map((item) => item[1] ?? variables[item[2]!]);
  return match;
}

function commentNode(comment: IssueComment) {
  return {
    __typename: 'IssueComment',
    id: comment.nodeId,
    databaseId: comment.id,
    body: comment.body,
    isMinimized: comment.minimized,
    minimizedReason: comment.minimizedReason?.toLowerCase() ?? null,
    author: { login: comment.user.login.replace(/\[bot\]$/, '') },
    viewerCanMinimize: true,
  };
}

function handle(context: RestContext) {
  if (!context.grant) throw new GitHubError(401, 'This endpoint requires you to be authenticated.');
  const query = typeof context.body['query'] === 'string' ? context.body['query'] : '';
  const variables = (context.body['variables'] ?? {}) as Record<string, unknown>;
  const find = (id: unknown) => context.state.issueComments.find((comment) => comment.nodeId === id);
  const canWrite = allows(context.grant.permissions.issues, 'write') || allows(context.grant.permissions.pull_requests, 'write');

  for (const field of ['unminimizeComment', 'minimizeComment'] as const) {
    if (!new RegExp(`\\b${field}\\s*\\(`).test(query)) continue;
    const input = (argument(query, variables, 'input') ?? {}) as Record<string, unknown>;
    const subjectId = input['subjectId'] ?? argument(query, variables, 'subjectId');
    const classifier = input['classifier'] ?? argument(query, variables, 'classifier');
    if (!canWrite) return { status: 200, body: { data: { [field]: null }, errors: [{ type: 'FORBIDDEN', path: [field], message: 'Resource not accessible by integration' }] } };
    const comment = find(subjectId);
    if (!comment) return { status: 200, body: { data: { [field]: null }, errors: [{ type: 'NOT_FOUND', path: [field], message: `Could not resolve to a node with the global id of '${String(subjectId)}'` }] } };
    if (field === 'minimizeComment') {
      if (typeof classifier !== 'string' || !CLASSIFIERS.includes(classifier)) {
        return { status: 200, body: { errors: [{ message: `Argument 'classifier' on InputObject 'MinimizeCommentInput' has an invalid value (${JSON.stringify(classifier)}). Expected type 'ReportedContentClassifiers!'.` }] } };
      }
      comment.minimized = true;
      comment.minimizedReason = classifier;
    } else {
      comment.minimized = false;
      comment.minimizedReason = null;
    }
    const key = field === 'minimizeComment' ? 'minimizedComment' : 'unminimizedComment';
    return { status: 200, body: { data: { [field]: { [key]: commentNode(comment) } } } };
  }
  if (/\bnodes\s*\(/.test(query)) {
    const ids = argument(query, variables, 'ids');
    const list = Array.isArray(ids) ? ids : [];
    return { status: 200, body: { data: { nodes: list.map((id) => (find(id) ? commentNode(find(id)!) : null)) } } };
  }
  if (/\bnode\s*\(/.test(query)) {
    const comment = find(argument(query, variables, 'id'));
    return { status: 200, body: { data: { node: comment ? commentNode(comment) : null } } };
  }
  return { status: 200, body: { errors: [{ message: 'fake-github GraphQL answers only minimizeComment, unminimizeComment, node(id:) and nodes(ids:) for issue comments' }] } };
}

export const graphqlRoute: RestRoute = {
  route: 'POST /graphql',
  docs: 'https://docs.github.com/graphql',
  handle,
};

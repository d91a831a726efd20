// GET /repos/{owner}/{repo}, GET /user, and the repository/user JSON shapes other routes embed.
import type { Actor, FakeState } from '../state.js';
import { GitHubError, isoSeconds, type RenderContext, type RestRoute } from './context.js';

export function actorJson(actor: Actor, context: RenderContext) {
  return {
    login: actor.login,
    id: actor.id,
    node_id: Buffer.from(`U_${actor.id}`).toString('base64url'),
    avatar_url: `https://avatars.githubusercontent.com/u/${actor.id}?v=4`,
    url: `${context.apiUrl}/users/${encodeURIComponent(actor.login)}`,
    html_url: `${context.serverUrl}/${actor.type === 'Bot' ? 'apps/' + actor.login.replace(/\[bot\]$/, '') : actor.login}`,
    type: actor.type,
    site_admin: false,
  };
}

/** The "minimal repository" embedded in runs, pull requests and events. */
export function minimalRepoJson(state: FakeState, context: RenderContext, fullName = state.fullName) {
  const { repository } = state;
  const [owner = repository.owner, name = repository.name] = fullName.split('/');
  const isFork = fullName !== state.fullName;
  return {
    id: isFork ? repository.id + 1 : repository.id,
    node_id: Buffer.from(`R_${fullName}`).toString('base64url'),
    name,
    full_name: fullName,
    private: repository.private,
    owner: actorJson({ login: owner, id: isFork ? repository.ownerId + 1 : repository.ownerId, type: 'Organization' }, context),
    html_url: `${context.serverUrl}/${fullName}`,
    fork: isFork,
    url: `${context.apiUrl}/repos/${fullName}`,
  };
}

export function repoJson(state: FakeState, context: RenderContext) {
  const { repository } = state;
  const created = new Date('2024-01-01T00:00:00Z');
  return {
    ...minimalRepoJson(state, context),
    description: null,
    default_branch: repository.defaultBranch,
    visibility: repository.private ? 'private' : 'public',
    archived: false,
    disabled: false,
    has_issues: true,
    created_at: isoSeconds(created),
    updated_at: isoSeconds(created),
    pushed_at: isoSeconds(state.now()),
    clone_url: `${context.serverUrl}/${state.fullName}.git`,
  };
}

export const repoRoutes: RestRoute[] = [
  {
    route: 'GET /repos/{owner}/{repo}',
    docs: 'https://docs.github.com/rest/repos/repos#get-a-repository',
    permission: { scope: 'metadata', access: 'read' },
    handle: (context) => ({ status: 200, body: repoJson(context.state, context) }),
  },
  {
    route: 'GET /user',
    docs: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
    handle: (context) => {
      // An installation token (a workflow's GITHUB_TOKEN) acts as an app, not a user.
      if (context.grant) throw new GitHubError(403, 'Resource not accessible by integration');
      throw new GitHubError(401, 'Requires authentication');
    },
  },
];

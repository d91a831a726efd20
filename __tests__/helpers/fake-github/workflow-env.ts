// The environment a GitHub-hosted runner gives a JavaScript action's process, pointed at the
// fake: GITHUB_* variables, the event payload file, the runner's command files, the runtime
// token for the results service, and (optionally) the OIDC request URL/token.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FakeGitHub } from './index.js';
import { pullJson } from './rest/pulls.js';
import { actorJson, repoJson } from './rest/repos.js';
import type { RenderContext } from './rest/context.js';
import type { WorkflowRun } from './state.js';

export interface WorkflowEnvOptions {
  /** Directory for the event payload and the runner's command files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, …). */
  runnerTemp: string;
  /** GITHUB_WORKSPACE: the checked-out repository. */
  workspace: string;
  /**
   * Hand the job an OIDC request URL and token, as `permissions: id-token: write` does. Default: yes,
   * except for a pull_request run from a fork, which GitHub never grants id-token: write.
   */
  idToken?: boolean;
  job?: string;
}

/** The webhook payload GitHub writes to GITHUB_EVENT_PATH for this run's event. */
export function eventPayload(fake: FakeGitHub, run: WorkflowRun): Record<string, unknown> {
  const context: RenderContext = { state: fake.state, apiUrl: fake.url, serverUrl: fake.serverUrl };
  const repository = repoJson(fake.state, context);
  const sender = actorJson(run.actor, context);
  const pull = run.pullRequestNumbers[0] !== undefined ? fake.state.pullRequest(run.pullRequestNumbers[0]) : undefined;
  if (run.event.startsWith('pull_request')) {
    if (!pull) throw new Error(`run ${run.id} is a ${run.event} run but names no seeded pull request (pullRequestNumbers)`);
    return { action: 'synchronize', number: pull.number, pull_request: pullJson(pull, context), repository, sender };
  }
  return {
    ref: `refs/heads/${run.headBranch}`,
    before: '0'.repeat(40),
    after: run.headSha,
    created: false,
    deleted: false,
    forced: false,
    head_commit: { id: run.headSha, tree_id: run.headSha, message: 'commit', timestamp: run.createdAt.toISOString() },
    pusher: { name: run.actor.login },
    repository,
    sender,
  };
}

export async function workflowEnv(fake: FakeGitHub, run: WorkflowRun, options: WorkflowEnvOptions): Promise<Record<string, string>> {
  const { state } = fake;
  await mkdir(options.runnerTemp, { recursive: true });
  const eventPath = join(options.runnerTemp, 'event.json');
  await writeFile(eventPath, JSON.stringify(eventPayload(fake, run), null, 2));
  const files = Object.fromEntries(
    await Promise.all(
      ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH'].map(async (name) => {
        const path = join(options.runnerTemp, name.toLowerCase());
        await writeFile(path, '');
        return [name, path] as const;
      }),
    ),
  );
  const pull = run.pullRequestNumbers[0] !== undefined ? state.pullRequest(run.pullRequestNumbers[0]) : undefined;
  const isPullRequest = run.event.startsWith('pull_request') && pull !== undefined;
  const ref = isPullRequest ? `refs/pull/${pull.number}/merge` : `refs/heads/${run.headBranch}`;
  const workflow = state.workflows.find((candidate) => candidate.id === run.workflowId)!;
  const fromFork = run.headRepositoryFullName !== state.fullName;
  const oidc = (options.idToken ?? !(run.event === 'pull_request' && fromFork)) ? fake.idTokenRequest(run) : undefined;
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: fake.graphqlUrl,
    GITHUB_SERVER_URL: fake.serverUrl,
    GITHUB_REPOSITORY: state.fullName,
    GITHUB_REPOSITORY_OWNER: state.repository.owner,
    GITHUB_REPOSITORY_ID: String(state.repository.id),
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_NUMBER: String(run.runNumber),
    GITHUB_RUN_ATTEMPT: String(run.runAttempt),
    GITHUB_JOB: options.job ?? 'memleak',
    GITHUB_ACTOR: run.actor.login,
    GITHUB_WORKFLOW: workflow.name,
    GITHUB_WORKFLOW_REF: `${state.fullName}/${workflow.path}@${ref}`,
    GITHUB_EVENT_NAME: run.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: run.headSha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: isPullRequest ? `${pull.number}/merge` : run.headBranch,
    GITHUB_HEAD_REF: isPullRequest ? pull.head.ref : '',
    GITHUB_BASE_REF: isPullRequest ? pull.base.ref : '',
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: options.runnerTemp,
    RUNNER_OS: 'Linux',
    ...files,
    ACTIONS_RUNTIME_TOKEN: await fake.runtimeToken(run),
    ACTIONS_RESULTS_URL: fake.resultsUrl,
    ...(oidc ? { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.token } : {}),
  };
}

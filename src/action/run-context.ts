// What the runner tells the action about this run (GITHUB_* variables and the event payload),
// and what follows from it: which commit to report on, which pull request to comment on, and
// whether this run may record a baseline.
import { readFileSync } from 'node:fs';

export interface RunContext {
  owner: string;
  repo: string;
  serverUrl: string;
  runId: number;
  runAttempt: number;
  job: string;
  workflow: string;
  eventName: string;
  sha: string;
  ref: string;
  workspace: string;
  tempDir: string;
  payload: Record<string, unknown>;
}

/** The pull request and commits a run reports on. */
export interface Target {
  /** The commit the check run, annotations and code links refer to. */
  headSha: string;
  pullRequest?: { number: number; baseSha: string };
  defaultBranch: string;
  /** A push to the default branch: its upload is the next baseline. */
  isDefaultBranchPush: boolean;
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  return {
    owner,
    repo,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    runId: Number(env.GITHUB_RUN_ID ?? 0),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
    job: env.GITHUB_JOB ?? 'job',
    workflow: env.GITHUB_WORKFLOW ?? 'workflow',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: env.RUNNER_TEMP ?? '',
    payload,
  };
}

type Json = Record<string, unknown> | undefined;
const object = (value: unknown): Json => (value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The target of a run that ran the tests itself (mode "run"). */
export function targetOfRun(context: RunContext): Target {
  const repository = object(context.payload.repository);
  const defaultBranch = text(repository?.default_branch) ?? 'main';
  const pull = object(context.payload.pull_request);
  if (pull) {
    const head = object(pull.head);
    const base = object(pull.base);
    return {
      headSha: text(head?.sha) ?? context.sha,
      pullRequest: { number: Number(pull.number), baseSha: text(base?.sha) ?? '' },
      defaultBranch,
      isDefaultBranchPush: false,
    };
  }
  return { headSha: context.sha, defaultBranch, isDefaultBranchPush: context.eventName === 'push' && context.ref === `refs/heads/${defaultBranch}` };
}

/** The run a `workflow_run` event is about (mode "publish"): numbers and commits from GitHub's payload, never from the artifact. */
export interface RecordedRun {
  runId: number;
  workflowId: number;
  headSha: string;
  event: string;
  createdAt?: string;
  pullRequest?: { number: number; baseSha: string };
  /** owner:branch of the head, for finding a fork's pull request (GitHub leaves pull_requests empty for forks). */
  headLabel?: string;
  defaultBranch: string;
}

export function recordedRunOf(context: RunContext): RecordedRun | undefined {
  const run = object(context.payload.workflow_run);
  if (!run) return undefined;
  const repository = object(context.payload.repository);
  const pulls = Array.isArray(run.pull_requests) ? run.pull_requests.map(object) : [];
  const headSha = text(run.head_sha) ?? '';
  // Only a pull request whose head is the recorded commit; otherwise it is looked up by head label.
  const pull = pulls.find((candidate) => text(object(candidate?.head)?.sha) === headSha);
  const headOwner = text(object(object(run.head_repository)?.owner)?.login);
  const headBranch = text(run.head_branch);
  return {
    runId: Number(run.id),
    workflowId: Number(run.workflow_id),
    headSha,
    event: text(run.event) ?? '',
    ...(text(run.created_at) ? { createdAt: text(run.created_at) } : {}),
    ...(pull ? { pullRequest: { number: Number(pull.number), baseSha: text(object(pull.base)?.sha) ?? '' } } : {}),
    ...(headOwner && headBranch ? { headLabel: `${headOwner}:${headBranch}` } : {}),
    defaultBranch: text(repository?.default_branch) ?? 'main',
  };
}

// GitHub Actions REST endpoints: workflow runs and artifacts, including the artifact zip
// download that answers 302 to a signed blob URL (or 410 Gone once the artifact expired).
import type { Artifact, WorkflowRun } from '../state.js';
import { GitHubError, isoSeconds, notFound, paginate, type RestContext, type RestRoute } from './context.js';
import { actorJson, minimalRepoJson } from './repos.js';

const CONCLUSIONS = new Set(['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out', 'action_required', 'stale', 'startup_failure']);

function runJson(run: WorkflowRun, context: RestContext) {
  const { state, apiUrl, serverUrl } = context;
  const workflow = state.workflows.find((candidate) => candidate.id === run.workflowId)!;
  const base = `${apiUrl}/repos/${state.fullName}/actions/runs/${run.id}`;
  const fromFork = run.headRepositoryFullName !== state.fullName;
  return {
    id: run.id,
    name: workflow.name,
    node_id: Buffer.from(`WFR_${run.id}`).toString('base64url'),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: workflow.path,
    display_title: workflow.name,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: workflow.id,
    check_suite_id: run.id + 1,
    url: base,
    html_url: `${serverUrl}/${state.fullName}/actions/runs/${run.id}`,
    // GitHub leaves this empty for runs whose head lives in a fork.
    pull_requests: fromFork
      ? []
      : run.pullRequestNumbers.flatMap((number) => {
          const pull = state.pullRequest(number);
          if (!pull) return [];
          return [{ id: pull.id, number, url: `${apiUrl}/repos/${state.fullName}/pulls/${number}`, head: { ref: pull.head.ref, sha: pull.head.sha }, base: { ref: pull.base.ref, sha: pull.base.sha } }];
        }),
    created_at: isoSeconds(run.createdAt),
    updated_at: isoSeconds(run.updatedAt),
    actor: actorJson(run.actor, context),
    triggering_actor: actorJson(run.actor, context),
    run_attempt: run.runAttempt,
    run_started_at: isoSeconds(run.createdAt),
    jobs_url: `${base}/jobs`,
    logs_url: `${base}/logs`,
    check_suite_url: `${apiUrl}/repos/${state.fullName}/check-suites/${run.id + 1}`,
    artifacts_url: `${base}/artifacts`,
    cancel_url: `${base}/cancel`,
    rerun_url: `${base}/rerun`,
    workflow_url: `${apiUrl}/repos/${state.fullName}/actions/workflows/${workflow.id}`,
    head_commit: { id: run.headSha, tree_id: run.headSha, message: 'commit', timestamp: isoSeconds(run.createdAt) },
    repository: minimalRepoJson(state, context),
    head_repository: minimalRepoJson(state, context, run.headRepositoryFullName),
  };
}

function artifactJson(artifact: Artifact, context: RestContext) {
  const { state, apiUrl } = context;
  const run = state.run(artifact.runId)!;
  const url = `${apiUrl}/repos/${state.fullName}/actions/artifacts/${artifact.id}`;
  return {
    id: artifact.id,
    node_id: Buffer.from(`MDg6QXJ0aWZhY3Q${artifact.id}`).toString('base64url'),
    name: artifact.name,
    size_in_bytes: artifact.size,
    url,
    archive_download_url: `${url}/zip`,
    expired: state.isExpired(artifact),
    digest: artifact.digest,
    created_at: isoSeconds(artifact.createdAt),
    updated_at: isoSeconds(artifact.updatedAt),
    expires_at: isoSeconds(artifact.expiresAt),
    workflow_run: { id: run.id, repository_id: state.repository.id, head_repository_id: state.repository.id, head_branch: run.headBranch, head_sha: run.headSha },
  };
}

/** Runs newest first, filtered as GitHub documents: `status` accepts a status or a conclusion. */
function listRuns(context: RestContext, runs: WorkflowRun[]) {
  const { query } = context;
  const filtered = runs
    .filter((run) => !query.get('branch') || run.headBranch === query.get('branch'))
    .filter((run) => !query.get('event') || run.event === query.get('event'))
    .filter((run) => !query.get('head_sha') || run.headSha === query.get('head_sha'))
    .filter((run) => !query.get('actor') || run.actor.login === query.get('actor'))
    .filter((run) => {
      const status = query.get('status');
      if (!status) return true;
      return CONCLUSIONS.has(status) ? run.conclusion === status : run.status === status;
    })
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
  const { page, headers } = paginate(context, filtered);
  return { status: 200, headers, body: { total_count: filtered.length, workflow_runs: page.map((run) => runJson(run, context)) } };
}

function findRun(context: RestContext): WorkflowRun {
  const run = context.state.run(Number(context.params['run_id']));
  if (!run) throw notFound();
  return run;
}

function findArtifact(context: RestContext): Artifact {
  const artifact = context.state.artifact(Number(context.params['artifact_id']));
  if (!artifact) throw notFound();
  return artifact;
}

function listArtifacts(context: RestContext, artifacts: Artifact[]) {
  const name = context.query.get('name');
  const visible = artifacts.filter((artifact) => artifact.finalized && (!name || artifact.name === name)).sort((a, b) => b.id - a.id);
  const { page, headers } = paginate(context, visible);
  return { status: 200, headers, body: { total_count: visible.length, artifacts: page.map((artifact) => artifactJson(artifact, context)) } };
}

const read = { scope: 'actions', access: 'read' } as const;

export const actionsRoutes: RestRoute[] = [
  {
    route: 'GET /repos/{owner}/{repo}/actions/runs',
    docs: 'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository',
    permission: read,
    handle: (context) => listRuns(context, context.state.runs),
  },
  {
    route: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    docs: 'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow',
    permission: read,
    handle: (context) => {
      const key = context.params['workflow_id']!;
      // The id is either the numeric workflow id or the workflow's file name.
      const workflow = context.state.workflows.find((candidate) => String(candidate.id) === key || candidate.path.split('/').at(-1) === key);
      if (!workflow) throw notFound();
      return listRuns(context, context.state.runs.filter((run) => run.workflowId === workflow.id));
    },
  },
  {
    route: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
    docs: 'https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run',
    permission: read,
    handle: (context) => ({ status: 200, body: runJson(findRun(context), context) }),
  },
  {
    route: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    docs: 'https://docs.github.com/rest/actions/artifacts#list-workflow-run-artifacts',
    permission: read,
    handle: (context) => {
      const run = findRun(context);
      return listArtifacts(context, context.state.artifacts.filter((artifact) => artifact.runId === run.id));
    },
  },
  {
    route: 'GET /repos/{owner}/{repo}/actions/artifacts',
    docs: 'https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository',
    permission: read,
    handle: (context) => listArtifacts(context, context.state.artifacts),
  },
  {
    route: 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}',
    docs: 'https://docs.github.com/rest/actions/artifacts#get-an-artifact',
    permission: read,
    handle: (context) => ({ status: 200, body: artifactJson(findArtifact(context), context) }),
  },
  {
    route: 'DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}',
    docs: 'https://docs.github.com/rest/actions/artifacts#delete-an-artifact',
    permission: { scope: 'actions', access: 'write' },
    handle: (context) => {
      const artifact = findArtifact(context);
      context.state.artifacts.splice(context.state.artifacts.indexOf(artifact), 1);
      context.state.blobs.delete(artifact.blobPath);
      return { status: 204 };
    },
  },
  {
    route: 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    docs: 'https://docs.github.com/rest/actions/artifacts#download-an-artifact',
    permission: read,
    handle: (context) => {
      if (context.params['archive_format'] !== 'zip') throw notFound();
      const artifact = findArtifact(context);
      if (context.state.isExpired(artifact)) throw new GitHubError(410, 'Artifact has expired');
      // A short-lived signed URL on another origin, so clients must drop the Authorization header.
      const location = context.blobs.sign(artifact.blobPath, 'r', 60, `attachment; filename="${artifact.name}.zip"; filename*=UTF-8''${encodeURIComponent(artifact.name)}.zip`);
      return { status: 302, headers: { location } };
    },
  },
];

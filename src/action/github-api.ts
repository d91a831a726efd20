// The one owner of every REST call the action makes. Octokit comes from @actions/github (it
// honours GITHUB_API_URL and the runner's proxy settings), with the retry plugin for 5xx and the
// throttling plugin for primary (429) and secondary rate limits. Errors that retrying cannot fix
// are on an explicit do-not-retry list, so a read-only token fails fast with GitHub's own message.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface Repo {
  owner: string;
  repo: string;
}

export interface WorkflowRunInfo {
  id: number;
  workflowId: number;
  headSha: string;
  headBranch: string | null;
  event: string;
  status: string | null;
  conclusion: string | null;
  createdAt: string;
  htmlUrl: string;
  headRepository: string | null;
}

export interface ArtifactInfo {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt: string | null;
  runId: number | null;
}

export interface CommentInfo {
  id: number;
  nodeId: string;
  body: string;
  authorLogin: string | null;
  authorType: string | null;
  htmlUrl: string;
}

export interface ReviewCommentInfo {
  id: number;
  body: string;
  path: string;
  line: number | null;
  authorLogin: string | null;
}

export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  annotations?: CheckAnnotation[];
}

/** Statuses that another attempt cannot change: the request itself, the token, or the resource is wrong. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
const RATE_LIMIT_RETRIES = 3;

/** GitHub's status and message for a failed request, or undefined for errors that are not HTTP. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export class GitHubApi {
  private readonly octokit: ReturnType<typeof getOctokit>;

  constructor(
    token: string,
    private readonly repository: Repo,
    log: { warning(message: string): void; info(message: string): void } = { warning: () => {}, info: () => {} },
  ) {
    const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < RATE_LIMIT_RETRIES;
      log.warning(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`);
      return retrying;
    };
    this.octokit = getOctokit(
      token,
      {
        retry: { doNotRetry: DO_NOT_RETRY, retries: 3 },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      },
      retry,
      throttling,
    );
  }

  private get base(): Repo {
    return { owner: this.repository.owner, repo: this.repository.repo };
  }

  async getWorkflowRun(runId: number): Promise<WorkflowRunInfo> {
    const { data } = await this.octokit.rest.actions.getWorkflowRun({ ...this.base, run_id: runId });
    return toRun(data);
  }

  /** One page of a workflow's runs, newest first. */
  async listWorkflowRuns(query: { workflowId: number; branch: string; event: string; headSha?: string; perPage: number; page: number }): Promise<WorkflowRunInfo[]> {
    const { data } = await this.octokit.rest.actions.listWorkflowRuns({
      ...this.base,
      workflow_id: query.workflowId,
      branch: query.branch,
      event: query.event,
      status: 'completed',
      ...(query.headSha ? { head_sha: query.headSha } : {}),
      per_page: query.perPage,
      page: query.page,
      exclude_pull_requests: true,
    });
    return data.workflow_runs.map(toRun);
  }

  async listRunArtifacts(runId: number): Promise<ArtifactInfo[]> {
    const artifacts = await this.octokit.paginate(this.octokit.rest.actions.listWorkflowRunArtifacts, { ...this.base, run_id: runId, per_page: 100 });
    return artifacts.map((artifact) => ({
      id: artifact.id,
      name: artifact.name,
      sizeInBytes: artifact.size_in_bytes,
      expired: artifact.expired,
      createdAt: artifact.created_at ?? null,
      runId: artifact.workflow_run?.id ?? null,
    }));
  }

  /**
   * The artifact's zip. GitHub answers with a redirect to blob storage on another origin; the
   * second request goes without our token (it must not leak to the storage host) and stops
   * reading at `maxBytes`.
   */
  async downloadArtifactZip(artifactId: number, maxBytes: number): Promise<Uint8Array> {
    const response = await this.octokit.rest.actions.downloadArtifact({ ...this.base, artifact_id: artifactId, archive_format: 'zip', request: { redirect: 'manual' } });
    const location = (response.headers as Record<string, string | undefined>).location;
    if (!location) throw new Error(`GitHub did not redirect the download of artifact ${artifactId} (status ${response.status})`);
    const blob = await fetch(location, { redirect: 'follow' });
    if (!blob.ok || !blob.body) throw Object.assign(new Error(`blob storage answered ${blob.status} for artifact ${artifactId}`), { status: blob.status });
    const declared = Number(blob.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new Error(`artifact ${artifactId} is ${declared} bytes, more than the ${maxBytes} bytes allowed`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of blob.body as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new Error(`artifact ${artifactId} is larger than the ${maxBytes} bytes allowed`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  /** The pull request of a branch in another repository (a fork), when the event did not name it. */
  async findPullRequest(headLabel: string, headSha: string): Promise<{ number: number; baseSha: string } | undefined> {
    const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, { ...this.base, head: headLabel, state: 'open', per_page: 100 });
    const pull = pulls.find((candidate) => candidate.head.sha === headSha);
    return pull ? { number: pull.number, baseSha: pull.base.sha } : undefined;
  }

  async listIssueComments(issueNumber: number): Promise<CommentInfo[]> {
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.base, issue_number: issueNumber, per_page: 100 });
    return comments.map(toComment);
  }

  /** The node ids, among `nodeIds`, of comments someone hid (minimized); only GraphQL tells. */
  async minimizedComments(nodeIds: string[]): Promise<Set<string>> {
    if (nodeIds.length === 0) return new Set();
    const { nodes } = await this.octokit.graphql<{ nodes: ({ id: string; isMinimized?: boolean } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }',
      { ids: nodeIds },
    );
    return new Set(nodes.filter((node) => node?.isMinimized).map((node) => node!.id));
  }

  async createIssueComment(issueNumber: number, body: string): Promise<CommentInfo> {
    const { data } = await this.octokit.rest.issues.createComment({ ...this.base, issue_number: issueNumber, body });
    return toComment(data);
  }

  async updateIssueComment(commentId: number, body: string): Promise<CommentInfo> {
    const { data } = await this.octokit.rest.issues.updateComment({ ...this.base, comment_id: commentId, body });
    return toComment(data);
  }

  async deleteIssueComment(commentId: number): Promise<void> {
    await this.octokit.rest.issues.deleteComment({ ...this.base, comment_id: commentId });
  }

  async createCheckRun(check: { name: string; headSha: string; conclusion: 'success' | 'failure' | 'neutral'; detailsUrl?: string; output: CheckOutput }): Promise<{ id: number; htmlUrl: string | null }> {
    const { data } = await this.octokit.rest.checks.create({
      ...this.base,
      name: check.name,
      head_sha: check.headSha,
      status: 'completed',
      conclusion: check.conclusion,
      ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
      output: check.output,
    });
    return { id: data.id, htmlUrl: data.html_url };
  }

  async updateCheckRun(checkRunId: number, output: CheckOutput): Promise<void> {
    await this.octokit.rest.checks.update({ ...this.base, check_run_id: checkRunId, output });
  }

  async listPullFiles(pullNumber: number): Promise<PullFile[]> {
    const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, { ...this.base, pull_number: pullNumber, per_page: 100 });
    return files.map((file) => ({ filename: file.filename, status: file.status, ...(file.patch ? { patch: file.patch } : {}) }));
  }

  async listReviewComments(pullNumber: number): Promise<ReviewCommentInfo[]> {
    const comments = await this.octokit.paginate(this.octokit.rest.pulls.listReviewComments, { ...this.base, pull_number: pullNumber, per_page: 100 });
    return comments.map((comment) => ({ id: comment.id, body: comment.body, path: comment.path, line: comment.line ?? null, authorLogin: comment.user?.login ?? null }));
  }

  /** A review (event COMMENT) carrying inline comments on the RIGHT side of the diff. */
  async createReview(pullNumber: number, review: { commitId: string; body: string; comments: { path: string; line: number; body: string }[] }): Promise<void> {
    await this.octokit.rest.pulls.createReview({
      ...this.base,
      pull_number: pullNumber,
      commit_id: review.commitId,
      event: 'COMMENT',
      body: review.body,
      comments: review.comments.map((comment) => ({ ...comment, side: 'RIGHT' })),
    });
  }
}

type RawComment = Awaited<ReturnType<ReturnType<typeof getOctokit>['rest']['issues']['getComment']>>['data'];

function toComment(comment: RawComment): CommentInfo {
  return { id: comment.id, nodeId: comment.node_id, body: comment.body ?? '', authorLogin: comment.user?.login ?? null, authorType: comment.user?.type ?? null, htmlUrl: comment.html_url };
}

type RawRun = Awaited<ReturnType<ReturnType<typeof getOctokit>['rest']['actions']['getWorkflowRun']>>['data'];

function toRun(run: RawRun): WorkflowRunInfo {
  return {
    id: run.id,
    workflowId: run.workflow_id,
    headSha: run.head_sha,
    headBranch: run.head_branch ?? null,
    event: run.event,
    status: run.status ?? null,
    conclusion: run.conclusion ?? null,
    createdAt: run.created_at,
    htmlUrl: run.html_url,
    headRepository: run.head_repository?.full_name ?? null,
  };
}

// An in-memory stand-in for the action's GitHub port (GitHubPort), for unit tests of the
// orchestration and the publishers. It records every write so tests can assert on them; the
// end-to-end suite runs the real client against the fake GitHub server instead.
import type { GitHubPort } from '../../../src/action/main.js';
import type { ArtifactInfo, CheckOutput, CommentInfo, PullFile, ReviewCommentInfo, WorkflowRunInfo } from '../../../src/action/github-api.js';

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export class MemoryGitHub implements GitHubPort {
  runs: WorkflowRunInfo[] = [];
  artifacts = new Map<number, ArtifactInfo[]>();
  zips = new Map<number, Uint8Array | HttpError>();
  comments: (CommentInfo & { issueNumber: number })[] = [];
  reviewComments: (ReviewCommentInfo & { commitId: string })[] = [];
  files = new Map<number, PullFile[]>();
  checkRuns: { id: number; name: string; headSha: string; conclusion: string; outputs: CheckOutput[] }[] = [];
  calls: string[] = [];
  /** Writes fail with this error (a read-only token: 403 "Resource not accessible by integration"). */
  writeError?: HttpError;
  private nextId = 1000;

  constructor(readonly author = 'github-actions[bot]') {}

  private write(call: string): void {
    this.calls.push(call);
    if (this.writeError) throw this.writeError;
  }

  async getWorkflowRun(runId: number): Promise<WorkflowRunInfo> {
    this.calls.push(`getWorkflowRun ${runId}`);
    const run = this.runs.find((candidate) => candidate.id === runId);
    if (!run) throw new HttpError(404, 'Not Found');
    return run;
  }

  async listWorkflowRuns(query: { workflowId: number; branch: string; event: string; headSha?: string; perPage: number; page: number }): Promise<WorkflowRunInfo[]> {
    this.calls.push(`listWorkflowRuns ${query.headSha ?? ''} page ${query.page}`);
    const matching = this.runs
      .filter((run) => run.workflowId === query.workflowId && run.headBranch === query.branch && run.event === query.event && run.status === 'completed' && (!query.headSha || run.headSha === query.headSha))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return matching.slice((query.page - 1) * query.perPage, query.page * query.perPage);
  }

  async listRunArtifacts(runId: number): Promise<ArtifactInfo[]> {
    this.calls.push(`listRunArtifacts ${runId}`);
    return this.artifacts.get(runId) ?? [];
  }

  async downloadArtifactZip(artifactId: number): Promise<Uint8Array> {
    this.calls.push(`downloadArtifactZip ${artifactId}`);
    const zip = this.zips.get(artifactId);
    if (!zip) throw new HttpError(404, 'Not Found');
    if (zip instanceof HttpError) throw zip;
    return zip;
  }

  async findPullRequest(): Promise<undefined> {
    return undefined;
  }

  async listIssueComments(issueNumber: number): Promise<CommentInfo[]> {
    this.calls.push(`listIssueComments ${issueNumber}`);
    return this.comments.filter((comment) => comment.issueNumber === issueNumber);
  }

  async createIssueComment(issueNumber: number, body: string): Promise<CommentInfo> {
    this.write(`createIssueComment ${issueNumber}`);
    this.beforeCreateComment?.();
    const id = this.nextId++;
    const comment = { id, nodeId: `IC_${id}`, issueNumber, body, authorLogin: this.author, authorType: 'Bot', htmlUrl: `https://github.com/acme/shop/pull/${issueNumber}#issuecomment-${id}` };
    this.comments.push(comment);
    return comment;
  }

  async updateIssueComment(commentId: number, body: string): Promise<CommentInfo> {
    this.write(`updateIssueComment ${commentId}`);
    const comment = this.comments.find((candidate) => candidate.id === commentId);
    if (!comment) throw new HttpError(404, 'Not Found');
    comment.body = body;
    return comment;
  }

  /** Node ids of comments someone minimized (hid). */
  minimized = new Set<string>();

  async minimizedComments(nodeIds: string[]): Promise<Set<string>> {
    return new Set(nodeIds.filter((id) => this.minimized.has(id)));
  }

  async deleteIssueComment(commentId: number): Promise<void> {
    this.write(`deleteIssueComment ${commentId}`);
    this.comments = this.comments.filter((comment) => comment.id !== commentId);
  }

  /** Runs before the next comment is created: lets a test play another run that races this one. */
  beforeCreateComment?: () => void;

  async createCheckRun(check: { name: string; headSha: string; conclusion: string; output: CheckOutput }): Promise<{ id: number; htmlUrl: string }> {
    this.write(`createCheckRun ${check.name}`);
    if ((check.output.annotations?.length ?? 0) > 50) throw new HttpError(422, 'Only 50 annotations are allowed per request');
    const id = this.nextId++;
    this.checkRuns.push({ id, name: check.name, headSha: check.headSha, conclusion: check.conclusion, outputs: [check.output] });
    return { id, htmlUrl: `https://github.com/acme/shop/runs/${id}` };
  }

  async updateCheckRun(checkRunId: number, output: CheckOutput): Promise<void> {
    this.write(`updateCheckRun ${checkRunId}`);
    if ((output.annotations?.length ?? 0) > 50) throw new HttpError(422, 'Only 50 annotations are allowed per request');
    this.checkRuns.find((check) => check.id === checkRunId)?.outputs.push(output);
  }

  async listPullFiles(pullNumber: number): Promise<PullFile[]> {
    return this.files.get(pullNumber) ?? [];
  }

  async listReviewComments(): Promise<ReviewCommentInfo[]> {
    return this.reviewComments;
  }

  reviews: { commitId: string; body: string }[] = [];

  async createReview(_pullNumber: number, review: { commitId: string; body: string; comments: { path: string; line: number; body: string }[] }): Promise<void> {
    this.write(`createReview ${review.comments.length}`);
    this.reviews.push({ commitId: review.commitId, body: review.body });
    for (const comment of review.comments) this.reviewComments.push({ id: this.nextId++, body: comment.body, path: comment.path, line: comment.line, authorLogin: this.author, commitId: review.commitId });
  }
}

export function workflowRun(overrides: Partial<WorkflowRunInfo> = {}): WorkflowRunInfo {
  const id = overrides.id ?? 1;
  return {
    id,
    workflowId: 77,
    headSha: `sha${id}`,
    headBranch: 'main',
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    createdAt: `2026-11-2${Math.min(id, 9)}T08:00:00Z`,
    htmlUrl: `https://github.com/acme/shop/actions/runs/${id}`,
    headRepository: 'acme/shop',
    ...overrides,
  };
}

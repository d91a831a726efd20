// The fake's in-memory world. Tests seed it before a run and inspect it afterwards;
// the REST, Twirp and blob servers all read and write these same records.
import { createHash, randomUUID } from 'node:crypto';

export interface Repository {
  id: number;
  owner: string;
  ownerId: number;
  name: string;
  defaultBranch: string;
  private: boolean;
}

export interface Actor {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** The author GitHub records for anything written with a workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT: Actor = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface Workflow {
  id: number;
  name: string;
  path: string;
}

export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending' | 'action_required';
export type RunConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | 'stale' | 'startup_failure';

export interface WorkflowRun {
  id: number;
  /** The Actions backend's ids for the run and its job; they appear in the runtime token and the Twirp API. */
  backendId: string;
  jobBackendId: string;
  workflowId: number;
  runNumber: number;
  runAttempt: number;
  headSha: string;
  headBranch: string;
  event: string;
  status: RunStatus;
  conclusion: RunConclusion | null;
  actor: Actor;
  pullRequestNumbers: number[];
  /** owner/name of the repository the head commit lives in (a fork for fork pull requests). */
  headRepositoryFullName: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Artifact {
  id: number;
  runId: number;
  name: string;
  size: number;
  /** Path of the artifact's bytes in the fake blob store. */
  blobPath: string;
  /** Forced expiry; otherwise an artifact is expired once `expiresAt` has passed. */
  expired: boolean;
  expiresAt: Date;
  createdAt: Date;
  updatedAt: Date;
  digest: string | null;
  /** Uploaded through the Twirp API but not finalized yet: invisible to REST, as on GitHub. */
  finalized: boolean;
}

export interface IssueComment {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  user: Actor;
  createdAt: Date;
  updatedAt: Date;
  /** GitHub exposes minimization only through GraphQL (`isMinimized`, `minimizedReason`). */
  minimized: boolean;
  minimizedReason: string | null;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  startedAt: Date;
  completedAt: Date | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Annotation[];
}

export interface PullRequestFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** Unified diff hunks; absent for binary or very large files, as on GitHub. */
  patch?: string;
  previousFilename?: string;
}

export interface PullRequest {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  user: Actor;
  head: { ref: string; sha: string; repoFullName: string };
  base: { ref: string; sha: string };
  files: PullRequestFile[];
  /** Commits a review comment may be anchored to; the head commit is always one of them. */
  commits: string[];
  createdAt: Date;
}

export interface ReviewComment {
  id: number;
  pullNumber: number;
  reviewId: number | null;
  body: string;
  path: string;
  line: number | null;
  side: 'LEFT' | 'RIGHT' | null;
  startLine: number | null;
  startSide: 'LEFT' | 'RIGHT' | null;
  subjectType: 'line' | 'file';
  commitId: string;
  inReplyToId: number | null;
  user: Actor;
  createdAt: Date;
}

export interface Review {
  id: number;
  pullNumber: number;
  body: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING';
  commitId: string;
  user: Actor;
  submittedAt: Date | null;
}

export interface StoredBlob {
  bytes: Buffer;
  contentType: string;
}

export interface SeedRun {
  id?: number;
  headSha?: string;
  headBranch?: string;
  event?: string;
  status?: RunStatus;
  conclusion?: RunConclusion | null;
  /** Workflow file, e.g. `.github/workflows/memleak.yml` (the default). */
  workflowPath?: string;
  workflowName?: string;
  pullRequestNumbers?: number[];
  headRepositoryFullName?: string;
  actor?: Actor;
  runAttempt?: number;
  createdAt?: Date;
}

export interface SeedArtifact {
  runId: number;
  name: string;
  /** The artifact's archive exactly as the zip download returns it. */
  zip: Uint8Array;
  expired?: boolean;
  createdAt?: Date;
  expiresAt?: Date;
}

export interface SeedIssueComment {
  issueNumber: number;
  body: string;
  user?: Actor;
  minimized?: boolean;
  minimizedReason?: string;
  createdAt?: Date;
}

export interface SeedPullRequest {
  number: number;
  title?: string;
  body?: string;
  headRef?: string;
  headSha: string;
  baseRef?: string;
  baseSha?: string;
  /** owner/name of the head repository; a different name makes this a pull request from a fork. */
  headRepoFullName?: string;
  files?: PullRequestFile[];
  commits?: string[];
  user?: Actor;
  draft?: boolean;
}

function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export class FakeState {
  readonly repository: Repository;
  readonly workflows: Workflow[] = [];
  readonly runs: WorkflowRun[] = [];
  readonly artifacts: Artifact[] = [];
  readonly issueComments: IssueComment[] = [];
  /** Issue numbers that exist besides pull requests (every pull request is also an issue). */
  readonly issues = new Set<number>();
  readonly checkRuns: CheckRun[] = [];
  readonly pullRequests: PullRequest[] = [];
  readonly reviewComments: ReviewComment[] = [];
  readonly reviews: Review[] = [];
  readonly blobs = new Map<string, StoredBlob>();
  private nextId = 1000;

  constructor(
    repository: Partial<Repository> & { owner?: string; name?: string },
    readonly now: () => Date,
  ) {
    this.repository = {
      id: repository.id ?? 424242,
      owner: repository.owner ?? 'octo-org',
      ownerId: repository.ownerId ?? 9919,
      name: repository.name ?? 'octo-repo',
      defaultBranch: repository.defaultBranch ?? 'main',
      private: repository.private ?? false,
    };
  }

  get fullName(): string {
    return `${this.repository.owner}/${this.repository.name}`;
  }

  newId(): number {
    return ++this.nextId;
  }

  workflowFor(path: string, name?: string): Workflow {
    const existing = this.workflows.find((workflow) => workflow.path === path);
    if (existing) return existing;
    const workflow = { id: this.newId(), path, name: name ?? path.split('/').at(-1)!.replace(/\.ya?ml$/, '') };
    this.workflows.push(workflow);
    return workflow;
  }

  seedRun(seed: SeedRun = {}): WorkflowRun {
    const createdAt = seed.createdAt ?? this.now();
    const id = seed.id ?? this.newId();
    const run: WorkflowRun = {
      id,
      backendId: randomUUID(),
      jobBackendId: randomUUID(),
      workflowId: this.workflowFor(seed.workflowPath ?? '.github/workflows/memleak.yml', seed.workflowName).id,
      runNumber: this.runs.length + 1,
      runAttempt: seed.runAttempt ?? 1,
      headSha: seed.headSha ?? fakeSha(`run-${id}`),
      headBranch: seed.headBranch ?? this.repository.defaultBranch,
      event: seed.event ?? 'push',
      status: seed.status ?? 'completed',
      conclusion: seed.conclusion === undefined ? ((seed.status ?? 'completed') === 'completed' ? 'success' : null) : seed.conclusion,
      actor: seed.actor ?? { login: 'octocat', id: 583231, type: 'User' },
      pullRequestNumbers: seed.pullRequestNumbers ?? [],
      headRepositoryFullName: seed.headRepositoryFullName ?? this.fullName,
      createdAt,
      updatedAt: createdAt,
    };
    this.runs.push(run);
    return run;
  }

  run(id: number): WorkflowRun | undefined {
    return this.runs.find((run) => run.id === id);
  }

  seedArtifact(seed: SeedArtifact): Artifact {
    const run = this.run(seed.runId);
    if (!run) throw new Error(`seedArtifact: no run ${seed.runId}; seed the run first`);
    const bytes = Buffer.from(seed.zip);
    const artifact = this.addArtifact(run, seed.name, seed.expiresAt);
    artifact.expired = seed.expired ?? false;
    if (seed.createdAt) artifact.createdAt = artifact.updatedAt = seed.createdAt;
    this.blobs.set(artifact.blobPath, { bytes, contentType: 'application/zip' });
    this.finalizeArtifact(artifact, bytes.length, `sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    return artifact;
  }

  /** Registers an artifact that has a blob location but no content yet (Twirp CreateArtifact). */
  addArtifact(run: WorkflowRun, name: string, expiresAt?: Date): Artifact {
    const createdAt = this.now();
    const id = this.newId();
    const artifact: Artifact = {
      id,
      runId: run.id,
      name,
      size: 0,
      blobPath: `/actionsresults/actions-results/${run.backendId}/workflow-job-run-${run.jobBackendId}/artifacts/${fakeSha(`artifact-${id}`)}.zip`,
      expired: false,
      expiresAt: expiresAt ?? new Date(createdAt.getTime() + 90 * 24 * 3600 * 1000),
      createdAt,
      updatedAt: createdAt,
      digest: null,
      finalized: false,
    };
    this.artifacts.push(artifact);
    return artifact;
  }

  finalizeArtifact(artifact: Artifact, size: number, digest: string | null): void {
    artifact.size = size;
    artifact.digest = digest;
    artifact.finalized = true;
    artifact.updatedAt = this.now();
  }

  isExpired(artifact: Artifact): boolean {
    return artifact.expired || artifact.expiresAt.getTime() <= this.now().getTime();
  }

  artifact(id: number): Artifact | undefined {
    return this.artifacts.find((artifact) => artifact.id === id && artifact.finalized);
  }

  artifactZip(id: number): Buffer | undefined {
    const artifact = this.artifact(id);
    return artifact ? this.blobs.get(artifact.blobPath)?.bytes : undefined;
  }

  seedIssueComment(seed: SeedIssueComment): IssueComment {
    this.issues.add(seed.issueNumber);
    const createdAt = seed.createdAt ?? this.now();
    const id = this.newId();
    const comment: IssueComment = {
      id,
      nodeId: Buffer.from(`IC_${id}`).toString('base64url'),
      issueNumber: seed.issueNumber,
      body: seed.body,
      user: seed.user ?? GITHUB_ACTIONS_BOT,
      createdAt,
      updatedAt: createdAt,
      minimized: seed.minimized ?? false,
      minimizedReason: seed.minimized ? (seed.minimizedReason ?? 'OUTDATED') : null,
    };
    this.issueComments.push(comment);
    return comment;
  }

  seedPullRequest(seed: SeedPullRequest): PullRequest {
    const pull: PullRequest = {
      number: seed.number,
      id: this.newId(),
      title: seed.title ?? `Pull request #${seed.number}`,
      body: seed.body ?? null,
      state: 'open',
      draft: seed.draft ?? false,
      user: seed.user ?? { login: 'octocat', id: 583231, type: 'User' },
      head: { ref: seed.headRef ?? `feature-${seed.number}`, sha: seed.headSha, repoFullName: seed.headRepoFullName ?? this.fullName },
      base: { ref: seed.baseRef ?? this.repository.defaultBranch, sha: seed.baseSha ?? fakeSha(`base-${seed.number}`) },
      files: seed.files ?? [],
      commits: [...new Set([...(seed.commits ?? []), seed.headSha])],
      createdAt: this.now(),
    };
    this.pullRequests.push(pull);
    this.issues.add(seed.number);
    return pull;
  }

  pullRequest(number: number): PullRequest | undefined {
    return this.pullRequests.find((pull) => pull.number === number);
  }
}

// The collaborators the action is given (see main.ts): the real ones are wired in defaults.ts,
// tests pass their own.
import type { InputFile, Problem, Report } from '../core/types.js';
import type { CollectorSettings } from '../shared/collector.js';
import type { ServiceClient } from '../service-client/index.js';
import type { ArtifactApi } from './baseline.js';
import type { CheckApi } from './check-run.js';
import type { CommentApi } from './comment.js';
import type { WorkflowRunInfo } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { ReviewApi } from './review.js';

/** The slice of @actions/core the action uses. */
export interface ActionsCore {
  getInput(name: string): string;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(name: string, run: () => Promise<T>): Promise<T>;
  setOutput(name: string, value: string | number): void;
  setFailed(message: string): void;
  debug(message: string): void;
  writeSummary(markdown: string): Promise<void>;
}

export type GitHubPort = ArtifactApi &
  CommentApi &
  CheckApi &
  ReviewApi & {
    getWorkflowRun(runId: number): Promise<WorkflowRunInfo>;
    findPullRequest(headLabel: string, headSha: string): Promise<{ number: number; baseSha: string } | undefined>;
  };

export interface ArtifactUploader {
  upload(name: string, files: string[], rootDirectory: string, options: { retentionDays?: number }): Promise<{ id?: number }>;
}

export interface Collector {
  /** Environment variables that switch the collector on for the test command. */
  environment(options: { snapshotDir: string; settings: CollectorSettings }): Record<string, string>;
  readSnapshots(directory: string): Promise<{ files: InputFile[]; problems: Problem[] }>;
}

export interface Deps {
  core: ActionsCore;
  env: NodeJS.ProcessEnv;
  github(token: string): GitHubPort;
  artifacts: ArtifactUploader;
  collector: Collector;
  /** Runs `command` in a shell; resolves to its exit code. */
  runCommand(command: string, options: { cwd: string; env: Record<string, string> }): Promise<number>;
  /** The memleak service's client (baseline: service); authenticates with service-token or the job's OIDC token. */
  serviceClient?(inputs: ActionInputs): Promise<ServiceClient>;
  now(): Date;
  toolVersion: string;
}

/** What a mode hands back to run(), which alone decides the step's result. */
export interface Outcome {
  report: Report;
  /** Reasons to fail the step besides the report's own status. */
  failures: string[];
  /** Publishing that did not happen (read-only tokens, API errors): warnings, never failures. */
  notes: string[];
}

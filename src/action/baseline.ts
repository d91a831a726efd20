// Where the baseline comes from. One interface with an implementation per source: artifacts of
// earlier runs of the same workflow (the default), the memleak service, or none. Only runs of
// pushes to the default branch are searched, so a pull request can never become a baseline, and
// whatever is downloaded is treated as untrusted input (size caps, safe zip, schema validation).
import type { BaselineInfo, Problem, Report } from '../core/types.js';
import { parseReport } from '../core/index.js';
import { DOWNLOAD_LIMITS, REPORT_JSON } from './constants.js';
import { matchArtifact } from './artifact-names.js';
import { httpStatusOf, type ArtifactInfo, type WorkflowRunInfo } from './github-api.js';
import { readZip } from './zip.js';

export interface BaselineRequest {
  /** The workflow whose earlier runs are searched. */
  workflowId: number;
  /** This run: never its own baseline. */
  runId: number;
  /** owner/name: runs whose head lives elsewhere (forks) are ignored. */
  repository: string;
  defaultBranch: string;
  key: string;
  job: string;
  /** For a pull request: the base commit, whose run is the best baseline. */
  baseSha?: string;
  /** Only runs created before this one (a push compares with the previous push). */
  before?: string;
}

export interface BaselineResult {
  report: Report | null;
  /** Provenance when found; otherwise `reason` says why there is none. */
  info: Omit<BaselineInfo, 'found'>;
  problems: Problem[];
}

export interface BaselineSource {
  fetch(request: BaselineRequest): Promise<BaselineResult>;
}

/** The GitHub calls the artifact source needs (GitHubApi implements them). */
export interface ArtifactApi {
  listWorkflowRuns(query: { workflowId: number; branch: string; event: string; headSha?: string; perPage: number; page: number }): Promise<WorkflowRunInfo[]>;
  listRunArtifacts(runId: number): Promise<ArtifactInfo[]>;
  downloadArtifactZip(artifactId: number, maxBytes: number): Promise<Uint8Array>;
}

export class NoBaseline implements BaselineSource {
  async fetch(): Promise<BaselineResult> {
    return { report: null, info: { reason: 'Comparison with a baseline is turned off (baseline: none).' }, problems: [] };
  }
}

/** How many earlier runs are examined at most, newest first. */
const RUNS_PER_PAGE = 20;
const MAX_PAGES = 3;

export class ArtifactBaseline implements BaselineSource {
  constructor(private readonly api: ArtifactApi) {}

  async fetch(request: BaselineRequest): Promise<BaselineResult> {
    // Only this repository's own pushes to the default branch: a run whose head repository is
    // unknown could be a fork's, and is never taken.
    const eligible = (run: WorkflowRunInfo) =>
      run.id !== request.runId && run.event === 'push' && run.headBranch === request.defaultBranch && run.headRepository === request.repository && (!request.before || run.createdAt <= request.before);
    let expired: WorkflowRunInfo | undefined;
    let searched = 0;

    const tryRun = async (run: WorkflowRunInfo): Promise<BaselineResult | undefined> => {
      searched += 1;
      const artifact = newestMatching(await this.api.listRunArtifacts(run.id), request);
      if (!artifact) return undefined;
      if (artifact.expired) {
        expired ??= run;
        return undefined;
      }
      return this.download(run, artifact, request);
    };

    if (request.baseSha) {
      const atBase = await this.api.listWorkflowRuns({ workflowId: request.workflowId, branch: request.defaultBranch, event: 'push', headSha: request.baseSha, perPage: 10, page: 1 });
      for (const run of atBase.filter(eligible)) {
        const found = await tryRun(run);
        if (found) return found;
      }
    }
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const runs = await this.api.listWorkflowRuns({ workflowId: request.workflowId, branch: request.defaultBranch, event: 'push', perPage: RUNS_PER_PAGE, page });
      for (const run of runs.filter(eligible)) {
        if (run.headSha === request.baseSha) continue; // already tried
        const found = await tryRun(run);
        if (found) return found;
      }
      if (runs.length < RUNS_PER_PAGE) break;
    }
    const key = request.key ? ` with key "${request.key}"` : '';
    if (expired) return { report: null, info: { reason: `The baseline artifact of the last run on ${request.defaultBranch} has expired.`, run_url: expired.htmlUrl }, problems: [] };
    const reason = `No completed run of this workflow on a push to ${request.defaultBranch} uploaded a memleak artifact for job "${request.job}"${key} (${searched} runs searched).`;
    return { report: null, info: { reason }, problems: [] };
  }

  private async download(run: WorkflowRunInfo, artifact: ArtifactInfo, request: BaselineRequest): Promise<BaselineResult | undefined> {
    const label = `baseline artifact ${artifact.name} (run ${run.id})`;
    const provenance = { commit: run.headSha, ref: request.defaultBranch, run_url: run.htmlUrl, created_at: artifact.createdAt ?? run.createdAt, source: 'artifact' };
    if (artifact.sizeInBytes > DOWNLOAD_LIMITS.zipBytes) {
      return { report: null, info: { reason: `The baseline artifact is larger than ${DOWNLOAD_LIMITS.zipBytes} bytes and was not downloaded.`, run_url: run.htmlUrl }, problems: [] };
    }
    let zip: Uint8Array;
    try {
      zip = await this.api.downloadArtifactZip(artifact.id, DOWNLOAD_LIMITS.zipBytes);
    } catch (error) {
      if (httpStatusOf(error) === 410) return { report: null, info: { reason: 'The baseline artifact has expired.', run_url: run.htmlUrl }, problems: [] };
      throw error;
    }
    const { entries, problems } = readZip(zip, label, DOWNLOAD_LIMITS);
    const entry = entries.find((candidate) => candidate.name === REPORT_JSON);
    if (!entry) {
      return { report: null, info: { reason: `The baseline artifact has no ${REPORT_JSON}.`, run_url: run.htmlUrl }, problems };
    }
    const parsed = parseReport({ file: `${label}/${REPORT_JSON}`, text: new TextDecoder().decode(entry.data) });
    problems.push(...parsed.problems);
    if (!parsed.report) return { report: null, info: { reason: 'The baseline report could not be read.', run_url: run.htmlUrl }, problems };
    return { report: parsed.report, info: provenance, problems };
  }
}

/** The latest attempt's artifact for this key and job. */
function newestMatching(artifacts: ArtifactInfo[], request: BaselineRequest): ArtifactInfo | undefined {
  let best: { artifact: ArtifactInfo; attempt: number } | undefined;
  for (const artifact of artifacts) {
    const match = matchArtifact(artifact.name, request.key, request.job);
    if (match && (!best || match.attempt > best.attempt)) best = { artifact, attempt: match.attempt };
  }
  return best?.artifact;
}

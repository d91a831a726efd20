// `baseline: service`: the memleak service keeps the baselines (and refuses pull requests as
// baselines by the OIDC token's claims). The action asks it for the baseline of the pull
// request's base commit, and records each default-branch push's report there.
import { parseReport } from '../core/index.js';
import type { Report } from '../core/types.js';
import { ServiceError, type ServiceClient } from '../service-client/index.js';
import type { BaselineRequest, BaselineResult, BaselineSource } from './baseline.js';
import { describe } from './failures.js';

/** No answer at all, or a server error: the service is down, not refusing us. */
function isUnreachable(error: unknown): boolean {
  return error instanceof ServiceError && (error.status === 0 || error.status >= 500);
}

export class ServiceBaseline implements BaselineSource {
  constructor(
    private readonly client: ServiceClient,
    private readonly url: string,
    /** Asked when the service cannot be reached (the artifact baseline): said in the report, never a silent pass. */
    private readonly fallback?: BaselineSource,
  ) {}

  async fetch(request: BaselineRequest): Promise<BaselineResult> {
    try {
      return await this.fetchFromService(request);
    } catch (error) {
      if (!this.fallback || !isUnreachable(error)) throw error;
      const unreachable = `The memleak service at ${this.url} could not be reached (${describe(error)}), so the artifact baseline was used instead.`;
      const result = await this.fallback.fetch(request);
      return { ...result, info: { ...result.info, reason: result.info.reason ? `${unreachable} ${result.info.reason}` : unreachable } };
    }
  }

  private async fetchFromService(request: BaselineRequest): Promise<BaselineResult> {
    const found = await this.client.baseline({
      repository: request.repository,
      branch: request.defaultBranch,
      ...(request.key ? { key: request.key } : {}),
      ...(request.baseSha ? { commit: request.baseSha } : {}),
      ...(request.before ? { before: request.before } : {}),
    });
    if (!found) {
      return { report: null, info: { reason: `The memleak service at ${this.url} has no baseline for ${request.repository} on ${request.defaultBranch}${request.key ? ` with key "${request.key}"` : ''} yet.`, source: 'service' }, problems: [] };
    }
    // The service validated the report when it was ingested; it is checked again here because
    // this process cannot tell a healthy service from a wrong URL that answers JSON.
    const parsed = parseReport({ file: `baseline from ${this.url}`, text: JSON.stringify(found.report) });
    if (!parsed.report) return { report: null, info: { reason: `The memleak service's baseline could not be read.`, source: 'service' }, problems: parsed.problems };
    return {
      report: parsed.report,
      info: { commit: found.commit, ref: found.branch, ...(found.run_url ? { run_url: found.run_url } : {}), created_at: found.created_at, ...found.provenance, source: 'service' },
      problems: parsed.problems,
    };
  }

  /** Records a default-branch push's report: the service makes it the baseline of later runs. */
  async record(report: Report, run: { repository: string; branch: string; key: string; commit: string; runId: number; runAttempt: number; runUrl: string }): Promise<void> {
    await this.client.ingest({
      repository: run.repository,
      branch: run.branch,
      ...(run.key ? { key: run.key } : {}),
      commit: run.commit,
      runId: String(run.runId),
      runAttempt: run.runAttempt,
      runUrl: run.runUrl,
      report,
    });
  }
}

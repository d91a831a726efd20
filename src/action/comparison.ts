// Choosing the baseline source and comparing the head with what it returns. A baseline that
// cannot be had is never silent: the report says why, and every leak counts as new.
import { compare } from '../core/index.js';
import type { Report } from '../core/types.js';
import { ServiceBaseline } from './service-baseline.js';
import { ArtifactBaseline, NoBaseline, type BaselineRequest, type BaselineSource } from './baseline.js';
import type { Deps, GitHubPort } from './deps.js';
import type { ActionInputs } from './inputs.js';
import { ActionFailure, describe, permissionHint } from './failures.js';

export async function baselineSource(deps: Deps, inputs: ActionInputs, api: GitHubPort): Promise<BaselineSource> {
  if (inputs.baseline === 'none') return new NoBaseline();
  if (inputs.baseline === 'service' && inputs.service) {
    if (!deps.serviceClient) throw new ActionFailure('baseline "service" is not available in this build of the action; use baseline "artifact".');
    try {
      return new ServiceBaseline(await deps.serviceClient(inputs), inputs.service.url, new ArtifactBaseline(api));
    } catch (error) {
      throw new ActionFailure(`Could not authenticate to the memleak service: ${describe(error)}. Pass service-token, or grant \`id-token: write\` so the job's OIDC token can be used.`);
    }
  }
  return new ArtifactBaseline(api);
}

export async function compareWithBaseline(deps: Deps, inputs: ActionInputs, source: BaselineSource, request: BaselineRequest | undefined, head: Report, notes: string[]): Promise<Report> {
  const { core } = deps;
  let baseline: Report | null = null;
  let info: Parameters<typeof compare>[2]['baseline'] = { reason: 'This workflow run could not be looked up, so no baseline was searched.' };
  if (request) {
    try {
      const found = await source.fetch(request);
      baseline = found.report;
      info = found.info;
      head.problems.push(...found.problems);
    } catch (error) {
      info = { reason: `The baseline could not be fetched: ${describe(error)}.` };
      notes.push(`baseline lookup failed (${describe(error)}.${permissionHint(error, 'actions: read')}); every leak counts as new`);
    }
  }
  core.info(baseline ? `Baseline: ${info?.commit ?? ''} from ${info?.run_url ?? info?.source ?? 'unknown'}` : `No baseline: ${info?.reason ?? ''}`);
  return compare(baseline, head, { now: deps.now(), failOn: inputs.failOn, failOnInconclusive: inputs.failOnInconclusive, ...(info ? { baseline: info } : {}) });
}

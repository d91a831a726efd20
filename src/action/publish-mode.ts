// Mode "publish": the second stage of the fork-safe setup. A workflow_run job with a write token
// reads what a pull_request run recorded, judges it itself and publishes it.
import { analyze } from '../core/index.js';
import { DOWNLOAD_LIMITS, Output } from './constants.js';
import type { Deps, Outcome } from './deps.js';
import type { ActionInputs } from './inputs.js';
import { recordedRunOf, type RunContext, type Target } from './run-context.js';
import { matchArtifact } from './artifact-names.js';
import { readZip } from './zip.js';
import { baselineSource, compareWithBaseline } from './comparison.js';
import { writeReportFiles } from './report-files.js';
import { publishAll, renderOptions } from './publish.js';
import { ActionFailure, describe } from './failures.js';

/** Mode "publish": the second stage of the fork-safe setup, run by `workflow_run` with a write token. */
export async function publishMode(deps: Deps, inputs: ActionInputs, context: RunContext): Promise<Outcome> {
  const { core } = deps;
  const recorded = recordedRunOf(context);
  if (!recorded) throw new ActionFailure('mode "publish" runs on the workflow_run event (after the workflow that recorded the results); this run was triggered by ' + (context.eventName || 'an unknown event') + '.');
  const notes: string[] = [];
  const api = deps.github(inputs.token);

  const recordedResult = await core.group('Read the recorded results', async () => {
    const artifacts = await api.listRunArtifacts(recorded.runId);
    const matches = artifacts.flatMap((artifact) => {
      const match = matchArtifact(artifact.name, inputs.key);
      return match && !artifact.expired ? [{ artifact, ...match }] : [];
    });
    const newest = matches.sort((a, b) => b.attempt - a.attempt)[0];
    if (!newest) throw new ActionFailure(`Run ${recorded.runId} uploaded no memleak artifact for key "${inputs.key}": nothing to publish.`);
    if (newest.artifact.sizeInBytes > DOWNLOAD_LIMITS.zipBytes) throw new ActionFailure(`The recorded artifact ${newest.artifact.name} is larger than ${DOWNLOAD_LIMITS.zipBytes} bytes.`);
    const zip = await api.downloadArtifactZip(newest.artifact.id, DOWNLOAD_LIMITS.zipBytes);
    const label = `recorded artifact ${newest.artifact.name}`;
    const { entries, problems } = readZip(zip, label, DOWNLOAD_LIMITS);
    // The verdicts are computed here, by this trusted workflow, from the recorded snapshots; the
    // pull request's own report.json is never believed.
    const snapshots = entries.filter((entry) => entry.name.startsWith('snapshots/') && entry.name.endsWith('.json'));
    const files = snapshots.map((entry) => ({ file: entry.name.slice('snapshots/'.length), text: new TextDecoder().decode(entry.data) }));
    const report = analyze(files, { now: deps.now(), thresholds: inputs.thresholds, failOn: inputs.failOn, failOnInconclusive: inputs.failOnInconclusive, toolVersion: deps.toolVersion });
    report.problems.push(...problems);
    return { report, job: newest.job, artifactId: newest.artifact.id };
  });

  let pullRequest = recorded.pullRequest;
  if (!pullRequest && recorded.event.startsWith('pull_request') && recorded.headLabel) {
    pullRequest = await api.findPullRequest(recorded.headLabel, recorded.headSha).catch((error: unknown) => {
      notes.push(`could not find the pull request of ${recorded.headLabel} (${describe(error)})`);
      return undefined;
    });
  }
  const target: Target = { headSha: recorded.headSha, ...(pullRequest ? { pullRequest } : {}), defaultBranch: recorded.defaultBranch, isDefaultBranchPush: false };

  const report = await core.group('Compare with the baseline', async () =>
    compareWithBaseline(
      deps,
      inputs,
      await baselineSource(deps, inputs, api),
      {
        workflowId: recorded.workflowId,
        runId: recorded.runId,
        repository: `${context.owner}/${context.repo}`,
        defaultBranch: recorded.defaultBranch,
        key: inputs.key,
        job: recordedResult.job,
        ...(pullRequest?.baseSha ? { baseSha: pullRequest.baseSha } : {}),
      },
      recordedResult.report,
      notes,
    ),
  );
  const staging = await writeReportFiles(context, inputs, report, [], undefined, renderOptions(deps, inputs, context, target, recordedResult.artifactId, recorded.runId));
  core.setOutput(Output.Report, staging.reportPath);
  const failures = report.tests.length === 0 ? [`The recorded artifact of run ${recorded.runId} holds no snapshots: nothing was measured.`] : [];
  // The publisher's own job runs on the default branch; on the pull request the check is the only signal.
  await publishAll(deps, inputs, context, target, api, report, recordedResult.artifactId, notes, recorded.runId, failures);
  return { report, failures, notes };
}

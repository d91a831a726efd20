// Mode "run": run the tests with the collector, analyse, compare, upload, publish.
import { resolve } from 'node:path';
import { analyze } from '../core/index.js';
import { Output } from './constants.js';
import type { Deps, Outcome } from './deps.js';
import type { ActionInputs } from './inputs.js';
import { targetOfRun, type RunContext } from './run-context.js';
import { artifactName } from './artifact-names.js';
import { ArtifactBaseline, type BaselineRequest } from './baseline.js';
import type { WorkflowRunInfo } from './github-api.js';
import { ServiceBaseline } from './service-baseline.js';
import { baselineSource, compareWithBaseline } from './comparison.js';
import { writeReportFiles } from './report-files.js';
import { publishAll, renderOptions, runUrl } from './publish.js';
import { describe, permissionHint } from './failures.js';

export async function runMode(deps: Deps, inputs: ActionInputs, context: RunContext): Promise<Outcome> {
  const { core } = deps;
  const target = targetOfRun(context);
  const cwd = resolve(context.workspace, inputs.workingDirectory);
  const snapshotDir = resolve(cwd, inputs.snapshotDir);
  const failures: string[] = [];
  const notes: string[] = [];

  const exitCode = await core.group('Run the leak tests', async () => {
    const env = deps.collector.environment({ snapshotDir, settings: inputs.collector });
    core.info(`$ ${inputs.command}  (in ${cwd}; snapshots to ${snapshotDir})`);
    return deps.runCommand(inputs.command, { cwd, env });
  });
  if (exitCode !== 0) {
    // The report carries the exit code and fails by it (core: decideStatus), so the step, the
    // check run, the comment and the summary all say "tests failed", never "passed".
    core.error(`The test command exited with code ${exitCode}: its own tests failed or it could not start. The snapshots it wrote were still analysed.`);
  }

  const head = await core.group('Analyse the snapshots', async () => {
    const { files, problems } = await deps.collector.readSnapshots(snapshotDir);
    const report = analyze(files, { now: deps.now(), thresholds: inputs.thresholds, failOn: inputs.failOn, failOnInconclusive: inputs.failOnInconclusive, command: { exit_code: exitCode }, root: cwd, toolVersion: deps.toolVersion });
    report.problems.push(...problems);
    core.info(`${files.length} snapshot files: ${report.summary.leak} leaking, ${report.summary.ok} clean, ${report.summary.inconclusive} inconclusive, ${report.summary.error} errors.`);
    return { report, files };
  });
  if (head.report.tests.length === 0) {
    failures.push(`No leak test was measured: no snapshot was written to ${snapshotDir}. Check that the command runs leak tests (marked @pytest.mark.memleak or using the memleak fixture under pytest, written with leakTest under Node) and that snapshot-dir matches.`);
  }

  const api = deps.github(inputs.token);
  const source = await baselineSource(deps, inputs, api);
  const report = await core.group('Compare with the baseline', async () => {
    // Artifacts are searched among earlier runs of this workflow, so its id is needed first
    // (with the service too: its fallback, when it cannot be reached, is the artifact baseline).
    let workflowRun: WorkflowRunInfo | undefined;
    if (source instanceof ArtifactBaseline || source instanceof ServiceBaseline) {
      try {
        workflowRun = await api.getWorkflowRun(context.runId);
      } catch (error) {
        const consequence = source instanceof ServiceBaseline ? 'the artifact baseline cannot stand in if the memleak service is unreachable' : 'compared without a baseline';
        notes.push(`could not read this workflow run (${describe(error)}.${permissionHint(error, 'actions: read')}); ${consequence}`);
      }
    }
    const request: BaselineRequest | undefined =
      source instanceof ArtifactBaseline && !workflowRun
        ? undefined
        : {
            workflowId: workflowRun?.workflowId ?? 0,
            runId: context.runId,
            repository: `${context.owner}/${context.repo}`,
            defaultBranch: target.defaultBranch,
            key: inputs.key,
            job: context.job,
            ...(target.pullRequest?.baseSha ? { baseSha: target.pullRequest.baseSha } : {}),
            ...(target.isDefaultBranchPush ? { before: workflowRun?.createdAt ?? deps.now().toISOString() } : {}),
          };
    return compareWithBaseline(deps, inputs, source, request, head.report, notes);
  });

  const staging = await writeReportFiles(context, inputs, report, head.files, snapshotDir, renderOptions(deps, inputs, context, target, undefined));
  core.setOutput(Output.Report, staging.reportPath);

  const artifactId = await core.group('Upload the report artifact', async () => {
    const name = artifactName(inputs.key, context.job, context.runAttempt);
    try {
      const uploaded = await deps.artifacts.upload(name, staging.files, staging.root, inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {});
      core.info(`Uploaded artifact ${name} (id ${uploaded.id ?? 'unknown'}).`);
      if (target.isDefaultBranchPush) core.info('This run is on the default branch: its artifact is the baseline of the next runs.');
      return uploaded.id;
    } catch (error) {
      const hint = /already exists|conflict/i.test(describe(error)) ? ' Two jobs of this run use the same key: give each (e.g. each matrix leg) its own `key` input.' : '';
      failures.push(`Could not upload the artifact ${name}: ${describe(error)}.${hint}`);
      return undefined;
    }
  });
  if (artifactId !== undefined) core.setOutput(Output.ArtifactId, artifactId);
  if (source instanceof ServiceBaseline && target.isDefaultBranchPush) {
    await core.group('Record the baseline in the memleak service', async () => {
      try {
        await source.record(report, { repository: `${context.owner}/${context.repo}`, branch: target.defaultBranch, key: inputs.key, commit: target.headSha, runId: context.runId, runAttempt: context.runAttempt, runUrl: runUrl(context) });
      } catch (error) {
        notes.push(`the memleak service did not record this run as a baseline: ${describe(error)}`);
      }
    });
  }

  await publishAll(deps, inputs, context, target, api, report, artifactId, notes, undefined, failures);
  return { report, failures, notes };
}

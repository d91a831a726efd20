// Publishing a report: check run, sticky comment, review comments, job summary and outputs.
// A refusal (a read-only token) becomes a note, never a failure: the job summary is always written.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Report } from '../core/types.js';
import { failureCauses } from '../core/status.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown, type RenderOptions } from '../core/render/index.js';
import { Output } from './constants.js';
import type { Deps, GitHubPort } from './deps.js';
import type { ActionInputs } from './inputs.js';
import type { RunContext, Target } from './run-context.js';
import { commentMarker, upsertComment } from './comment.js';
import { annotationsFor, checkRunName, publishCheckRun, unjudgedAnnotations } from './check-run.js';
import { publishReviewComments } from './review.js';
import { leakLocations } from './leak-locations.js';
import { describe, permissionHint } from './failures.js';

export function runUrl(context: RunContext, runId = context.runId): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${runId}`;
}

/** The full rendering: the job summary and report.md. */
export function renderOptions(deps: Deps, inputs: ActionInputs, context: RunContext, target: Target, artifactId: number | undefined, recordedRunId?: number): RenderOptions {
  const directory = relative(context.workspace, resolve(context.workspace, inputs.workingDirectory)).split(sep).join('/');
  const runId = recordedRunId ?? context.runId;
  return {
    title: inputs.key ? `memleak (${inputs.key})` : 'memleak',
    code: { repositoryUrl: `${context.serverUrl}/${context.owner}/${context.repo}`, commit: target.headSha, directory: directory.startsWith('..') || isAbsolute(directory) ? '.' : directory || '.' },
    links: { summary: recordedRunId ? runUrl(context) : `${runUrl(context)}/attempts/${context.runAttempt}`, ...(artifactId !== undefined ? { artifact: `${runUrl(context, runId)}/artifacts/${artifactId}` } : {}) },
    now: deps.now(),
    allTests: true,
    // GitHub's job summary takes up to 1 MiB per step.
    maxLength: 1024 * 1024 - 1024,
    lengthOf: (text) => Buffer.byteLength(text),
  };
}

/** What a comment or a check run's summary may hold: the notable tests, within GitHub's limit. */
export function limitedTo(options: RenderOptions, marker?: string): RenderOptions {
  return { ...options, allTests: false, maxLength: GITHUB_COMMENT_LIMIT - 1, lengthOf: undefined, ...(marker ? { marker } : {}) };
}

export async function publishAll(deps: Deps, inputs: ActionInputs, context: RunContext, target: Target, api: GitHubPort, report: Report, artifactId: number | undefined, notes: string[], recordedRunId?: number, stepFailures: string[] = []): Promise<void> {
  const { core } = deps;
  const options = renderOptions(deps, inputs, context, target, artifactId, recordedRunId);
  const locations = leakLocations(report, options.code?.directory ?? '.');
  const attempt = async (what: string, scope: string, action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      const hint = permissionHint(error, scope);
      notes.push(`${what}: ${describe(error)}.${hint ? `${hint}, or, for pull requests from forks, use the two-stage setup (mode: publish) described in the README.` : ''}`);
    }
  };

  await core.group('Publish the results', async () => {
    if (inputs.checkRun) {
      await attempt('check run', 'checks: write', async () => {
        const check = await publishCheckRun(api, {
          name: checkRunName(inputs.key),
          headSha: target.headSha,
          report,
          summary: renderMarkdown(report, limitedTo(options)),
          annotations: [...annotationsFor(locations, failureCauses(report).includes('leak')), ...unjudgedAnnotations(report, options.code?.directory ?? '.')],
          detailsUrl: runUrl(context),
          stepFailures,
        });
        core.info(`Check run ${check.htmlUrl ?? check.id}.`);
      });
    }
    const pull = target.pullRequest;
    if (pull && inputs.comment !== 'never') {
      await attempt('pull-request comment', 'pull-requests: write', async () => {
        const marker = commentMarker(context.workflow, inputs.key);
        const body = renderMarkdown(report, limitedTo(options, marker));
        // "on-leak" creates a comment for anything that fails the run too (a failed test command, counted inconclusive tests).
        const onlyUpdate = inputs.comment === 'on-leak' && report.summary.leak === 0 && report.status === 'pass';
        const result = await upsertComment(api, { issueNumber: pull.number, marker, author: inputs.commentAuthor, body, createIfMissing: !onlyUpdate });
        if (result) {
          core.setOutput(Output.CommentUrl, result.url);
          core.info(`Comment ${result.action}: ${result.url}`);
        }
      });
    }
    if (pull && inputs.reviewComments) {
      await attempt('review comments', 'pull-requests: write', async () => {
        const posted = await publishReviewComments(api, { pullNumber: pull.number, headSha: target.headSha, key: inputs.key, author: inputs.commentAuthor, locations });
        core.info(`${posted} new review comment(s) on changed lines.`);
      });
    }
  });

  // The job summary is written whether or not anything above could be published.
  await core.writeSummary(renderMarkdown(report, options));
  core.setOutput(Output.Status, report.status);
  core.setOutput(Output.Leaks, report.summary.leak);
  core.setOutput(Output.NewLeaks, report.summary.new_leaks);
}

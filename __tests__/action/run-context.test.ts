// What the action reads from the runner: which commit and pull request a run reports on, and
// whether it may record a baseline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunContext, recordedRunOf, targetOfRun } from '../../src/action/run-context.js';

function contextWith(eventName: string, ref: string, payload: object) {
  const path = join(mkdtempSync(join(tmpdir(), 'memleak-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return readRunContext({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: path, GITHUB_REF: ref, GITHUB_SHA: 'merge', GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '2' });
}

test('a pull request reports on its head commit (not the merge commit) and never records a baseline', () => {
  const context = contextWith('pull_request', 'refs/pull/3/merge', { pull_request: { number: 3, head: { sha: 'head' }, base: { sha: 'base', ref: 'main' } }, repository: { default_branch: 'main' } });
  assert.equal(context.runAttempt, 2);
  assert.deepEqual(targetOfRun(context), { headSha: 'head', pullRequest: { number: 3, baseSha: 'base' }, defaultBranch: 'main', isDefaultBranchPush: false });
});

test('only a push to the default branch records a baseline', () => {
  const payload = { repository: { default_branch: 'trunk' } };
  assert.equal(targetOfRun(contextWith('push', 'refs/heads/trunk', payload)).isDefaultBranchPush, true);
  assert.equal(targetOfRun(contextWith('push', 'refs/heads/feature', payload)).isDefaultBranchPush, false);
  assert.equal(targetOfRun(contextWith('workflow_dispatch', 'refs/heads/trunk', payload)).isDefaultBranchPush, false);
});

test('workflow_run: the pull request and head come from the event; a fork gives its head label instead', () => {
  const sameRepo = contextWith('workflow_run', 'refs/heads/main', {
    workflow_run: { id: 9, workflow_id: 4, head_sha: 'h', event: 'pull_request', pull_requests: [{ number: 8, head: { sha: 'h' }, base: { sha: 'b' } }] },
    repository: { default_branch: 'main' },
  });
  assert.deepEqual(recordedRunOf(sameRepo), { runId: 9, workflowId: 4, headSha: 'h', event: 'pull_request', pullRequest: { number: 8, baseSha: 'b' }, defaultBranch: 'main' });
  const fork = contextWith('workflow_run', 'refs/heads/main', {
    workflow_run: { id: 9, workflow_id: 4, head_sha: 'h', head_branch: 'patch-1', event: 'pull_request', pull_requests: [], head_repository: { owner: { login: 'mallory' } } },
    repository: { default_branch: 'main' },
  });
  assert.equal(recordedRunOf(fork)?.pullRequest, undefined);
  assert.equal(recordedRunOf(fork)?.headLabel, 'mallory:patch-1');
  assert.equal(recordedRunOf(contextWith('push', 'refs/heads/main', {})), undefined);
});

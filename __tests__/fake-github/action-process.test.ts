// workflowEnv gives a separate action process (like `node dist/index.js`) everything it needs to
// reach the fake: context, token input, results service, blob store, other runs' artifacts, OIDC.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { startFakeGitHub, uploadArtifact, workflowEnv, type FakeGitHub } from '../helpers/fake-github/index.js';

const script = fileURLToPath(new URL('./fixtures/action-like.mjs', import.meta.url));
// MEMLEAK_TEST_NODE selects Node 24 (GitHub's runtime for actions), as the e2e suites do.
const node = process.env['MEMLEAK_TEST_NODE'] ?? process.execPath;

function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Only the runner's variables (plus PATH/HOME), so nothing leaks in from the test process.
    const child = spawn(node, [script], { env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('an action process pointed at the fake by workflowEnv', () => {
  let fake: FakeGitHub;
  let dir: string;
  before(async () => {
    fake = await startFakeGitHub({ repository: { owner: 'acme', name: 'widgets' } });
    dir = await mkdtemp(join(tmpdir(), 'fake-github-process-'));
  });
  after(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('comments, uploads, downloads the baseline of another run and gets an ID token', async () => {
    const baselineRun = fake.state.seedRun({ event: 'push', headBranch: 'main' });
    await uploadArtifact(fake, baselineRun, 'memleak-baseline', { 'report.json': '{"status":"pass"}' });
    fake.state.seedPullRequest({ number: 9, headSha: 'f'.repeat(40), headRef: 'leaky' });
    const prRun = fake.state.seedRun({ event: 'pull_request', headBranch: 'leaky', headSha: 'f'.repeat(40), pullRequestNumbers: [9], status: 'in_progress' });
    const workspace = join(dir, 'workspace');
    const env = await workflowEnv(fake, prRun, { runnerTemp: join(dir, 'runner-temp'), workspace });
    await mkdir(workspace, { recursive: true });

    const result = await run({ ...env, 'INPUT_GITHUB-TOKEN': fake.token, 'INPUT_BASELINE-RUN-ID': String(baselineRun.id) });
    assert.equal(result.code, 0, result.stderr + result.stdout);

    assert.equal(fake.state.issueComments.at(-1)?.body, `memleak: run ${prRun.id} on ${'f'.repeat(40)}`);
    assert.equal(await readFile(join(workspace, 'baseline', 'report.json'), 'utf8'), '{"status":"pass"}');
    const outputs = await readFile(env['GITHUB_OUTPUT']!, 'utf8');
    const artifactId = Number(/artifact-id<<(\S+)\n(\d+)\n/.exec(outputs)?.[2]);
    assert.equal(fake.state.artifact(artifactId)?.runId, prRun.id);
    const idToken = /id-token<<(\S+)\n(\S+)\n/.exec(outputs)?.[2] ?? '';
    const { payload } = await jwtVerify(idToken, createRemoteJWKSet(new URL(fake.oidc.jwksUrl)), { issuer: fake.oidc.issuer, audience: 'memleak-service' });
    assert.equal(payload.sub, 'repo:acme/widgets:pull_request');
    const blobRequests = fake.requests.filter((request) => request.service === 'blob');
    assert.ok(blobRequests.length > 0 && blobRequests.every((request) => !request.hasAuthorization));
  });

  it('gives a fork pull request run no OIDC request URL, a fork head in the payload, and no pull_requests on the run', async () => {
    fake.state.seedPullRequest({ number: 10, headSha: '9'.repeat(40), headRepoFullName: 'stranger/widgets' });
    const forkRun = fake.state.seedRun({ event: 'pull_request', headRepositoryFullName: 'stranger/widgets', pullRequestNumbers: [10], headSha: '9'.repeat(40) });
    const env = await workflowEnv(fake, forkRun, { runnerTemp: join(dir, 'fork-temp'), workspace: join(dir, 'fork-workspace') });
    assert.equal(env['ACTIONS_ID_TOKEN_REQUEST_URL'], undefined);
    assert.ok(env['ACTIONS_RUNTIME_TOKEN'], 'fork runs can still upload artifacts');
    const payload = JSON.parse(await readFile(env['GITHUB_EVENT_PATH']!, 'utf8')) as { pull_request: { head: { repo: { full_name: string; fork: boolean } } } };
    assert.deepEqual([payload.pull_request.head.repo.full_name, payload.pull_request.head.repo.fork], ['stranger/widgets', true]);
    const response = await fetch(`${fake.url}/repos/acme/widgets/actions/runs/${forkRun.id}`, { headers: { authorization: `token ${fake.token}` } });
    assert.deepEqual(((await response.json()) as { pull_requests: unknown[] }).pull_requests, []);
  });
});

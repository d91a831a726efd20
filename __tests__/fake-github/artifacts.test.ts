// The fake's artifact path, driven by the real @actions/artifact client: upload over Twirp +
// Azure block blobs, same-run download over Twirp, and cross-run download over REST
// (zip → 302 → blob) with the Authorization header left behind at the redirect.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startFakeGitHub, type FakeGitHub, type WorkflowRun } from '../helpers/fake-github/index.js';

describe('fake GitHub artifacts with @actions/artifact', () => {
  let fake: FakeGitHub;
  let dir: string;
  let producer: WorkflowRun;
  let consumer: WorkflowRun;
  let artifactModule: typeof import('@actions/artifact');
  const report = JSON.stringify({ status: 'fail', tests: [{ id: 'tests/test_cache.py::test_grows', verdict: 'leak' }] });

  before(async () => {
    fake = await startFakeGitHub({ repository: { owner: 'acme', name: 'widgets' } });
    dir = await mkdtemp(join(tmpdir(), 'fake-github-artifacts-'));
    producer = fake.state.seedRun({ event: 'push', headBranch: 'main', status: 'in_progress' });
    consumer = fake.state.seedRun({ event: 'push', headBranch: 'main', status: 'in_progress' });
    // @actions/github reads GITHUB_API_URL when first imported, so the env comes before the import.
    Object.assign(process.env, {
      GITHUB_API_URL: fake.url,
      GITHUB_SERVER_URL: fake.serverUrl,
      ACTIONS_RESULTS_URL: fake.resultsUrl,
      ACTIONS_RUNTIME_TOKEN: await fake.runtimeToken(producer),
      GITHUB_WORKSPACE: dir,
    });
    artifactModule = await import('@actions/artifact');
    await writeFile(join(dir, 'memleak-report.json'), report);
  });

  after(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('uploads through CreateArtifact, block blobs and FinalizeArtifact, then lists it over REST', async () => {
    const client = new artifactModule.DefaultArtifactClient();
    const uploaded = await client.uploadArtifact('memleak-report', [join(dir, 'memleak-report.json')], dir);
    assert.ok(uploaded.id);
    const stored = fake.state.artifact(uploaded.id!);
    assert.equal(stored?.runId, producer.id);
    assert.equal(stored?.size, uploaded.size);
    assert.equal(fake.state.artifactZip(uploaded.id!)?.subarray(0, 2).toString(), 'PK', 'the blob holds the zip the client built');
    assert.equal(stored?.digest, `sha256:${uploaded.digest}`);

    const twirp = fake.requests.filter((request) => request.service === 'results').map((request) => request.path.split('/').at(-1));
    assert.deepEqual(twirp, ['CreateArtifact', 'FinalizeArtifact']);
    const blobPuts = fake.requests.filter((request) => request.service === 'blob').map((request) => request.route);
    assert.deepEqual(blobPuts, ['PUT /blob?comp=block', 'PUT /blob?comp=blocklist']);

    const response = await fetch(`${fake.url}/repos/acme/widgets/actions/runs/${producer.id}/artifacts?name=memleak-report`, { headers: { authorization: `token ${fake.token}` } });
    const listing = (await response.json()) as { total_count: number; artifacts: { id: number; size_in_bytes: number; expired: boolean; workflow_run: { id: number } }[] };
    assert.equal(listing.total_count, 1);
    assert.equal(listing.artifacts[0]?.id, uploaded.id);
    assert.equal(listing.artifacts[0]?.workflow_run.id, producer.id);
  });

  it('refuses a second artifact with the same name in one run, as the results service does', async () => {
    const client = new artifactModule.DefaultArtifactClient();
    await assert.rejects(client.uploadArtifact('memleak-report', [join(dir, 'memleak-report.json')], dir), /already exists/);
  });

  it('downloads in the same run over Twirp (ListArtifacts, GetSignedArtifactURL) without a GitHub token', async () => {
    const client = new artifactModule.DefaultArtifactClient();
    const { artifact } = await client.getArtifact('memleak-report');
    const out = join(dir, 'same-run');
    await client.downloadArtifact(artifact.id, { path: out });
    assert.equal(await readFile(join(out, 'memleak-report.json'), 'utf8'), report);
  });

  it('downloads from another run by REST: zip → 302 → blob, and the blob never sees Authorization', async () => {
    process.env['ACTIONS_RUNTIME_TOKEN'] = await fake.runtimeToken(consumer);
    const client = new artifactModule.DefaultArtifactClient();
    const findBy = { token: fake.token, workflowRunId: producer.id, repositoryOwner: 'acme', repositoryName: 'widgets' };
    const { artifact } = await client.getArtifact('memleak-report', { findBy });
    const start = fake.requests.length;
    const out = join(dir, 'other-run');
    const result = await client.downloadArtifact(artifact.id, { path: out, findBy, expectedHash: artifact.digest });
    assert.equal(result.digestMismatch, false);
    assert.equal(await readFile(join(out, 'memleak-report.json'), 'utf8'), report);

    const [zip, blob] = fake.requests.slice(start);
    assert.equal(zip?.route, 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}');
    assert.equal(zip?.status, 302);
    assert.equal(zip?.hasAuthorization, true);
    assert.equal(blob?.service, 'blob');
    assert.equal(blob?.status, 200);
    assert.equal(blob?.hasAuthorization, false);
  });

  it('the blob store answers 400 InvalidAuthenticationInfo when a client forwards its token', async () => {
    const redirect = await fetch(`${fake.url}/repos/acme/widgets/actions/artifacts/${fake.state.artifacts[0]!.id}/zip`, { headers: { authorization: `Bearer ${fake.token}` }, redirect: 'manual' });
    assert.equal(redirect.status, 302);
    const location = redirect.headers.get('location')!;
    assert.notEqual(new URL(location).origin, new URL(fake.url).origin, 'blob storage is another origin');
    const leaked = await fetch(location, { headers: { authorization: `Bearer ${fake.token}` } });
    assert.equal(leaked.status, 400);
    assert.match(await leaked.text(), /<Code>InvalidAuthenticationInfo<\/Code>/);
    // Following the redirect with fetch drops the header across origins, so the download works.
    const followed = await fetch(`${fake.url}/repos/acme/widgets/actions/artifacts/${fake.state.artifacts[0]!.id}/zip`, { headers: { authorization: `Bearer ${fake.token}` } });
    assert.equal(followed.status, 200);
    assert.equal(followed.headers.get('content-type'), 'application/zip');
  });

  it('refuses a tampered or expired signed URL with 403, like Azure', async () => {
    const artifact = fake.state.artifacts[0]!;
    const redirect = await fetch(`${fake.url}/repos/acme/widgets/actions/artifacts/${artifact.id}/zip`, { headers: { authorization: `token ${fake.token}` }, redirect: 'manual' });
    const location = new URL(redirect.headers.get('location')!);
    location.searchParams.set('se', '2099-01-01T00:00:00Z');
    const tampered = await fetch(location);
    assert.equal(tampered.status, 403);
    assert.equal(tampered.headers.get('x-ms-error-code'), 'AuthenticationFailed');
  });

  it('answers 410 Gone for an expired artifact and still lists it as expired', async () => {
    const run = fake.state.seedRun({ event: 'push' });
    const old = fake.state.seedArtifact({ runId: run.id, name: 'memleak-report', zip: Buffer.from('PK\u0005\u0006' + '\0'.repeat(18), 'binary'), expired: true });
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(fake.token, { baseUrl: fake.url });
    await assert.rejects(octokit.rest.actions.downloadArtifact({ owner: 'acme', repo: 'widgets', artifact_id: old.id, archive_format: 'zip' }), (error: { status?: number; message?: string }) => {
      assert.equal(error.status, 410);
      assert.match(error.message ?? '', /Artifact has expired/);
      return true;
    });
    const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({ owner: 'acme', repo: 'widgets', run_id: run.id });
    assert.equal(data.artifacts[0]?.expired, true);
  });

  it('binds the results service to the runtime token: no token, a forged one, or another run are refused', async () => {
    const url = `${fake.resultsUrl}twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`;
    const body = JSON.stringify({ workflow_run_backend_id: producer.backendId, workflow_job_run_backend_id: producer.jobBackendId });
    const call = (authorization?: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body });
    const anonymous = await call();
    assert.equal(anonymous.status, 401);
    assert.equal(((await anonymous.json()) as { code: string }).code, 'unauthenticated');
    const [header, payload] = (await fake.runtimeToken(producer)).split('.');
    assert.equal((await call(`Bearer ${header}.${payload}.forged`)).status, 401);
    const otherRun = await call(`Bearer ${await fake.runtimeToken(consumer)}`);
    assert.equal(otherRun.status, 403);
    assert.equal(((await otherRun.json()) as { code: string }).code, 'permission_denied');
    fake.faults.inject('POST /twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts', 503);
    assert.equal((await call(`Bearer ${await fake.runtimeToken(producer)}`)).status, 503);
    assert.equal((await call(`Bearer ${await fake.runtimeToken(producer)}`)).status, 200);
  });
});

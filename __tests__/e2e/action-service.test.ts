// `baseline: service` end to end: the bundled action authenticates to a real memleak service
// (SQLite) with the job's OIDC token from the fake GitHub's issuer. A push to the default branch
// records its report there as the baseline; a pull request is compared with it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { startService, type RunningService } from '../../src/service/index.js';
import { fakeGitHubForFile, pythonProject, runAction, temporaryDirectory, PYTEST } from './support/run-action.js';

const fake = await fakeGitHubForFile();
let service: RunningService;

before(async () => {
  service = await startService({
    port: 0,
    db: join(await temporaryDirectory('memleak-service-db-'), 'memleak.sqlite'),
    oidcIssuer: fake.oidc.issuer,
    oidcAudience: 'memleak-action',
    publicReads: false,
    logger: false,
  });
});
after(async () => {
  await service.close();
});

test('a push records the baseline in the service with its OIDC token; a leaking pull request is compared with it', async () => {
  const workspace = await pythonProject();
  const settings = { command: PYTEST, baseline: 'service', 'service-url': service.url };
  const push = fake.state.seedRun({ event: 'push', headSha: 'a'.repeat(40), status: 'in_progress', conclusion: null });
  const recorded = await runAction(fake, push, { workspace, token: fake.token, idToken: true, with: settings });
  assert.equal(recorded.code, 0, recorded.stdout);
  assert.doesNotMatch(recorded.stdout, /::warning::/);

  fake.state.seedPullRequest({ number: 70, headSha: 'b'.repeat(40), baseSha: 'a'.repeat(40) });
  const pr = fake.state.seedRun({ event: 'pull_request', headSha: 'b'.repeat(40), headBranch: 'feature-70', pullRequestNumbers: [70], status: 'in_progress', conclusion: null });
  const compared = await runAction(fake, pr, { workspace, token: fake.token, idToken: true, with: { ...settings, command: `LEAK=1 ${PYTEST}` } });
  assert.equal(compared.code, 1, compared.stdout);
  const body = fake.state.issueComments.find((comment) => comment.issueNumber === 70)?.body ?? '';
  assert.match(body, /Compared with the baseline of `aaaaaaa`/, body);
  assert.match(body, /🆕 new leak/);
});

test('a service that cannot be reached: the pull request is compared with the artifact baseline, and the comment says why', async () => {
  const workspace = await pythonProject();
  const push = fake.state.seedRun({ event: 'push', headSha: 'c'.repeat(40), status: 'in_progress', conclusion: null });
  const recorded = await runAction(fake, push, { workspace, token: fake.token, with: { command: PYTEST } });
  assert.equal(recorded.code, 0, recorded.stdout);
  push.status = 'completed';
  push.conclusion = 'success';

  // A port that nothing listens on: taken, then released.
  const closed = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
  fake.state.seedPullRequest({ number: 71, headSha: 'd'.repeat(40), baseSha: 'c'.repeat(40) });
  const pr = fake.state.seedRun({ event: 'pull_request', headSha: 'd'.repeat(40), headBranch: 'feature-71', pullRequestNumbers: [71], status: 'in_progress', conclusion: null });
  const compared = await runAction(fake, pr, { workspace, token: fake.token, idToken: true, with: { command: `LEAK=1 ${PYTEST}`, baseline: 'service', 'service-url': `http://127.0.0.1:${closed}` } });
  assert.equal(compared.code, 1, compared.stdout);
  const body = fake.state.issueComments.find((comment) => comment.issueNumber === 71)?.body ?? '';
  assert.match(body, /Compared with the baseline of `ccccccc`/, body);
  assert.match(body, /could not be reached/);
  assert.match(body, /🆕 new leak/);
});

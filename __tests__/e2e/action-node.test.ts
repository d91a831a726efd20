// The action end to end on a Node project: the bundled dist/index.js runs `node --test` (under
// tsx, the project's TypeScript as written) with the Node collector imported as
// `memleak-action/collector`, against the fake GitHub. A push records the baseline; a pull
// request whose code leaks fails with the TypeScript line in the comment and the check run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { buildOnce, removeTemporaryDirectories, repoRoot, runAction, temporaryDirectory } from './support/run-action.js';

let fake: FakeGitHub;
let workspace: string;
const sha = (letter: string) => letter.repeat(40);
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const NODE_TEST = `"${process.execPath}" --import tsx --test tests/cache.test.ts`;

/** Line 7 is the statement that keeps memory when LEAK is 1: the line the pull request adds. */
const CACHE_TS = `const kept: { key: string; at: number }[] = [];
const leaking = process.env.LEAK === '1';

// Remembers an item for the current request.
// (A comment, so the function does not start on line 1.)
export function remember(item: string): string {
  if (leaking) kept.push({ key: \`\${item}:\${kept.length}\`, at: kept.length });
  return item;
}
`;

const TEST_TS = `import { leakTest } from 'memleak-action/collector';
import { remember } from '../app/cache.ts';

leakTest('remember keeps nothing', () => remember('x'), { batches: 8, batchSize: 200, warmup: 1 });
`;

before(async () => {
  buildOnce();
  fake = await startFakeGitHub();
  workspace = await temporaryDirectory('memleak-node-project-');
  await mkdir(join(workspace, 'app'));
  await mkdir(join(workspace, 'tests'));
  await mkdir(join(workspace, 'node_modules'));
  await writeFile(join(workspace, 'package.json'), JSON.stringify({ name: 'node-project', private: true, type: 'module' }));
  await writeFile(join(workspace, 'app', 'cache.ts'), CACHE_TS);
  await writeFile(join(workspace, 'tests', 'cache.test.ts'), TEST_TS);
  // What `npm install --save-dev memleak-action tsx` would give the project.
  await symlink(repoRoot, join(workspace, 'node_modules', 'memleak-action'));
  await symlink(join(repoRoot, 'node_modules', 'tsx'), join(workspace, 'node_modules', 'tsx'));
});
after(async () => {
  await fake.close();
  await removeTemporaryDirectories();
});

test('a Node project: the push records a baseline; a leaking pull request fails with its TypeScript line', async () => {
  const push = fake.state.seedRun({ event: 'push', headSha: sha('a'), status: 'in_progress', conclusion: null, createdAt: minutesAgo(30) });
  const first = await runAction(fake, push, { workspace, token: fake.token, with: { command: NODE_TEST } });
  assert.equal(first.code, 0, first.stdout + first.stderr);
  assert.equal(first.outputs.status, 'pass');
  assert.equal(first.outputs.leaks, '0');
  Object.assign(push, { status: 'completed', conclusion: 'success' });

  fake.state.seedPullRequest({ number: 2, headSha: sha('b'), baseSha: sha('a'), files: [{ filename: 'app/cache.ts', status: 'modified', patch: '@@ -5,3 +5,4 @@\n // (A comment, so the function does not start on line 1.)\n export function remember(item: string): string {\n+  if (leaking) kept.push({ key: `${item}:${kept.length}`, at: kept.length });\n   return item;' }] });
  const prRun = fake.state.seedRun({ event: 'pull_request', headSha: sha('b'), headBranch: 'feature-2', pullRequestNumbers: [2], status: 'in_progress', conclusion: null, createdAt: minutesAgo(20) });
  const leaking = await runAction(fake, prRun, { workspace, token: fake.token, with: { command: `LEAK=1 ${NODE_TEST}` } });
  assert.equal(leaking.code, 1, leaking.stdout + leaking.stderr);
  assert.equal(leaking.outputs.status, 'fail');
  assert.equal(leaking.outputs['new-leaks'], '1');
  const body = fake.state.issueComments.find((comment) => comment.issueNumber === 2)?.body ?? '';
  assert.ok(body.includes(`[app/cache.ts:7](https://github.com/octo-org/octo-repo/blob/${sha('b')}/app/cache.ts#L7)`), body);
  assert.match(body, /tests\/cache\.test\.ts::remember keeps nothing/);
  const check = fake.state.checkRuns.find((run) => run.headSha === sha('b'));
  assert.equal(check?.conclusion, 'failure');
  assert.ok(check?.annotations.some((annotation) => annotation.path === 'app/cache.ts' && annotation.start_line === 7));
  // The line is in the diff, so it gets a review comment on it, as a Python leak's line does.
  const reviews = fake.state.reviewComments.filter((comment) => comment.pullNumber === 2);
  assert.equal(reviews.length, 1);
  assert.equal(reviews[0]?.path, 'app/cache.ts');
  assert.equal(reviews[0]?.line, 7);
});

// scripts/test.mjs, the runner `npm test` and .ci/run use, on suites written for the purpose: a
// line per file with its counts, a failing file's output shown, the skips listed with their
// reasons, and an exit status that is non-zero whenever a test failed or a file crashed (a crash
// with no failed test still counts as a failure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers/cli.js';

const SUITES = {
  'passes.test.ts': "import { test } from 'node:test';\ntest('one', () => {});\ntest('two', () => {});\n",
  'skips.test.ts': "import { test } from 'node:test';\ntest('runs', () => {});\ntest('needs a database', (t) => { t.skip('PostgreSQL is not reachable at 127.0.0.1:5432'); });\n",
  'fails.test.ts': "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\ntest('fine', () => {});\ntest('wrong', () => { console.log('printed by the failing test'); assert.equal(1, 2); });\n",
  'crashes.test.ts': "import { test } from 'node:test';\ntest('fine', () => {});\nsetTimeout(() => process.exit(3), 100);\n",
};

async function runner(files: (keyof typeof SUITES)[]) {
  const root = await mkdtemp(join(tmpdir(), 'memleak-runner-'));
  try {
    for (const name of files) await writeFile(join(root, name), SUITES[name]);
    // The directory as the path fragment: only these files, and no collector part.
    const result = spawnSync(process.execPath, ['scripts/test.mjs', root], { cwd: REPO, encoding: 'utf8', env: { ...process.env, MEMLEAK_TEST_ROOT: root } });
    return { root, status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

test('a run of passing and skipping files: a line each, the skip with its reason, exit 0', async () => {
  const { root, status, stdout, stderr } = await runner(['passes.test.ts', 'skips.test.ts']);
  assert.equal(status, 0, stdout + stderr);
  assert.match(stdout, new RegExp(`^  ✔ ${join(root, 'passes.test.ts')} +2 passed +\\d+\\.\\d s$`, 'm'));
  assert.match(stdout, new RegExp(`^  ✔ ${join(root, 'skips.test.ts')} +1 passed, 1 skipped +\\d+\\.\\d s$`, 'm'));
  assert.match(stdout, /^Skipped \(1\):\n {2}- .*skips\.test\.ts › needs a database: PostgreSQL is not reachable at 127\.0\.0\.1:5432$/m);
  assert.match(stdout, /^3 passed, 0 failed, 1 skipped$/m);
  assert.doesNotMatch(stdout, /ℹ (tests|pass|duration_ms)/, "the runner's own summary lines stay out");
});

test('a failing file and a crashing one: both counted as failures, the failing output shown, exit 1', async () => {
  const { root, status, stdout, stderr } = await runner(['passes.test.ts', 'fails.test.ts', 'crashes.test.ts']);
  assert.equal(status, 1, stdout + stderr);
  assert.match(stdout, new RegExp(`^  ✖ ${join(root, 'fails.test.ts')} +1 passed, 1 failed +\\d+\\.\\d s$`, 'm'));
  assert.match(stdout, /^ {4}│ printed by the failing test$/m);
  assert.match(stdout, new RegExp(`^  ✖ ${join(root, 'crashes.test.ts')} +1 passed, 1 failed +\\d+\\.\\d s  crashed \\(exit status 3\\)$`, 'm'));
  assert.match(stdout, /^4 passed, 2 failed, 0 skipped \(1 crashed file\(s\) or part\(s\) counted as failures\)$/m);
});

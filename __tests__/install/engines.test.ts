// No engine warnings on the Node versions the package claims (package.json engines: >=20): npm
// itself checks the locked tree (`npm ci --dry-run`, offline, nothing written) under each Node
// binary at hand, the machine's and the Node 22 and 24 that scripts/node.mjs installs for the
// tests. npm prints EBADENGINE for every locked package whose `engines` excludes the running Node;
// content-type 3 and cookie 2 (engines >=22) were such packages until package.json's overrides.
// The first release of each major (20.0.0, 22.0.0, 24.0.0), for which no binary is at hand, is
// checked with npm's own semver against the engines field of every locked package a user
// installs (not the dev tools), as npm's engine check does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO } from '../helpers/cli.js';
// @ts-expect-error: a plain JavaScript module of the build scripts, without types
import { ensureNode } from '../../scripts/node.mjs';

/** npm's own entry script, to run it under another Node binary. */
function npmCli(): string {
  const npm = spawnSync('npm', ['root', '-g'], { encoding: 'utf8' });
  const candidates = [join(npm.stdout.trim(), 'npm', 'bin', 'npm-cli.js'), join(dirname(realpathSync(process.execPath)), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')];
  const found = candidates.find((path) => spawnSync(process.execPath, [path, '--version']).status === 0);
  assert.ok(found, `npm-cli.js not found in ${candidates.join(', ')}`);
  return found;
}

async function engineWarnings(node: string): Promise<{ status: number | null; warnings: string[]; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'memleak-engines-'));
  try {
    for (const name of ['package.json', 'package-lock.json']) await copyFile(join(REPO, name), join(dir, name));
    const result = spawnSync(node, [npmCli(), 'ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    const output = `${result.stdout}${result.stderr}`;
    return { status: result.status, warnings: output.split('\n').filter((line) => /EBADENGINE.*package:/.test(line)), output };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test(`npm ci prints no engine warning on this Node (${process.version})`, async () => {
  const { status, warnings, output } = await engineWarnings(process.execPath);
  assert.equal(status, 0, output);
  assert.deepEqual(warnings, []);
});

for (const major of [22, 24]) {
  test(`npm ci prints no engine warning on Node ${major}`, async (t) => {
    let node: string;
    try {
      node = ensureNode(major) as string;
    } catch (error) {
      if (process.env.CI === 'true') throw error;
      t.skip(`Node ${major} is not available here: ${(error as Error).message}`);
      return;
    }
    const { status, warnings, output } = await engineWarnings(node);
    assert.equal(status, 0, output);
    assert.deepEqual(warnings, []);
  });
}

test('every locked package a user installs admits Node 20, 22 and 24 by its engines field', () => {
  // What `npm install memleak-action` installs: the locked packages that are not dev-only (the
  // published package has no run-time dependencies; better-sqlite3 is an optional peer). The
  // dev tools (Vitest's Vite and Rolldown want Node 20.19 or 22.12) are checked by npm itself,
  // above, under each Node binary the tests run on.
  // The semver npm itself checks engines with (npm-install-checks: satisfies, prereleases included).
  const semver = createRequire(join(dirname(dirname(npmCli())), 'package.json'))('semver') as { satisfies(version: string, range: string, options: object): boolean };
  const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; engines?: { node?: string } }> };
  const claimed = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
  for (const version of ['20.0.0', '22.0.0', '24.0.0']) {
    assert.ok(semver.satisfies(version, claimed, { includePrerelease: true }), `package.json claims ${claimed}`);
    const refused = Object.entries(lock.packages)
      .filter(([, entry]) => !entry.dev && typeof entry.engines?.node === 'string' && !semver.satisfies(version, entry.engines.node, { includePrerelease: true }))
      .map(([path, entry]) => `${path} (${entry.engines?.node})`);
    assert.deepEqual(refused, [], `Node ${version}`);
  }
});

// Runs the bundled action (dist/index.js, see buildOnce) as the runner does: a child process of the Node
// binary under test (MEMLEAK_TEST_NODE, else this one), with INPUT_* variables made from
// action.yml's defaults and the step's `with:`, the runner's GITHUB_* variables and command
// files, and the Actions runtime token, all pointed at the fake GitHub.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { parse } from 'yaml';
import { startFakeGitHub, workflowEnv, type FakeGitHub, type WorkflowRun } from '../../helpers/fake-github/index.js';
import { snapshotOf, type SeriesSpec } from '../../helpers/snapshots.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const temporary: string[] = [];
/** A fresh temporary directory, removed by removeTemporaryDirectories(). */
export async function temporaryDirectory(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

export async function removeTemporaryDirectories(): Promise<void> {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  bundle = undefined;
}

let bundle: string | undefined;
/**
 * Builds the bundles once per test process and takes a private copy of dist/index.js while
 * still holding the build lock: other sessions rebuild dist/ (which deletes it first) at any
 * moment, and a run must not find it half-written. The copy sits in a directory that links to
 * the repository's collector/, where the bundle looks for it, as it does in a checkout.
 */
export function buildOnce(): string {
  if (bundle) return bundle;
  const dir = mkdtempSync(join(tmpdir(), 'memleak-action-bundle-'));
  temporary.push(dir);
  mkdirSync(join(dir, 'dist'));
  symlinkSync(join(repoRoot, 'collector'), join(dir, 'collector'));
  execFileSync('flock', ['/tmp/build.lock', 'sh', '-c', 'npm run build && cp dist/index.js "$0"', join(dir, 'dist', 'index.js')], { cwd: repoRoot, stdio: 'pipe' });
  bundle = join(dir, 'dist', 'index.js');
  return bundle;
}

/**
 * What every end-to-end file needs: the bundle built, a fake GitHub started for the file's tests,
 * and both cleaned up after them (the temporary directories too). Call at the top of the file.
 */
export async function fakeGitHubForFile(): Promise<FakeGitHub> {
  buildOnce();
  const fake = await startFakeGitHub();
  after(async () => {
    await fake.close();
    await removeTemporaryDirectories();
  });
  return fake;
}

/**
 * A workspace whose test command "runs" the tests by copying snapshots built from `specs`, then
 * exits with `exitCode`: for scenarios about the action (sizes, names, statuses), not about pytest.
 */
export async function generatedSnapshotProject(specs: SeriesSpec[], exitCode = 0): Promise<{ workspace: string; command: string }> {
  const workspace = await temporaryDirectory('memleak-generated-');
  await mkdir(join(workspace, 'generated'));
  for (const [index, spec] of specs.entries()) await writeFile(join(workspace, 'generated', `t${index}.json`), JSON.stringify(snapshotOf(spec)));
  return { workspace, command: `mkdir -p "$MEMLEAK_SNAPSHOT_DIR" && cp generated/*.json "$MEMLEAK_SNAPSHOT_DIR"/ && exit ${exitCode}` };
}

const actionYml = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };

export interface ActionResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT holds `name<<delimiter` blocks (what @actions/core writes). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([^]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

export async function runAction(
  fake: FakeGitHub,
  run: WorkflowRun,
  options: { workspace: string; token: string; with: Record<string, string>; job?: string; extraEnv?: Record<string, string>; idToken?: boolean },
): Promise<ActionResult> {
  const runnerTemp = await temporaryDirectory('memleak-runner-');
  const env = await workflowEnv(fake, run, { runnerTemp, workspace: options.workspace, idToken: options.idToken ?? false, ...(options.job ? { job: options.job } : {}) });
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value = options.with[name] ?? (spec.default ?? '').replace('${{ github.token }}', options.token);
    inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  // A relative MEMLEAK_TEST_NODE is relative to the repository (npm test passes node_modules/…).
  const node = process.env.MEMLEAK_TEST_NODE ? resolve(repoRoot, process.env.MEMLEAK_TEST_NODE) : process.execPath;
  const child = spawn(node, [buildOnce()], {
    cwd: options.workspace,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, ...inputs, ...options.extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr, outputs: parseOutputs(await readFile(env.GITHUB_OUTPUT!, 'utf8')), summary: await readFile(env.GITHUB_STEP_SUMMARY!, 'utf8') };
}

/**
 * A tiny Python project with real leak tests: app/cache.py leaks 1 KiB per call when the
 * environment variable LEAK is 1, so each scenario switches the leak through its command.
 */
export async function pythonProject(extraTests = '', dir?: string): Promise<string> {
  dir ??= await temporaryDirectory('memleak-project-');
  await mkdir(join(dir, 'app'), { recursive: true });
  await mkdir(join(dir, 'tests'));
  await writeFile(join(dir, 'app', '__init__.py'), '');
  await writeFile(join(dir, 'app', 'cache.py'), CACHE_PY);
  await writeFile(join(dir, 'conftest.py'), '');
  await writeFile(join(dir, 'tests', 'test_cache.py'), TESTS_PY + extraTests);
  return dir;
}

/** Line 8 is the one that leaks. */
export const CACHE_PY = `import os

_CACHE = []


def remember(item):
    if os.environ.get("LEAK") == "1":
        _CACHE.append(bytearray(1024))
    return item
`;

const TESTS_PY = `import pytest

from app.cache import remember


@pytest.mark.memleak(batches=6, batch_size=100, warmup=1)
def test_remember():
    remember("x")


@pytest.mark.memleak(batches=6, batch_size=100, warmup=1)
def test_format():
    str(12345)
`;

export const PYTEST = 'python3 -m pytest -q -p no:cacheprovider tests';

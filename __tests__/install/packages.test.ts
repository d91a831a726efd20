// The published artifacts, installed as a user installs them, far from this checkout: the npm
// tarball (`npm pack`) into a temporary global prefix and into a project (for npx), offline from
// npm's cache, and the collector's wheel (`pip wheel`) into a temporary venv. The installed
// `memleak` and the installed plugin then run real pytest on a small leaking project.
//
// The tarball has no dependencies (everything but better-sqlite3 is bundled into dist/), so an
// offline install needs nothing from the registry; better-sqlite3, an optional peer used only by
// the service on SQLite, is linked in from this checkout's node_modules where a test needs it, as
// `npm install -g better-sqlite3` would place it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { LEAKY_TESTS, REPO, runProcess } from '../helpers/cli.js';

const VERSION: string = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')).version;

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a user's shell: nothing of this checkout's collector, `prefixBin` first on PATH. */
function userEnv(prefixBin?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  for (const name of ['PYTHONPATH', 'PYTEST_PLUGINS', 'PYTEST_DISABLE_PLUGIN_AUTOLOAD', 'MEMLEAK_CLI', 'MEMLEAK_SNAPSHOT_DIR', 'MEMLEAK_VERDICT']) delete env[name];
  if (prefixBin) env.PATH = `${prefixBin}${delimiter}${env.PATH ?? ''}`;
  return env;
}

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Result> {
  return runProcess(command, args, { cwd: options.cwd, env: options.env ?? userEnv() });
}


async function leakyProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'memleak-user-project-'));
  await mkdir(join(dir, 'tests'));
  await writeFile(join(dir, 'tests', 'test_sample.py'), LEAKY_TESTS);
  return dir;
}

let work: string;
let tarball: string;
let packedFiles: string[];
let prefix: string;
let prefixBin: string;
let installed: Result;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'memleak-install-'));
  // npm pack takes only package.json's `files` (and README, package.json), whatever else lies in the checkout.
  const pack = await run('npm', ['pack', '--pack-destination', work, '--json'], { cwd: REPO });
  assert.equal(pack.status, 0, pack.stderr);
  const [packed] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
  tarball = join(work, packed.filename);
  packedFiles = packed.files.map((file) => file.path).sort();
  prefix = join(work, 'global');
  prefixBin = join(prefix, 'bin');
  installed = await run('npm', ['install', '--global', '--prefix', prefix, '--offline', tarball], { cwd: work });
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test('npm pack: the tarball holds the bundles, the collector, the schemas and the README, and declares no dependencies', async () => {
  const tops = new Set(packedFiles.map((path) => path.split('/')[0]));
  assert.deepEqual([...tops].sort(), ['README.md', 'collector', 'dist', 'package.json', 'schemas']);
  for (const path of ['dist/cli.js', 'dist/index.js', 'dist/collector.js', 'dist/collector-vitest.js', 'collector/node/src/vitest.ts', 'collector/python/memleak_pytest/__init__.py', 'collector/python/memleak_pytest/plugin.py', 'collector/python/pyproject.toml', 'collector/python/memleak_build.py', 'schemas/report.v1.schema.json']) {
    assert.ok(packedFiles.includes(path), `${path} is in the tarball`);
  }
  const chunks = (await readdir(join(REPO, 'dist', 'cli-chunks'))).map((name) => `dist/cli-chunks/${name}`);
  assert.ok(chunks.length > 0 && chunks.every((chunk) => packedFiles.includes(chunk)), 'every lazily loaded chunk is packed');
  assert.deepEqual(packedFiles.filter((path) => /__pycache__|\/tests\/|\.pyc$/.test(path)), [], 'no caches, no tests');
  const manifest = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8'));
  assert.equal(manifest.private, undefined);
  assert.deepEqual(manifest.bin, { memleak: 'dist/cli.js' });
  assert.equal(manifest.dependencies, undefined, 'the bundles need no node_modules at run time');
  assert.equal(manifest.peerDependenciesMeta?.['better-sqlite3']?.optional, true);
});

test('npm install -g of the tarball works offline, warns of nothing, and puts memleak on PATH', async () => {
  assert.equal(installed.status, 0, installed.stderr);
  assert.doesNotMatch(installed.stderr, /npm warn/i, 'no engine, script or deprecation warnings');
  const version = await run('memleak', ['--version'], { cwd: work, env: userEnv(prefixBin) });
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout.trim(), VERSION);
});

test('the installed memleak run enables its own bundled collector and names the leaking line', async () => {
  const dir = await leakyProject();
  const result = await run('memleak', ['run', '--cwd', dir, '--out', join(dir, 'out'), '--', 'python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests'], { cwd: dir, env: userEnv(prefixBin) });
  assert.equal(result.status, 1, result.stderr + result.stdout);
  const report = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8'));
  const byId = Object.fromEntries(report.tests.map((t: { id: string }) => [t.id, t]));
  assert.equal(byId['tests/test_sample.py::test_grows'].verdict, 'leak');
  assert.deepEqual([byId['tests/test_sample.py::test_grows'].sources[0].file, byId['tests/test_sample.py::test_grows'].sources[0].line], ['tests/test_sample.py', 7]);
  assert.equal(byId['tests/test_sample.py::test_steady'].verdict, 'ok');
  assert.equal(report.tool.version, VERSION);
  await rm(dir, { recursive: true, force: true });
});

test('the installed service chunks: SQLite without better-sqlite3 says what to install; beside it, SQLite and the bundled Chart.js work', async () => {
  const env = userEnv(prefixBin);
  const db = join(work, 'service.sqlite');
  const missing = await run('memleak', ['token', 'create', '--repo', 'acme/app', '--db', db], { cwd: work, env });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^memleak: a SQLite database needs the better-sqlite3 package, which is not installed beside memleak-action: install it next to it \(npm install -g better-sqlite3@12 for a global install/m);
  assert.doesNotMatch(missing.stderr, /^\s+at /m, 'no stack trace');

  // Where `npm install -g better-sqlite3` puts it: the prefix's node_modules, beside memleak-action.
  await symlink(await realpath(join(REPO, 'node_modules', 'better-sqlite3')), join(prefix, 'lib', 'node_modules', 'better-sqlite3'), 'dir');
  const created = await run('memleak', ['token', 'create', '--repo', 'acme/app', '--db', db], { cwd: work, env });
  assert.equal(created.status, 0, created.stderr);
  assert.match(created.stdout.trim(), /^\S{20,}$/, 'the token is printed once');

  const service = spawn('memleak', ['serve', '--port', '0', '--db', db], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      service.stdout.on('data', (chunk) => {
        out += chunk;
        const found = out.match(/listening on (http:\/\/\S+)/);
        if (found?.[1]) resolve(found[1]);
      });
      service.on('close', (status) => reject(new Error(`serve exited with ${status} before listening`)));
    });
    const response = await fetch(`${url}/assets/chart.umd.js`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /Chart\.js v4/, 'Chart.js comes from the bundle: chart.js is not installed in the prefix');
  } finally {
    service.kill();
  }
});

test('npx memleak-action, from a project that installed the tarball, runs the CLI (its single bin)', async () => {
  const project = join(work, 'user-project');
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
  const local = await run('npm', ['install', '--save-dev', '--offline', tarball], { cwd: project });
  assert.equal(local.status, 0, local.stderr);
  for (const command of ['memleak-action', 'memleak']) {
    const version = await run('npx', ['--offline', command, '--version'], { cwd: project });
    assert.equal(version.status, 0, `npx ${command}: ${version.stderr}`);
    assert.equal(version.stdout.trim(), VERSION, `npx ${command}`);
  }
});

test('pip wheel builds the collector offline; installed in a venv, pytest loads it through its pytest11 entry point and fails the leak', async () => {
  // A fresh copy: the build must need nothing else of the checkout, and must not write into it.
  const source = join(work, 'collector-python');
  await cp(join(REPO, 'collector', 'python'), source, { recursive: true, filter: (path) => !/__pycache__|\.pytest_cache/.test(path) });
  const wheels = join(work, 'wheels');
  const built = await run('python3', ['-m', 'pip', 'wheel', '--no-deps', '--no-build-isolation', '--no-index', '-w', wheels, source], { cwd: work });
  assert.equal(built.status, 0, built.stderr + built.stdout);
  assert.deepEqual(await readdir(wheels), [`memleak_pytest-${VERSION}-py3-none-any.whl`], 'the wheel carries package.json\'s version');

  const venv = join(work, 'venv');
  const created = await run('python3', ['-m', 'venv', '--system-site-packages', venv], { cwd: work });
  assert.equal(created.status, 0, created.stderr);
  const python = join(venv, 'bin', 'python');
  const pip = await run(python, ['-m', 'pip', 'install', '--no-deps', '--no-index', '-q', join(wheels, `memleak_pytest-${VERSION}-py3-none-any.whl`)], { cwd: work });
  assert.equal(pip.status, 0, pip.stderr);

  const dir = await leakyProject();
  // No PYTHONPATH, no PYTEST_PLUGINS: pytest finds the plugin by its entry point, and the plugin
  // finds the verdict's core as the installed `memleak` on PATH.
  const env = userEnv(prefixBin);
  const traced = await run(python, ['-m', 'pytest', '--trace-config', '--collect-only', '-q', '-p', 'no:cacheprovider', 'tests'], { cwd: dir, env });
  const registered = traced.stdout.split('\n').filter((line) => line.includes("<module 'memleak_pytest' from "));
  assert.equal(registered.length, 1, traced.stdout);
  assert.ok(registered[0]?.includes(`from '${join(venv, 'lib')}`), `the plugin is the venv's copy: ${registered[0]}`);
  const result = await run(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests'], { cwd: dir, env });
  assert.equal(result.status, 1, result.stdout + result.stderr);
  assert.match(result.stdout, /^FAILED tests\/test_sample\.py::test_grows\b.*leak/m);
  assert.match(result.stdout, /tests\/test_sample\.py:7/);
  assert.match(result.stdout, /1 failed, 1 passed/);
  assert.ok((await readdir(join(dir, 'memory_snapshots'))).length === 2, 'a snapshot per leak test');
  await rm(dir, { recursive: true, force: true });
});

test('the collector\'s version is package.json\'s (one version for the tool, the package and the wheel)', async () => {
  const init = await readFile(join(REPO, 'collector', 'python', 'memleak_pytest', '__init__.py'), 'utf8');
  assert.equal(init.match(/^__version__ = "([^"]+)"$/m)?.[1], VERSION);
  assert.match(await readFile(join(REPO, 'collector', 'python', 'pyproject.toml'), 'utf8'), /^dynamic = \["version"\]$/m);
});

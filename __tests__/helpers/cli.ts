// Runs the bundled CLI (dist/cli.js) as a user would: a child process, real files.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command` with `args` as a child process, collecting its output; never rejects on a non-zero exit. */
export function runProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return runProcess(process.env.MEMLEAK_TEST_NODE ?? process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
}

/** A pytest module with one leaking test (line 7 keeps 1 KB per operation) and one clean test. */
export const LEAKY_TESTS = `import pytest

STORE = []

@pytest.mark.memleak(batches=8, batch_size=50, warmup=1)
def test_grows():
    STORE.append(bytearray(1000))  # the leaking line

@pytest.mark.memleak(batches=8, batch_size=50, warmup=1)
def test_steady():
    "y" * 1000
`;

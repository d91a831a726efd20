// Runs `memleak` (src/cli/index.ts, which registers the service's commands) in a child process.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI_MAIN = fileURLToPath(new URL('../../../src/cli/index.ts', import.meta.url));
export const CLI_ARGS = ['--import', 'tsx', CLI_MAIN];

// The test runner marks its own children with NODE_TEST_CONTEXT; the CLI is not one of them.
function childEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_TEST_CONTEXT: _runnerOnly, ...env } = process.env;
  return { ...env, ...extra };
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...CLI_ARGS, ...args], { encoding: 'utf8', env: childEnv(env), timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `memleak serve` and resolves with the URL it prints once ready. */
export function spawnServe(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [...CLI_ARGS, 'serve', ...args], { env: childEnv({ MEMLEAK_LOG_LEVEL: 'warn', ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('exit', (code, signal) => reject(new Error(`memleak serve exited (${code ?? signal}) before it was ready:\n${output}`)));
  });
  return { child, ready, output: () => output };
}

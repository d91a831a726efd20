// Enabling the Python collector for a test command without installing anything: the plugin
// ships in this repository (collector/python) and is put on PYTHONPATH and named in
// PYTEST_PLUGINS. The same function serves the CLI and the action, so both measure alike. The
// Node collector is imported by the tests themselves and reads the same MEMLEAK_* variables.
import { existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PLUGIN_MODULE = 'memleak_pytest';

export interface CollectorSettings {
  batches?: number;
  batchSize?: number;
  warmup?: number;
}

/** The collector's directory, found upwards from this module: src/shared in a checkout, dist/ in a bundle. */
export function collectorDirectory(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'collector', 'python');
    if (existsSync(join(candidate, PLUGIN_MODULE))) return candidate;
    if (dirname(dir) === dir) throw new Error(`the Python collector (collector/python/${PLUGIN_MODULE}) was not found above ${from}`);
  }
}

/** Environment variables to add to the test command's environment. */
export function collectorEnvironment(options: { snapshotDir: string; settings?: CollectorSettings; base?: NodeJS.ProcessEnv }): Record<string, string> {
  const base = options.base ?? process.env;
  const plugins = (base.PYTEST_PLUGINS ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  if (!plugins.includes(PLUGIN_MODULE)) plugins.push(PLUGIN_MODULE);
  const env: Record<string, string> = {
    PYTHONPATH: [collectorDirectory(), base.PYTHONPATH].filter(Boolean).join(delimiter),
    PYTEST_PLUGINS: plugins.join(','),
    MEMLEAK_SNAPSHOT_DIR: resolve(options.snapshotDir),
    // The CLI and the action judge every snapshot themselves after the run, with the user's
    // thresholds: the plugin's own verdict inside pytest would only fail tests twice.
    MEMLEAK_VERDICT: '0',
  };
  // The Node collector (memleak-action/collector) reads the same MEMLEAK_* variables; source
  // maps on let it name the TypeScript line of code compiled with its maps beside it (tsx maps
  // its own either way).
  const nodeOptions = base.NODE_OPTIONS ?? '';
  if (!nodeOptions.split(/\s+/).includes('--enable-source-maps')) env.NODE_OPTIONS = `${nodeOptions} --enable-source-maps`.trim();
  const { batches, batchSize, warmup } = options.settings ?? {};
  if (batches !== undefined) env.MEMLEAK_BATCHES = String(batches);
  if (batchSize !== undefined) env.MEMLEAK_BATCH_SIZE = String(batchSize);
  if (warmup !== undefined) env.MEMLEAK_WARMUP = String(warmup);
  return env;
}

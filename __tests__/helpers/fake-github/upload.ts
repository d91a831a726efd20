// Seeds an artifact the way a real earlier run would have made it: the real @actions/artifact
// client zips the files and uploads them through the fake's results service and blob store.
// (So seeded baselines have exactly the archive layout upload-artifact produces.)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FakeGitHub } from './index.js';
import type { Artifact, WorkflowRun } from './state.js';

/**
 * Uploads `files` (relative path → content) as artifact `name` of `run`. The client reads its
 * configuration from process.env at call time, so the variables are set for the call and restored.
 */
export async function uploadArtifact(fake: FakeGitHub, run: WorkflowRun, name: string, files: Record<string, string | Uint8Array>): Promise<Artifact> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-github-upload-'));
  const saved = { ACTIONS_RUNTIME_TOKEN: process.env['ACTIONS_RUNTIME_TOKEN'], ACTIONS_RESULTS_URL: process.env['ACTIONS_RESULTS_URL'] };
  try {
    const paths = await Promise.all(
      Object.entries(files).map(async ([relative, content]) => {
        const path = join(dir, relative);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, content);
        return path;
      }),
    );
    process.env['ACTIONS_RUNTIME_TOKEN'] = await fake.runtimeToken(run);
    process.env['ACTIONS_RESULTS_URL'] = fake.resultsUrl;
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, paths, dir);
    const artifact = id === undefined ? undefined : fake.state.artifact(id);
    if (!artifact) throw new Error(`upload of ${name} to run ${run.id} produced no artifact`);
    return artifact;
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await rm(dir, { recursive: true, force: true });
  }
}

// The real collaborators of the action: the Actions toolkit, GitHub's REST API, the artifact
// service, the collector and a shell. Tests pass their own instead.
import * as core from '@actions/core';
import { exec } from '@actions/exec';
import type { ArtifactClient } from '@actions/artifact';
import type { Deps } from './main.js';
import { GitHubApi } from './github-api.js';
import { collectorEnvironment } from '../shared/collector.js';
import { readSnapshotDirectory } from '../shared/files.js';
import { createServiceClient } from '../service-client/index.js';
import packageJson from '../../package.json' with { type: 'json' };

/** The audience the memleak service expects in the job's OIDC token. */
const SERVICE_AUDIENCE = 'memleak-action';

export function defaultDeps(): Deps {
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  // The artifact client (Azure's blob SDK and protobuf: a third of the bundle) is loaded at the
  // first upload: publish mode and failures before the upload never evaluate it.
  let artifacts: Promise<ArtifactClient> | undefined;
  const artifactClient = () => (artifacts ??= import('@actions/artifact').then(({ DefaultArtifactClient }) => new DefaultArtifactClient()));
  return {
    core: {
      getInput: (name) => core.getInput(name),
      info: (message) => core.info(message),
      warning: (message) => core.warning(message),
      error: (message) => core.error(message),
      group: (name, body) => core.group(name, body),
      setOutput: (name, value) => core.setOutput(name, value),
      setFailed: (message) => core.setFailed(message),
      debug: (message) => core.debug(message),
      writeSummary: async (markdown) => {
        if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write({ overwrite: false });
      },
    },
    env: process.env,
    github: (token) => new GitHubApi(token, { owner, repo }, { warning: (message) => core.warning(message), info: (message) => core.info(message) }),
    artifacts: { upload: async (name, files, root, options) => (await artifactClient()).uploadArtifact(name, files, root, options) },
    collector: {
      environment: ({ snapshotDir, settings }) => collectorEnvironment({ snapshotDir, settings }),
      readSnapshots: readSnapshotDirectory,
    },
    // The shell GitHub uses for a `run:` step (bash --noprofile --norc -eo pipefail), so the command
    // behaves as it would there: `pytest … | tee log` still fails when pytest does.
    runCommand: (command, { cwd, env }) => exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], { cwd, env: { ...process.env, ...env } as Record<string, string>, ignoreReturnCode: true }),
    serviceClient: async (inputs) =>
      createServiceClient({ url: inputs.service?.url ?? '', token: inputs.service?.token ?? (await core.getIDToken(SERVICE_AUDIENCE)) }),
    now: () => new Date(),
    toolVersion: packageJson.version,
  };
}

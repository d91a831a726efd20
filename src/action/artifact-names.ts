// The name of the artifact each job uploads: `memleak-<key>-<job>-<attempt>`. It is unique per
// job, key and attempt (GitHub refuses a second artifact of the same name in one run), and its
// key and job are how a later run finds the baseline of the same job and key.
import { ARTIFACT_PREFIX } from './constants.js';

/** Dashes separate the parts, so each part keeps only characters that cannot be mistaken for one. */
function part(text: string): string {
  return text.replace(/[^A-Za-z0-9_.]+/g, '_') || '_';
}

export function artifactName(key: string, job: string, attempt: number): string {
  return `${ARTIFACT_PREFIX}-${part(key)}-${part(job)}-${attempt}`;
}

const NAME = new RegExp(`^${ARTIFACT_PREFIX}-([A-Za-z0-9_.]+)-([A-Za-z0-9_.]+)-(\\d+)$`);

/**
 * The job and attempt of an artifact this action uploaded for `key` (and `job`, when given);
 * undefined for any other artifact.
 */
export function matchArtifact(name: string, key: string, job?: string): { job: string; attempt: number } | undefined {
  const found = NAME.exec(name);
  if (!found || found[1] !== part(key) || (job !== undefined && found[2] !== part(job))) return undefined;
  return { job: found[2] ?? '', attempt: Number(found[3]) };
}

// Work handed to the background.
import type { Request } from './events.js';

const started: Promise<number>[] = [];

async function lookup(request: Request): Promise<number> {
  return request.id * 2;
}

/** Leak: every job's promise is kept "for shutdown", and nothing ever drains the list. */
export async function startJob(request: Request): Promise<number> {
  const job = Promise.resolve(request.id).then((id) => id * 2); // memleak: leak
  started.push(job);
  return job;
}

/** Clean: the job is awaited and forgotten. */
export async function runJob(request: Request): Promise<number> {
  return await lookup(request);
}

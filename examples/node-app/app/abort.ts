// Cancellation of outgoing calls when the server shuts down.
import type { Request } from './events.js';

export const shutdown = new AbortController();

/** Leak: an abort listener per call on the server-wide signal, never removed. */
export function callUpstream(request: Request): number {
  shutdown.signal.addEventListener('abort', () => request.id); // memleak: leak
  return request.id;
}

/** Clean: the listener is removed when the call ends. */
export function callUpstreamTidy(request: Request): number {
  const onAbort = () => request.id;
  shutdown.signal.addEventListener('abort', onAbort);
  shutdown.signal.removeEventListener('abort', onAbort);
  return request.id;
}

// Background refresh of a request's session.
import type { Request } from './events.js';

/** Leak: an interval per request, never cleared (unref'd, so only memory shows it). */
export function keepSessionFresh(request: Request): void {
  setInterval(() => request.id + 1, 3_600_000).unref(); // memleak: leak
}

/** Clean: the same interval, cleared when the request is done. */
export function refreshWhileBusy(request: Request): void {
  const timer = setInterval(() => request.id + 1, 3_600_000);
  clearInterval(timer);
}

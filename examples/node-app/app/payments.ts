// Payment submission with an in-flight registry.
import type { Request } from './events.js';

const inflight = new Set<{ request: Request; startedAt: number; summary: string }>();

/** Leak: a declined payment throws before its entry leaves the in-flight set. */
export function submitPayment(request: Request): number {
  const entry = { request, startedAt: request.id, summary: `payment ${request.id} by ${request.user}` }; // memleak: leak
  inflight.add(entry);
  if (request.id % 2 === 0) throw new Error(`payment ${request.id} declined`);
  inflight.delete(entry);
  return request.id;
}

/** Clean: the entry leaves in `finally`, whatever happens. */
const tidy = new Set<{ request: Request; startedAt: number }>();
export function submitPaymentTidy(request: Request): number {
  const entry = { request, startedAt: request.id };
  tidy.add(entry);
  try {
    if (request.id % 2 === 0) throw new Error(`payment ${request.id} declined`);
    return request.id;
  } finally {
    tidy.delete(entry);
  }
}

// Structured logging with a child logger per request.
import type { Request } from './events.js';

interface Logger { fields: Record<string, unknown>; lines: number }
const children: Logger[] = [];

/** Leak: each child logger is registered with the root "to flush it later", and never unregistered. */
export function requestLogger(request: Request): Logger {
  const logger = { fields: { requestId: request.id, user: request.user }, lines: 0 }; // memleak: leak
  children.push(logger);
  return logger;
}

/** Clean: a child logger that lives as long as the request. */
export function scopedLogger(request: Request): Logger {
  return { fields: { requestId: request.id, user: request.user }, lines: 0 };
}

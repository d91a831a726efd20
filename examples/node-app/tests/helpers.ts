// A fresh request per operation, as a service sees them.
import type { Request } from '../app/events.js';

let next = 0;
export function request(): Request {
  next += 1;
  return { id: next, user: `user-${next % 50}` };
}

// A fresh request per operation, as a service sees them (user names from a fixed set of 50).
import type { Request } from '../app/events.js';

const USERS = Array.from({ length: 50 }, (_, i) => `user-${i}`);
let next = 0;
export function request(): Request {
  next += 1;
  return { id: next, user: USERS[next % USERS.length]! };
}

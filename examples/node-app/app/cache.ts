// Caching of rendered pages.
import type { Request } from './events.js';

const rendered = new Map<string, { html: string; at: number }>();

/** Leak: the cache key includes the request's id, so no entry is ever hit or dropped. */
export function renderPage(request: Request): string {
  const key = `${request.user}:${request.id}`;
  const page = rendered.get(key) ?? { html: `<p>${request.user} #${request.id}</p>`, at: request.id }; // memleak: leak
  rendered.set(key, page);
  return page.html;
}

/** Clean: a bounded LRU (a Map in insertion order, the oldest entry dropped past the limit). */
export class Lru<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string, make: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

/** Clean: a cache keyed by the request object itself, weakly, so it goes with the request. */
const perRequest = new WeakMap<Request, string>();
export function describe(request: Request): string {
  let text = perRequest.get(request);
  if (text === undefined) {
    text = `${request.user}#${request.id}`.repeat(4);
    perRequest.set(request, text);
  }
  return text;
}

/** Clean: a table built on first use only (lazy initialisation). */
let table: string[] | undefined;
export function countryName(code: number): string {
  table ??= Array.from({ length: 5000 }, (_, i) => `country-${i}`);
  return table[code % table.length]!;
}

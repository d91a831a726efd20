// A cache of parsed documents that "cannot leak because it holds WeakRefs".
interface Parsed { id: number; words: string[] }

const byId = new Map<string, WeakRef<Parsed>>();

/** Leak: the documents go, but the map keeps a key and an empty WeakRef for each. */
export function parseDocument(id: number): number {
  const parsed: Parsed = { id, words: ['a', 'b', String(id)] };
  byId.set(`doc-${id}`, new WeakRef(parsed)); // memleak: leak
  return parsed.words.length;
}

/** Clean: the same cache keyed by something bounded (the id modulo 64), so entries are replaced. */
const recent = new Map<number, WeakRef<Parsed>>();
export function parseRecent(id: number): number {
  const parsed: Parsed = { id, words: ['a', 'b', String(id)] };
  recent.set(id % 64, new WeakRef(parsed));
  return parsed.words.length;
}

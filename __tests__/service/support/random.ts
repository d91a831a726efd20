// A small deterministic generator for tests that vary their input: the same seed gives the same
// sequence on every run and machine, so a failure can be replayed.

/** mulberry32: uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A picker over a generator: one(options) returns one of them, chance(p) is true with probability p. */
export function picker(random: () => number) {
  return {
    one: <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!,
    chance: (p: number) => random() < p,
    integer: (below: number) => Math.floor(random() * below),
  };
}

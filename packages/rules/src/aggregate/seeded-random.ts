/**
 * A small deterministic random generator (mulberry32): the same seed gives the same numbers
 * everywhere, so samples and generated test exports are reproducible.
 *
 * @example
 * const random = createSeededRandom(7)
 * random() // → a number in [0, 1), the same on every machine
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

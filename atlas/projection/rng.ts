/**
 * Seeded randomness
 * =================
 * A small, fast, seedable PRNG (mulberry32, public domain) so every stage that shuffles or jitters
 * takes its randomness as an argument (STYLE §2): same seed, same numbers, on every platform.
 */

/** A function returning uniform numbers in [0, 1), like `Math.random`. */
export type Rng = () => number;

/** mulberry32: 32-bit state, period 2^32, good enough for visit orders and jitter. */
export function seededRng(seed: number): Rng {
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for the i-th of several independent runs: mixes the base seed and the index. */
export function deriveSeed(seed: number, index: number): number {
  let h = (Math.trunc(seed) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Fisher–Yates shuffle in place. */
export function shuffle<T extends { [i: number]: number; length: number }>(items: T, rng: Rng): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = items[i] as number;
    items[i] = items[j] as number;
    items[j] = tmp;
  }
  return items;
}

/** 0, 1, …, n-1 in random order. */
export function randomOrder(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return shuffle(order, rng);
}

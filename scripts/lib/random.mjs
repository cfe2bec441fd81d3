// A small seeded random number generator (mulberry32): the same seed, the same numbers, so
// the generated handbooks (scripts/messy-handbook.mjs, scripts/bench/search-corpus.mjs) and
// the check's mutations (tests/check/property.test.ts) are the same on every run.

/**
 * Numbers in [0, 1), the same sequence for the same seed.
 * @param {number} seed
 * @returns {() => number}
 */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Deterministic pseudo-random numbers for the synthetic corpus. Hand-written
 * (a few lines) rather than a dependency: the corpus must be byte-identical for
 * a seed on every machine and Node version, and these are the published
 * FNV-1a string hash and mulberry32 generator.
 */

/** FNV-1a 32-bit hash of `text`. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A generator of numbers in [0, 1) seeded by `key` (mulberry32). */
export function seededRandom(key: string): () => number {
  let state = hashText(key);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

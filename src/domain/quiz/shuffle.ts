/**
 * Seeded shuffling. A seed is any string (for example an attempt id saved with the attempt), so
 * a retry with the same seed shows the same order, and tests are deterministic.
 */

/**
 * A seeded pseudo-random source (mulberry32) returning numbers in [0, 1).
 *
 * @example
 * const next = seededRandom('abc'); next() === seededRandom('abc')() // true
 */
export function seededRandom(seed: string): () => number {
  // The state starts as FNV-1a, a small and stable 32-bit hash of the seed.
  let a = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) a = Math.imul(a ^ seed.charCodeAt(i), 0x01000193);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A shuffled copy of `items` (Fisher-Yates); the same seed gives the same order.
 *
 * @example
 * shuffle([1, 2, 3, 4], 'seed') // always the same permutation for 'seed'
 */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The display order of a question's options: a permutation of `0..count-1`. When `notIdentity`
 * is set (order questions) the result is never already in authored order, so the reader always
 * has something to do.
 *
 * @example
 * optionOrder(3, 'attempt-1/q1', true) // e.g. [2, 0, 1], never [0, 1, 2]
 */
export function optionOrder(count: number, seed: string, notIdentity = false): number[] {
  const order = shuffle(
    Array.from({ length: count }, (_, i) => i),
    seed,
  );
  if (notIdentity && count > 1 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

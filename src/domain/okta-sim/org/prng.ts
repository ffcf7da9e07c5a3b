/**
 * A small seeded pseudo-random generator (xmur3 string hash feeding sfc32).
 *
 * Every id, token value, request id and errorId in the simulator comes from here, so the same
 * seed and the same calls always give the same strings. The generator's whole state is four
 * 32-bit integers, which live in the org snapshot: a restored simulator continues the sequence
 * exactly where the original left off. This is not a cryptographic generator, and it does not
 * need to be: the simulator's secrets are teaching props, never real credentials.
 */

/** The generator state: four signed 32-bit integers, stored as plain JSON in snapshots. */
export type RngState = [number, number, number, number];

/** Derives a generator state from any string (the sim's `seed`). */
export function seedRng(seed: string): RngState {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const mix = (): number => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) | 0;
  };
  const state: RngState = [mix(), mix(), mix(), mix()];
  // sfc32's first outputs are weakly mixed; discarding a few is the usual remedy.
  for (let i = 0; i < 12; i++) nextU32(state);
  return state;
}

/** Advances the state in place and returns an unsigned 32-bit integer. */
export function nextU32(s: RngState): number {
  let [a, b, c, d] = s;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  s[0] = a;
  s[1] = b;
  s[2] = c;
  s[3] = d;
  return t >>> 0;
}

/** Digits and ASCII letters: the alphabet of Okta-style ids. */
export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `n` characters drawn from `alphabet` (the tiny modulo bias does not matter here). */
export function randomChars(s: RngState, n: number, alphabet: string = BASE62): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet.charAt(nextU32(s) % alphabet.length);
  return out;
}

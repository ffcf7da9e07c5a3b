/**
 * SHA-256 in plain TypeScript, synchronous.
 *
 * Why not `crypto.subtle.digest`? It is asynchronous and, in Node, hops to a worker thread for
 * every call; for the short strings the simulator hashes (one token value per request) that
 * round trip costs far more than the hash. `scripts/bench-sim.ts` measures both. The output is
 * checked against WebCrypto in `tests/unit/domain/okta-sim/sha256.test.ts`.
 *
 * The round constants are computed rather than listed (FIPS 180-4 section 4.2.2: the first 32
 * bits of the fractional parts of the cube roots of the first 64 primes; the initial hash uses
 * the square roots of the first 8), which keeps the shipped code small.
 */
import { utf8Encode } from '../../encoding/utf8.ts';

const K = new Uint32Array(64);
const H0 = new Uint32Array(8);
for (let n = 2, i = 0; i < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  // Storing into a Uint32Array truncates, which is the "first 32 bits" the standard asks for.
  if (i < 8) H0[i] = (Math.sqrt(n) % 1) * 2 ** 32;
  K[i++] = (Math.cbrt(n) % 1) * 2 ** 32;
}

const W = new Uint32Array(64);

type Eight = [number, number, number, number, number, number, number, number];

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/**
 * The SHA-256 digest of a string's UTF-8 bytes, as 64 lowercase hex digits.
 *
 * @example
 * sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(text: string): string {
  const data = utf8Encode(text);
  const size = ((data.length + 72) >> 6) << 6;
  const msg = new Uint8Array(size);
  const view = new DataView(msg.buffer);
  msg.set(data);
  msg[data.length] = 0x80;
  view.setUint32(size - 4, data.length * 8);
  const h = H0.slice();
  for (let off = 0; off < size; off += 64) {
    for (let i = 0; i < 64; i++) {
      if (i < 16) W[i] = view.getUint32(off + i * 4);
      else {
        const a = W[i - 15]!;
        const b = W[i - 2]!;
        W[i] =
          W[i - 16]! + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + W[i - 7]! + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10));
      }
    }
    let [a, b, c, d, e, f, g, k] = h as unknown as Eight;
    for (let i = 0; i < 64; i++) {
      const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h.set([a, b, c, d, e, f, g, k].map((v, i) => h[i]! + v));
  }
  return [...h].map((v) => v.toString(16).padStart(8, '0')).join('');
}

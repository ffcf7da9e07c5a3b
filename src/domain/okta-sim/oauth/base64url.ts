/** base64url without padding (RFC 7515), written out because atob/btoa are not in ES2023 types. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += ALPHABET.charAt((n >> (18 - 6 * j)) & 63);
  }
  return out;
}

/** Decodes base64url; `undefined` for any character outside the alphabet or a bad length. */
export function decodeBase64url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const c of text) {
    const v = INDEX.get(c);
    if (v === undefined) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

/** UTF-8 bytes back to a string (TextDecoder is not in ES2023 types); `undefined` if invalid. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  let s = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    if (n === 0 || i + n > bytes.length) return undefined;
    let cp = n === 1 ? b : b & (0xff >> (n + 1));
    for (let j = 1; j < n; j++) {
      const c = bytes[i + j] ?? 0;
      if ((c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 63);
    }
    if (cp > 0x10ffff) return undefined;
    s += String.fromCodePoint(cp);
    i += n;
  }
  return s;
}

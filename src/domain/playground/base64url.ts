/**
 * UTF-8 text to base64url and back, with the platform's `TextEncoder`, `TextDecoder`, `btoa` and
 * `atob` (browsers and Node >= 16 have them all). The domain compiles without DOM types, so they
 * are reached through `globalThis` with the narrow types below.
 */

const web = globalThis as unknown as {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: 'utf-8', options: { fatal: true; ignoreBOM: true }) => { decode(bytes: Uint8Array): string };
  btoa(binary: string): string;
  atob(base64: string): string;
};

/** UTF-8 bytes of a string; lone surrogates become U+FFFD, as TextEncoder does. */
export function utf8Encode(text: string): number[] {
  return [...new web.TextEncoder().encode(text)];
}

/**
 * The text of UTF-8 bytes, or `null` if they are not well-formed UTF-8 (overlong forms, encoded
 * surrogates, truncated sequences). A leading byte-order mark is kept, not swallowed.
 */
export function utf8Decode(bytes: readonly number[]): string | null {
  try {
    return new web.TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/** base64url without padding (RFC 4648 section 5). */
export function toBase64Url(bytes: readonly number[]): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return web.btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text (padding optional), or `null` for anything else. */
export function fromBase64Url(text: string): number[] | null {
  const s = text.replace(/=+$/, '');
  if (!/^[\w-]*$/.test(s) || s.length % 4 === 1) return null;
  return [...web.atob(s.replace(/-/g, '+').replace(/_/g, '/'))].map((c) => c.charCodeAt(0));
}

/**
 * UTF-8 text to base64url, with the platform's `TextEncoder` and `btoa` (browsers and Node >= 16
 * have both). The domain compiles without DOM types, so they are reached through `globalThis`
 * with the narrow types below. The way back is in base64url-decode.ts, loaded only by the parts
 * that read links and tokens.
 */

const web = globalThis as unknown as {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  btoa(binary: string): string;
};

/** UTF-8 bytes of a string; lone surrogates become U+FFFD, as TextEncoder does. */
export function utf8Encode(text: string): number[] {
  return [...new web.TextEncoder().encode(text)];
}

/** base64url without padding (RFC 4648 section 5). */
export function toBase64Url(bytes: readonly number[]): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return web.btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * base64url (RFC 4648 section 5) on the platform's `atob` and `btoa`: the one implementation the
 * domain uses, for share links, JWTs and the JWT inspector. Bytes are `Uint8Array`s; text goes
 * through utf8.ts first.
 */
import { platform } from '../platform.ts';

/**
 * base64url without padding.
 *
 * @example
 * toBase64Url(utf8Encode('hi?')) // 'aGk_'
 */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return platform.btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes of base64url text (trailing padding allowed), or `null` for a character outside the
 * alphabet or a length no encoding produces.
 *
 * @example
 * fromBase64Url('aGk_') // Uint8Array [104, 105, 63]
 * fromBase64Url('a+b') // null
 */
export function fromBase64Url(text: string): Uint8Array | null {
  const s = text.replace(/=+$/, '');
  if (!/^[\w-]*$/.test(s) || s.length % 4 === 1) return null;
  return Uint8Array.from(platform.atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
}

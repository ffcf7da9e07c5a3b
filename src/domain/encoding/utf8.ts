/** UTF-8 on the platform's `TextEncoder` and `TextDecoder`: the one implementation the domain uses. */
import { platform } from '../platform.ts';

const encoder = new platform.TextEncoder();

/** Strict: malformed bytes throw instead of becoming U+FFFD, and a byte-order mark is kept. */
const decoder = new platform.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The UTF-8 bytes of a string; a lone surrogate becomes U+FFFD, as `TextEncoder` does.
 *
 * @example
 * utf8Encode('é') // Uint8Array [195, 169]
 */
export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * The text of UTF-8 bytes, or `null` if they are not well-formed UTF-8 (overlong forms, encoded
 * surrogates, truncated sequences). A leading byte-order mark is kept, not swallowed.
 *
 * @example
 * utf8Decode(Uint8Array.of(195, 169)) // 'é'
 * utf8Decode(Uint8Array.of(0xc0, 0xaf)) // null
 */
export function utf8Decode(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

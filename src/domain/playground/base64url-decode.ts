/**
 * base64url back to UTF-8 text (the reverse of base64url.ts), with the platform's `TextDecoder`
 * and `atob`, reached through `globalThis` because the domain compiles without DOM types.
 */

const web = globalThis as unknown as {
  TextDecoder: new (label: 'utf-8', options: { fatal: true; ignoreBOM: true }) => { decode(bytes: Uint8Array): string };
  atob(base64: string): string;
};

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

/** The bytes of base64url text (padding optional), or `null` for anything else. */
export function fromBase64Url(text: string): number[] | null {
  const s = text.replace(/=+$/, '');
  if (!/^[\w-]*$/.test(s) || s.length % 4 === 1) return null;
  return [...web.atob(s.replace(/-/g, '+').replace(/_/g, '/'))].map((c) => c.charCodeAt(0));
}

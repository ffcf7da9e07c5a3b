/**
 * Reading the "Authorization header" field: which scheme the reader typed and what follows it.
 * The field holds the exact header value; an empty field means the header is not sent.
 */

export type AuthKind = 'none' | 'ssws' | 'bearer' | 'other';

export interface ParsedAuthorization {
  kind: AuthKind;
  /** The first word as typed (`SSWS`, `Bearer`, `Basic`, ...); empty when there is no space. */
  scheme: string;
  /** Everything after the scheme and its spaces; the whole value when there is no space. */
  credential: string;
}

/**
 * Splits a header value into scheme and credential. Scheme words are compared
 * case-insensitively here, for labelling only: the simulator decides what Okta accepts.
 *
 * @example
 * parseAuthorization('SSWS 00LAB.abc') // { kind: 'ssws', scheme: 'SSWS', credential: '00LAB.abc' }
 * parseAuthorization('')              // { kind: 'none', scheme: '', credential: '' }
 */
export function parseAuthorization(value: string): ParsedAuthorization {
  const v = value.trim();
  if (!v) return { kind: 'none', scheme: '', credential: '' };
  const m = /^(\S+)\s+([\s\S]*)$/.exec(v);
  if (!m) return { kind: 'other', scheme: '', credential: v };
  const scheme = m[1] ?? '';
  const lower = scheme.toLowerCase();
  const kind: AuthKind = lower === 'ssws' ? 'ssws' : lower === 'bearer' ? 'bearer' : 'other';
  return { kind, scheme, credential: m[2] ?? '' };
}

/** True for `a.b.c` where the first part is base64url JSON (starts `eyJ`): the shape of a JWT. */
export function looksLikeJwt(text: string): boolean {
  return /^eyJ[\w-]*\.[\w-]*\.[\w-]*$/.test(text.trim());
}

/**
 * True when text contains something that could be a secret: a JWT, or any unbroken run of 20 or
 * more token-alphabet characters (simulated and real API token values, long hex or base64). Used
 * to keep free-text credentials out of share links, where only keychain references may go.
 */
export function containsCredentialLike(text: string): boolean {
  return /eyJ[\w-]*\.[\w-]*\.|[A-Za-z0-9._~+/=-]{20,}/.test(text);
}

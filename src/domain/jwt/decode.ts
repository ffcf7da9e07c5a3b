/**
 * Decoding a JWT without verifying it, written once for the simulator's Bearer check, the JWT
 * inspector and the keychain. Nothing here checks a signature: callers that trust a claim must
 * verify first (the simulator does, in okta-sim/oauth/verify-bearer.ts).
 */
import { fromBase64Url } from '../encoding/base64url.ts';
import { utf8Decode, utf8Encode } from '../encoding/utf8.ts';

/** A compact JWS split and decoded, not verified. */
export interface JwtParts {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** The signature's bytes; `null` when the third part is empty or not base64url. */
  signature: Uint8Array | null;
  /** The bytes of `header.payload` exactly as sent: what the signature covers, ready for WebCrypto. */
  signingInput: Uint8Array;
}

/** Why a value is not a JWT, as a stable code. */
export type JwtProblem = 'not-three-parts' | 'not-base64url-json';

export type JwtDecoding = { ok: true; jwt: JwtParts } | { ok: false; problem: JwtProblem };

/** Compact JWS parts are unpadded base64url (RFC 7515 section 2). */
const PART = /^[\w-]+$/;

function jsonObject(part: string): Record<string, unknown> | undefined {
  const bytes = PART.test(part) ? fromBase64Url(part) : null;
  const text = bytes && utf8Decode(bytes);
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits a compact JWS into its parts and decodes the JSON header and payload.
 *
 * @example
 * decodeJwtParts('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln')
 * // { ok: true, jwt: { header: { alg: 'RS256' }, payload: { sub: 'x' }, signature: Uint8Array [115, 105, 103], ... } }
 * decodeJwtParts('00lab.abc') // { ok: false, problem: 'not-three-parts' }
 */
export function decodeJwtParts(token: string): JwtDecoding {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, problem: 'not-three-parts' };
  const [h = '', p = '', s = ''] = parts;
  const header = jsonObject(h);
  const payload = jsonObject(p);
  if (!header || !payload) return { ok: false, problem: 'not-base64url-json' };
  const signature = PART.test(s) ? fromBase64Url(s) : null;
  return { ok: true, jwt: { header, payload, signature, signingInput: utf8Encode(`${h}.${p}`) } };
}

/** The claims that make a JWT an Okta access token. */
export interface AccessClaims {
  /** The client id of the app the token was issued to. */
  cid: string;
  /** The granted scopes. */
  scp: string[];
}

/**
 * The access-token claims of a payload, or `undefined` when it lacks them. This is the one rule
 * that tells an access token from an ID token: an access token carries the client id `cid` and
 * the scopes `scp` (fact access-token-claims); an ID token carries neither.
 *
 * @example
 * accessClaims({ cid: '0oa1', scp: ['okta.users.read'] }) // { cid: '0oa1', scp: ['okta.users.read'] }
 * accessClaims({ sub: '00u1', nonce: 'n' }) // undefined
 */
export function accessClaims(payload: Record<string, unknown>): AccessClaims | undefined {
  const { cid, scp } = payload;
  if (typeof cid !== 'string' || !Array.isArray(scp) || !scp.every((s) => typeof s === 'string')) return undefined;
  return { cid, scp };
}

/**
 * Whether a decoded JWT is an access token or an ID token, by {@link accessClaims}.
 *
 * @example
 * jwtKind({ cid: '0oa1', scp: [] }) // 'access'
 * jwtKind({ sub: '00u1', aud: '0oa1' }) // 'id'
 */
export function jwtKind(payload: Record<string, unknown>): 'access' | 'id' {
  return accessClaims(payload) ? 'access' : 'id';
}

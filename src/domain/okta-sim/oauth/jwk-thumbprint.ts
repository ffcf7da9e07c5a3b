/**
 * Hashes for DPoP: the RFC 7638 thumbprint of a public key (`cnf.jkt`) and the `ath` of an
 * access token, both base64url of a SHA-256 digest.
 */
import { sha256Hex } from '../ssws/sha256.ts';
import type { PublicJwk } from '../org/state.ts';
import { toBase64Url } from '../../encoding/base64url.ts';

/** The raw bytes of SHA-256 over a string's UTF-8 bytes. */
function sha256Bytes(text: string): Uint8Array {
  const hex = sha256Hex(text);
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** base64url(SHA-256(text)): DPoP's `ath` for an access token (RFC 9449 section 4.2). */
export function sha256Base64url(text: string): string {
  return toBase64Url(sha256Bytes(text));
}

/**
 * The RFC 7638 thumbprint of a public key: SHA-256 over the required members in lexicographic
 * order, base64url. DPoP-bound tokens carry it as `cnf.jkt` (RFC 9449 section 6.1).
 */
export function jwkThumbprint(jwk: PublicJwk): string {
  const members = jwk['kty'] === 'EC' ? ['crv', 'kty', 'x', 'y'] : ['e', 'kty', 'n'];
  return sha256Base64url(`{${members.map((m) => `"${m}":${JSON.stringify(jwk[m] ?? '')}`).join(',')}}`);
}

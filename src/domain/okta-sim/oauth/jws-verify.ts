/**
 * Verifies JWS signatures made with a client's own key: client assertions (`private_key_jwt`)
 * and DPoP proofs. RS256/384/512 and ES256/384/512, the algorithms Okta lists for both (facts
 * client-assertion-claims, dpop-www-authenticate). WebCrypto is reached through platform.ts, since the domain compiles
 * without DOM or Node types.
 */
import type { PublicJwk } from '../org/state.ts';
import { platform } from '../../platform.ts';
import { EC_CURVES, JWS_ALGS, type JwsAlg } from './public-jwk.ts';

export function isJwsAlg(alg: unknown): alg is JwsAlg {
  return JWS_ALGS.includes(alg as JwsAlg);
}

/** Whether `jwk` is the kind of key `alg` signs with (RSA for RS*, the right curve for ES*). */
export function keyFitsAlg(jwk: PublicJwk, alg: JwsAlg): boolean {
  return alg.startsWith('RS') ? jwk['kty'] === 'RSA' : jwk['kty'] === 'EC' && jwk['crv'] === EC_CURVES[alg];
}

/**
 * Whether `signature` over `signingInput` verifies with `jwk` under `alg`. A key WebCrypto
 * cannot import (a malformed modulus, a point off the curve) simply does not verify.
 * ECDSA signatures in a JWS are the raw `r || s` bytes, the format WebCrypto expects.
 */
export async function verifyJws(
  jwk: PublicJwk,
  alg: JwsAlg,
  signature: Uint8Array,
  signingInput: Uint8Array,
): Promise<boolean> {
  if (!keyFitsAlg(jwk, alg)) return false;
  const hash = `SHA-${alg.slice(2)}`;
  const rsa = alg.startsWith('RS');
  const importAlg = rsa ? { name: 'RSASSA-PKCS1-v1_5', hash } : { name: 'ECDSA', namedCurve: EC_CURVES[alg] };
  const verifyAlg = rsa ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash };
  // Only the members WebCrypto reads: a registered `alg` or `key_ops` that disagrees must not make
  // the import throw before the signature is even looked at.
  const members = rsa ? ['kty', 'n', 'e'] : ['kty', 'crv', 'x', 'y'];
  const bare: PublicJwk = {};
  for (const m of members) bare[m] = jwk[m] ?? '';
  try {
    const key = await platform.crypto.subtle.importKey('jwk', bare, importAlg, false, ['verify']);
    return await platform.crypto.subtle.verify(verifyAlg, key, signature, signingInput);
  } catch {
    return false;
  }
}

/**
 * The few WebCrypto calls the lab needs: RS256 key import, signing and verifying. The platform's
 * `crypto.subtle` is reached through `platform.ts`, because the domain compiles without DOM types.
 */
import { platform } from '../../platform.ts';
import type { LabRsaJwk } from './lab-keys.ts';

/** An opaque WebCrypto key handle. */
export type LabCryptoKey = object;

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

export function importPrivateKey(jwk: LabRsaJwk): Promise<LabCryptoKey> {
  return platform.crypto.subtle.importKey('jwk', jwk, RS256, false, ['sign']);
}

export function importPublicKey(jwk: LabRsaJwk): Promise<LabCryptoKey> {
  return platform.crypto.subtle.importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e }, RS256, false, ['verify']);
}

export async function signRs256(key: LabCryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await platform.crypto.subtle.sign(RS256.name, key, data));
}

export function verifyRs256(key: LabCryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  return platform.crypto.subtle.verify(RS256.name, key, signature, data);
}

/**
 * The few WebCrypto calls the lab needs, typed locally.
 *
 * Why local types: the domain compiles with `lib: ["ES2023"]` and no DOM or Node types, which
 * have no `crypto.subtle`. A global `declare var crypto` would clash with lib.dom's declaration
 * when the whole project is type-checked, so this module reads `globalThis.crypto` through a
 * narrow interface instead. Browsers and Node >= 20 provide it.
 */
import type { LabRsaJwk } from './lab-keys.ts';

/** An opaque WebCrypto key handle. */
export type LabCryptoKey = object;

const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

interface SubtleSubset {
  importKey(
    format: 'jwk',
    key: Partial<LabRsaJwk>,
    algorithm: typeof RS256,
    extractable: boolean,
    usages: string[],
  ): Promise<LabCryptoKey>;
  sign(algorithm: string, key: LabCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: string, key: LabCryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

function subtle(): SubtleSubset {
  return (globalThis as unknown as { crypto: { subtle: SubtleSubset } }).crypto.subtle;
}

export function importPrivateKey(jwk: LabRsaJwk): Promise<LabCryptoKey> {
  return subtle().importKey('jwk', jwk, RS256, false, ['sign']);
}

export function importPublicKey(jwk: LabRsaJwk): Promise<LabCryptoKey> {
  return subtle().importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e }, RS256, false, ['verify']);
}

export async function signRs256(key: LabCryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign(RS256.name, key, data));
}

export function verifyRs256(key: LabCryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  return subtle().verify(RS256.name, key, signature, data);
}

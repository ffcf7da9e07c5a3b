/**
 * RS256 JWTs signed and verified with the org's lab key (see lab-keys.ts). Imported keys are
 * cached per key index for the life of the page; they are derived from constants, so caching
 * never leaks state between simulators.
 */
import type { SimCore } from '../org/sim-core.ts';
import { utf8 } from '../ssws/sha256.ts';
import { decodeBase64url, decodeUtf8, encodeBase64url } from './base64url.ts';
import { LAB_KEYS } from './lab-keys.ts';
import { importPrivateKey, importPublicKey, signRs256, verifyRs256, type LabCryptoKey } from './webcrypto.ts';

const privateKeys = new Map<number, Promise<LabCryptoKey>>();
const publicKeys = new Map<number, Promise<LabCryptoKey>>();

function keyPair(index: number) {
  const jwk = LAB_KEYS[index] ?? LAB_KEYS[0];
  if (!jwk) throw new Error('No lab signing key is embedded.');
  return jwk;
}

function cached(map: Map<number, Promise<LabCryptoKey>>, index: number, load: () => Promise<LabCryptoKey>) {
  let key = map.get(index);
  if (!key) {
    key = load();
    map.set(index, key);
  }
  return key;
}

/** The org's public verification key. */
export function orgPublicKey(core: SimCore): Promise<LabCryptoKey> {
  const i = core.state.keyIndex;
  return cached(publicKeys, i, () => importPublicKey(keyPair(i)));
}

const encodeJson = (value: unknown) => encodeBase64url(utf8(JSON.stringify(value)));

/**
 * Signs `payload` with the org's key under its `kid`. `header` entries override the defaults,
 * which tests use to build tokens with a wrong `kid` or `alg`.
 */
export async function signJwt(
  core: SimCore,
  payload: Record<string, unknown>,
  header: Record<string, unknown> = {},
): Promise<string> {
  const i = core.state.keyIndex;
  const key = await cached(privateKeys, i, () => importPrivateKey(keyPair(i)));
  const input = `${encodeJson({ kid: core.state.kid, alg: 'RS256', ...header })}.${encodeJson(payload)}`;
  return `${input}.${encodeBase64url(await signRs256(key, utf8(input)))}`;
}

/** A JWT split and decoded, not yet verified. */
export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: Uint8Array;
  signature: Uint8Array;
}

function decodeJsonObject(part: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64url(part);
  const text = bytes && decodeUtf8(bytes);
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Splits a compact JWS into its parts, or `undefined` if it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [h = '', p = '', s = ''] = parts;
  const header = decodeJsonObject(h);
  const payload = decodeJsonObject(p);
  const signature = decodeBase64url(s);
  if (!header || !payload || !signature || signature.length === 0) return undefined;
  return { header, payload, signature, signingInput: utf8(`${h}.${p}`) };
}

/** Whether the signature verifies with the org's key. */
export async function verifySignature(core: SimCore, jwt: DecodedJwt): Promise<boolean> {
  return verifyRs256(await orgPublicKey(core), jwt.signature, jwt.signingInput);
}

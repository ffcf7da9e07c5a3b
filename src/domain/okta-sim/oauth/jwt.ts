/**
 * RS256 JWTs signed and verified with the org's lab key (see lab-keys.ts). Imported keys are
 * cached per key index for the life of the page; they are derived from constants, so caching
 * never leaks state between simulators.
 */
import type { SimCore } from '../org/sim-core.ts';
import { toBase64Url } from '../../encoding/base64url.ts';
import { utf8Encode } from '../../encoding/utf8.ts';
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
function orgPublicKey(core: SimCore): Promise<LabCryptoKey> {
  const i = core.state.keyIndex;
  return cached(publicKeys, i, () => importPublicKey(keyPair(i)));
}

const encodeJson = (value: unknown) => toBase64Url(utf8Encode(JSON.stringify(value)));

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
  return `${input}.${toBase64Url(await signRs256(key, utf8Encode(input)))}`;
}

/** Whether `signature` is the org key's RS256 signature of `signingInput` (the bytes of a JWT's `header.payload`). */
export async function verifySignature(
  core: SimCore,
  signature: Uint8Array,
  signingInput: Uint8Array,
): Promise<boolean> {
  return verifyRs256(await orgPublicKey(core), signature, signingInput);
}

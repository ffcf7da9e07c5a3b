/**
 * A small JOSE toolkit on WebCrypto for the tests' hand-written clients: key pairs, compact JWS
 * signing, DPoP proofs and client assertions. Written out here (not `jose`) so the tests show
 * every claim the lab checks.
 */
import { randomUUID } from 'node:crypto';

export type Alg = 'RS256' | 'ES256';

export interface KeyPair {
  alg: Alg;
  privateKey: CryptoKey;
  /** The public key as a JWK (with `kid` and `alg`). */
  publicJwk: JsonWebKey & { kid: string };
}

const ALGORITHMS = {
  RS256: {
    generate: {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    sign: { name: 'RSASSA-PKCS1-v1_5' },
  },
  ES256: { generate: { name: 'ECDSA', namedCurve: 'P-256' }, sign: { name: 'ECDSA', hash: 'SHA-256' } },
} as const;

const b64url = (bytes: Uint8Array | ArrayBuffer | string): string =>
  Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes) : new Uint8Array(bytes)).toString('base64url');

/** A fresh key pair; `kid` names it. */
export async function keyPair(alg: Alg, kid: string = randomUUID()): Promise<KeyPair> {
  const pair = await crypto.subtle.generateKey(ALGORITHMS[alg].generate, true, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const members = alg === 'RS256' ? ['kty', 'n', 'e'] : ['kty', 'crv', 'x', 'y'];
  const publicJwk: KeyPair['publicJwk'] = { kid, alg };
  for (const m of members) Object.assign(publicJwk, { [m]: (jwk as Record<string, unknown>)[m] });
  return { alg, privateKey: pair.privateKey, publicJwk };
}

/** The private key as a JWK string, the form Okta's SDK takes as `privateKey`. */
export async function privateJwkString(pair: KeyPair): Promise<string> {
  return JSON.stringify({ ...(await crypto.subtle.exportKey('jwk', pair.privateKey)), kid: pair.publicJwk.kid });
}

/** Signs a compact JWS. */
async function signJwt(
  pair: KeyPair,
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
): Promise<string> {
  const input = `${b64url(JSON.stringify({ alg: pair.alg, ...header }))}.${b64url(JSON.stringify(payload))}`;
  const signature = await crypto.subtle.sign(ALGORITHMS[pair.alg].sign, pair.privateKey, Buffer.from(input));
  return `${input}.${b64url(signature)}`;
}

/** base64url(SHA-256(text)): DPoP's `ath`. */
export async function sha256b64url(text: string): Promise<string> {
  return b64url(await crypto.subtle.digest('SHA-256', Buffer.from(text)));
}

/** RFC 7638 thumbprint of a public key. */
export async function thumbprint(jwk: JsonWebKey): Promise<string> {
  const members =
    jwk.kty === 'EC' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y } : { e: jwk.e, kty: jwk.kty, n: jwk.n };
  return sha256b64url(JSON.stringify(members));
}

/** A DPoP proof for one request; `claims` overrides or adds claims (`ath`, `nonce`, a bad `htu`, ...). */
export async function dpopProof(
  pair: KeyPair,
  htm: string,
  htu: string,
  claims: Record<string, unknown> = {},
): Promise<string> {
  // The proof carries the bare public key: no kid or alg members.
  const { kty, n, e, crv, x, y } = pair.publicJwk;
  const jwk = kty === 'RSA' ? { kty, n, e } : { kty, crv, x, y };
  return signJwt(
    pair,
    { typ: 'dpop+jwt', jwk },
    { htm, htu, iat: Math.floor(Date.now() / 1000), jti: randomUUID(), ...claims },
  );
}

/** A `private_key_jwt` client assertion for `clientId` at `tokenUrl`, valid five minutes. */
export async function clientAssertion(
  pair: KeyPair,
  clientId: string,
  tokenUrl: string,
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = { kid: pair.publicJwk.kid },
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return signJwt(pair, header, {
    iss: clientId,
    sub: clientId,
    aud: tokenUrl,
    iat: now,
    exp: now + 300,
    jti: randomUUID(),
    ...claims,
  });
}

/** The form body of a client-credentials token request. */
export function tokenForm(assertion: string, scope: string, extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'client_credentials',
    scope,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
    ...extra,
  });
}

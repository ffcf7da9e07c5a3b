/**
 * Public JSON Web Keys as service apps register them for `private_key_jwt` (fact
 * service-app-private-key-jwt: the Console saves up to 50 public keys per app) and as
 * DPoP proofs carry them in their `jwk` header. Synchronous checks only; signatures are verified
 * in jws-verify.ts, thumbprints computed in jwk-thumbprint.ts. The Admin Console checks keys with
 * this module, so it stays small and free of hashing code.
 */
import type { PublicJwk } from '../org/state.ts';

/** The most keys the Console saves per app (fact service-app-private-key-jwt). */
const MAX_APP_KEYS = 50;

/** The signing algorithms Okta lists for client assertions and DPoP (facts client-assertion-claims, dpop-www-authenticate). */
export const JWS_ALGS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'] as const;
export type JwsAlg = (typeof JWS_ALGS)[number];

/** The curve each ES algorithm signs with (RFC 7518 section 3.4). */
export const EC_CURVES: Record<string, string> = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' };

/** Members that only a private key has (RFC 7518 section 6). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

const B64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Why `value` is not a usable public key, or `undefined` when it is one: an RSA key with `n`
 * and `e`, or an EC key on P-256, P-384 or P-521 with `x` and `y`, and no private member.
 *
 * @example
 * publicJwkProblem({ kty: 'RSA', n: 'sXch…', e: 'AQAB', d: '…' }); // 'a private key (it has "d"); register the PUBLIC key only'
 */
export function publicJwkProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'a key must be a JSON object';
  const jwk = value as Record<string, unknown>;
  const secret = PRIVATE_MEMBERS.find((m) => m in jwk);
  if (secret) return `a private key (it has "${secret}"); register the PUBLIC key only`;
  const need = jwk['kty'] === 'RSA' ? ['n', 'e'] : jwk['kty'] === 'EC' ? ['crv', 'x', 'y'] : undefined;
  if (!need) return `kty must be "RSA" or "EC", not ${JSON.stringify(jwk['kty'])}`;
  const missing = need.find((m) => typeof jwk[m] !== 'string' || !B64URL.test(jwk[m]));
  if (missing && missing !== 'crv') return `"${missing}" must be a base64url string`;
  if (jwk['kty'] === 'EC' && !Object.values(EC_CURVES).includes(jwk['crv'] as string))
    return `crv must be P-256, P-384 or P-521, not ${JSON.stringify(jwk['crv'])}`;
  for (const m of ['kid', 'alg', 'use']) {
    if (m in jwk && typeof jwk[m] !== 'string') return `"${m}" must be a string`;
  }
  return undefined;
}

/** A validated key reduced to its string members, the shape apps store. */
export function toPublicJwk(value: object): PublicJwk {
  const out: PublicJwk = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Why a list of keys cannot be an app's keys (too many, or one of them unusable), or `undefined`. */
export function appKeysProblem(keys: unknown): string | undefined {
  if (!Array.isArray(keys)) return 'publicKeys must be a list of JWKs';
  if (keys.length > MAX_APP_KEYS) return `at most ${MAX_APP_KEYS} keys per app`;
  return keys.map(publicJwkProblem).find((p) => p !== undefined);
}

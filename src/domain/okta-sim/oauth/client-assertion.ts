/**
 * `private_key_jwt` client authentication at the org authorization server (fact
 * client-assertion-claims): the assertion's `iss` and `sub` are the client id, `aud` is the token endpoint's URL,
 * `exp` is at most one hour ahead, `iat` and `jti` are optional; it is signed with RS256/384/512
 * or ES256/384/512 by a key registered on the app. A `jti` is accepted once (the catalogue's
 * `client_assertion_already_used`, source oauth2-error-codes). Error texts are the catalogue's.
 */
import type { SimCore } from '../org/sim-core.ts';
import { decodeJwtParts } from '../../jwt/decode.ts';
import type { LabTrace } from '../lab-trace.ts';
import type { AppRecord } from '../org/state.ts';
import { isJwsAlg, keyFitsAlg, verifyJws } from './jws-verify.ts';
import type { OAuthErrorKey } from './oauth-errors.ts';
import { jtiUsed } from './replay.ts';
import { CLOCK_SKEW_SECONDS } from './verify-bearer.ts';

/** "`exp` at most one hour ahead" (fact client-assertion-claims). */
const MAX_ASSERTION_LIFETIME_SECONDS = 3600;

export type AssertionResult =
  { ok: true; app: AppRecord; replayKey?: string; forgetAt: number } | { ok: false; error: OAuthErrorKey };

/**
 * Runs `client-assertion` on `client_assertion`, for the token endpoint at `tokenUrl`. The
 * caller remembers `replayKey` once a token is issued, so a client may repeat an assertion after
 * a `use_dpop_nonce` answer (that order is the lab's assumption).
 */
export async function checkClientAssertion(
  core: SimCore,
  trace: LabTrace,
  assertion: string,
  clientIdParam: string | undefined,
  tokenUrl: string,
): Promise<AssertionResult> {
  const refuse = (error: OAuthErrorKey, detail: string): AssertionResult => {
    trace.fail('client-assertion', detail);
    return { ok: false, error };
  };
  const decoded = decodeJwtParts(assertion);
  if (!decoded.ok || !decoded.jwt.signature)
    return refuse('client_assertion_invalid_jwt', 'Not three base64url parts with JSON inside.');
  const { header, payload, signature, signingInput } = decoded.jwt;
  const alg = header['alg'];
  if (!isJwsAlg(alg))
    return refuse(
      'client_assertion_invalid_signature_algorithm',
      `alg is ${JSON.stringify(alg)}; Okta accepts RS256, RS384, RS512, ES256, ES384, ES512.`,
    );
  const iss = payload['iss'];
  const app = core.state.apps.find((a) => a.clientId === iss);
  if (typeof iss !== 'string' || !app)
    return refuse('client_assertion_invalid_issuer', `iss is ${JSON.stringify(iss)}, not a client id of this org.`);
  if (clientIdParam !== undefined && clientIdParam !== iss)
    return refuse('invalid_client_id', `client_id is ${JSON.stringify(clientIdParam)} but iss is ${iss}.`);
  if (payload['sub'] !== iss)
    return refuse('client_assertion_invalid_subject', `sub is ${JSON.stringify(payload['sub'])}; it must equal iss.`);
  const keys = app.jwks ?? [];
  if (keys.length === 0)
    return refuse('client_assertion_jwks_not_configured', `"${app.name}" has no public key registered.`);
  const kid = header['kid'];
  const candidates =
    typeof kid === 'string' ? keys.filter((k) => k['kid'] === kid) : keys.filter((k) => keyFitsAlg(k, alg));
  if (candidates.length === 0)
    return refuse(
      'client_assertion_invalid_kid',
      typeof kid === 'string'
        ? `No key of "${app.name}" has kid ${JSON.stringify(kid)}.`
        : `No ${alg} key is registered.`,
    );
  let verified = false;
  for (const key of candidates) if (!verified) verified = await verifyJws(key, alg, signature, signingInput);
  if (!verified) return refuse('client_assertion_invalid_signature', `The ${alg} signature does not verify.`);

  const aud = payload['aud'];
  if (!(aud === tokenUrl || (Array.isArray(aud) && aud.includes(tokenUrl))))
    return refuse('client_assertion_invalid_audience', `aud is ${JSON.stringify(aud)}; expected ${tokenUrl}.`);
  const now = Math.floor(core.state.now / 1000);
  const exp = payload['exp'];
  if (typeof exp !== 'number' || !Number.isFinite(exp))
    return refuse('client_assertion_expiration_required', 'exp is missing or not a number.');
  // Okta documents no leeway; the lab allows its usual two minutes (assumption).
  if (exp < now - CLOCK_SKEW_SECONDS)
    return refuse('client_assertion_expired_token', `exp is ${now - exp} s in the past.`);
  if (exp > now + MAX_ASSERTION_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS)
    return refuse('client_assertion_expires_too_far_in_future', `exp is ${exp - now} s ahead; at most 3,600 s.`);
  const iat = payload['iat'];
  if (typeof iat === 'number' && iat > now + CLOCK_SKEW_SECONDS)
    return refuse('client_assertion_issued_at_in_future', `iat is ${iat - now} s ahead.`);
  const jti = payload['jti'];
  const replayKey = typeof jti === 'string' ? `assertion ${iss} ${jti}` : undefined;
  if (replayKey !== undefined && jtiUsed(core, replayKey))
    return refuse('client_assertion_already_used', `jti ${JSON.stringify(jti)} was already used.`);
  trace.pass(
    'client-assertion',
    `"${app.name}" (${app.clientId}), ${alg}; expires in ${exp - now} s${replayKey ? '' : '; no jti, so replays cannot be spotted'}.`,
  );
  return { ok: true, app, forgetAt: (exp + CLOCK_SKEW_SECONDS) * 1000, ...(replayKey ? { replayKey } : {}) };
}

/**
 * Checks one DPoP proof (RFC 9449 section 4.3; Okta's DPoP guide, fact dpop-proof):
 * exactly one `DPoP` header; a JWT whose header has `typ: dpop+jwt`, an allowed asymmetric `alg`
 * and a public `jwk` that verifies its signature; `htm` and `htu` naming this request; an `iat`
 * that is not in the future and not more than five minutes old (the age Okta's error catalogue
 * names, fact dpop-proof-max-age). Replay, nonce and `ath` are the callers' steps, because the token endpoint and
 * the resource server run them differently.
 */
import type { SimCore } from '../org/sim-core.ts';
import { decodeJwtParts } from '../../jwt/decode.ts';
import type { LabTrace } from '../lab-trace.ts';
import type { PublicJwk } from '../org/state.ts';
import { isJwsAlg, verifyJws } from './jws-verify.ts';
import type { OAuthErrorKey } from './oauth-errors.ts';
import { jwkThumbprint } from './jwk-thumbprint.ts';
import { publicJwkProblem, toPublicJwk } from './public-jwk.ts';
import { CLOCK_SKEW_SECONDS } from './verify-bearer.ts';

/** How old a proof may be: "issued more than five minutes in the past" is refused (fact dpop-proof-max-age). */
export const DPOP_MAX_AGE_SECONDS = 300;

export type ProofResult =
  { ok: true; jkt: string; jti: string; payload: Record<string, unknown> } | { ok: false; error: OAuthErrorKey };

/**
 * The URL a proof's `htu` must name: scheme and host in lower case, no default port, no query
 * or fragment (RFC 9449 section 4.3 compares after RFC 3986 normalisation).
 *
 * @example
 * normalizeHtu('HTTP://127.0.0.1:80/api/v1/users?limit=2') // 'http://127.0.0.1/api/v1/users'
 */
function normalizeHtu(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(url.trim());
  if (!m) return url;
  const scheme = (m[1] ?? '').toLowerCase();
  let host = (m[2] ?? '').toLowerCase();
  if ((scheme === 'http' && host.endsWith(':80')) || (scheme === 'https' && host.endsWith(':443')))
    host = host.slice(0, host.lastIndexOf(':'));
  return `${scheme}://${host}${m[3] || '/'}`;
}

/** Runs `dpop-proof`, `dpop-request-match` and `dpop-freshness` on a `DPoP` header value. */
export async function checkDpopProof(
  core: SimCore,
  trace: LabTrace,
  header: string | undefined,
  method: string,
  url: string,
): Promise<ProofResult> {
  const refuse = (check: Parameters<LabTrace['fail']>[0], error: OAuthErrorKey, detail: string): ProofResult => {
    trace.fail(check, detail);
    return { ok: false, error };
  };
  if (header === undefined || header.trim() === '')
    return refuse('dpop-proof', 'invalid_dpop_proof_missing_header', 'No DPoP header.');
  // A fetch Headers object joins repeated headers with ", "; a compact JWT has no comma or space.
  if (/[,\s]/.test(header.trim()))
    return refuse('dpop-proof', 'invalid_dpop_proof_multiple_headers_not_allowed', 'More than one DPoP value.');
  const decoded = decodeJwtParts(header.trim());
  if (!decoded.ok || !decoded.jwt.signature)
    return refuse('dpop-proof', 'invalid_dpop_proof_invalid_jwt', 'Not three base64url parts with JSON inside.');
  const { header: h, payload, signature, signingInput } = decoded.jwt;
  if (h['typ'] !== 'dpop+jwt')
    return refuse('dpop-proof', 'invalid_dpop_proof_invalid_type', `typ is ${JSON.stringify(h['typ'])}.`);
  const alg = h['alg'];
  if (!isJwsAlg(alg))
    return refuse(
      'dpop-proof',
      'invalid_dpop_proof_invalid_signature_algorithm',
      `alg is ${JSON.stringify(alg)}; allowed: RS256, RS384, RS512, ES256, ES384, ES512.`,
    );
  const problem = publicJwkProblem(h['jwk']);
  if (problem) return refuse('dpop-proof', 'invalid_dpop_proof_invalid_jwt', `The jwk header is ${problem}.`);
  const jwk: PublicJwk = toPublicJwk(h['jwk'] as object);
  if (!(await verifyJws(jwk, alg, signature, signingInput)))
    return refuse(
      'dpop-proof',
      'invalid_dpop_proof_invalid_signature',
      `The ${alg} signature does not verify with the jwk header.`,
    );
  const jkt = jwkThumbprint(jwk);
  trace.pass('dpop-proof', `${alg}, key thumbprint ${jkt}.`);

  if (payload['htm'] !== method)
    return refuse(
      'dpop-request-match',
      'invalid_dpop_proof_invalid_htm',
      `htm is ${JSON.stringify(payload['htm'])}; this request is ${method}.`,
    );
  const want = normalizeHtu(url);
  if (typeof payload['htu'] !== 'string' || normalizeHtu(payload['htu']) !== want)
    return refuse(
      'dpop-request-match',
      'invalid_dpop_proof_invalid_htu',
      `htu is ${JSON.stringify(payload['htu'])}; this request is ${want}.`,
    );
  trace.pass('dpop-request-match', `${method} ${want}.`);

  const now = Math.floor(core.state.now / 1000);
  const iat = payload['iat'];
  if (typeof iat !== 'number' || !Number.isFinite(iat))
    return refuse('dpop-freshness', 'invalid_dpop_proof_invalid_iat', 'iat is missing or not a number.');
  // Okta documents the five-minute limit, not a leeway for clocks running ahead; the lab allows
  // the same two minutes it allows everywhere else (assumption).
  if (iat > now + CLOCK_SKEW_SECONDS)
    return refuse('dpop-freshness', 'invalid_dpop_proof_jwt_issued_in_future', `iat is ${iat - now} s ahead.`);
  if (iat < now - DPOP_MAX_AGE_SECONDS)
    return refuse('dpop-freshness', 'invalid_dpop_proof_jwt_too_old', `iat is ${now - iat} s old.`);
  trace.pass('dpop-freshness', `Issued ${Math.max(0, now - iat)} s ago.`);

  const jti = payload['jti'];
  if (typeof jti !== 'string' || jti === '' || jti.length > 256)
    return refuse(
      'dpop-replay',
      'invalid_dpop_proof_invalid_jti',
      'jti is missing, empty or longer than 256 characters.',
    );
  return { ok: true, jkt, jti, payload };
}

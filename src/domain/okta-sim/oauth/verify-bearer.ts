/**
 * Bearer authentication: `jwt-format` … `jwt-expiry`, in the order a careful verifier runs them
 * (okta-jwt-verifier, fact `jwt-verifier-node-checks`): nothing in the token is trusted before the
 * signature verifies. The `error_description` values are those of Okta's OAuth error catalogue
 * (fact `invalid-token-descriptions`); which one the Management API sends for which failure is
 * undocumented (fact `invalid-token-carriage-undocumented`).
 */
import type { SimCore } from '../org/sim-core.ts';
import type { AppRecord } from '../org/state.ts';
import type { TraceBuilder } from '../pipeline/trace.ts';
import type { FactId, TraceCheck } from '../pipeline/trace-checks.ts';
import { accessClaims, decodeJwtParts } from '../../jwt/decode.ts';
import { verifySignature } from './jwt.ts';

/**
 * Allowed clock skew. The Go and Python Okta verifier libraries default to two minutes (fact
 * `go-python-verifier-two-minute-skew`); what the Management API allows is undocumented (fact
 * `management-api-clock-skew-undocumented`), so the lab borrows the libraries' default.
 */
export const CLOCK_SKEW_SECONDS = 120;

const INVALID = 'The access token is invalid.';

export type BearerResult = { ok: true; app: AppRecord; scopes: string[] } | { ok: false; description: string };

export async function verifyBearer(core: SimCore, trace: TraceBuilder, value: string): Promise<BearerResult> {
  const fail = (check: TraceCheck, detail: string, description = INVALID, fact?: FactId): BearerResult => {
    trace.fail(check, detail, fact);
    return { ok: false, description };
  };
  const { state } = core;

  const decoded = decodeJwtParts(value);
  if (!decoded.ok || !decoded.jwt.signature) {
    if (value.startsWith('00'))
      // What Okta answers to an API token sent with Bearer is undocumented
      // (fact `bearer-with-api-token-undocumented`); the lab treats it like any non-JWT value.
      return fail(
        'jwt-format',
        'The value looks like an SSWS API token, which is not a JWT. Okta does not document this response; the lab assumes 401 invalid_token.',
        INVALID,
        'bearer-with-api-token-undocumented',
      );
    return fail('jwt-format', 'The value is not three base64url parts with JSON inside.');
  }
  const { header, payload, signature, signingInput } = decoded.jwt;
  if (header['alg'] !== 'RS256')
    return fail('jwt-format', `alg is ${JSON.stringify(header['alg'])}; Okta signs with RS256 only.`);
  trace.pass('jwt-format');

  if (header['kid'] !== state.kid)
    return fail('jwt-kid', `kid ${JSON.stringify(header['kid'])} is not the org's key ${state.kid}.`);
  trace.pass('jwt-kid', `kid ${state.kid}.`);

  if (!(await verifySignature(core, signature, signingInput)))
    return fail('jwt-signature', 'The signature does not match the header and payload.');
  trace.pass('jwt-signature');

  const claims = accessClaims(payload);
  if (!claims) {
    const aud = JSON.stringify(payload['aud']);
    // That resource servers refuse an ID token is documented (fact
    // `resource-servers-accept-only-access-tokens`); that the Management API answers 401
    // invalid_token to it is the lab's assumption (the row's fail fact says so).
    return fail('jwt-token-type', `No cid/scp claims (aud is ${aud}); ID tokens carry neither.`);
  }
  trace.pass('jwt-token-type');

  if (payload['iss'] !== state.orgUrl) {
    return fail(
      'jwt-issuer',
      `iss is ${JSON.stringify(payload['iss'])}, expected ${state.orgUrl}.`,
      'The access token provided has an invalid issuer.',
    );
  }
  trace.pass('jwt-issuer');

  const aud = payload['aud'];
  if (!(aud === state.orgUrl || (Array.isArray(aud) && aud.includes(state.orgUrl)))) {
    return fail(
      'jwt-audience',
      `aud is ${JSON.stringify(aud)}, expected ${state.orgUrl}.`,
      'The access token provided is not intended for Okta.',
    );
  }
  trace.pass('jwt-audience');

  const now = Math.floor(state.now / 1000);
  const exp = payload['exp'];
  const iat = payload['iat'];
  if (typeof exp !== 'number' || now > exp + CLOCK_SKEW_SECONDS) {
    return fail(
      'jwt-expiry',
      `exp ${String(exp)} is ${typeof exp === 'number' ? now - exp : '?'} s in the past.`,
      'The token has expired.',
    );
  }
  if (typeof iat === 'number' && iat > now + CLOCK_SKEW_SECONDS) {
    return fail('jwt-expiry', `iat ${iat} is in the future.`, INVALID, 'management-api-clock-skew-undocumented');
  }
  trace.pass('jwt-expiry', `${exp - now} s left.`);

  // A token whose client no longer exists keeps working cryptographically; with no app there
  // is no role, so the principal-role check refuses it.
  const app = state.apps.find((a) => a.clientId === claims.cid) ?? {
    clientId: claims.cid,
    name: 'Unknown client',
    grantedScopes: [],
    role: null,
    created: 0,
    rateLimitPercent: 50,
  };
  return { ok: true, app, scopes: claims.scp };
}

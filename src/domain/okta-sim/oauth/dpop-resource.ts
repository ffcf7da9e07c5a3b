/**
 * DPoP at the Management API, the resource server (facts dpop-proof, dpop-token-binding): a DPoP-bound
 * token comes as `Authorization: DPoP <token>` with a fresh proof whose `ath` is the token's
 * hash and whose key is the one the token is bound to (`cnf.jkt`). Okta notes that the `nonce`
 * "isn't currently required" on these proofs, so none is asked for.
 *
 * These checks run before the token's own checks (`jwt-format` … `principal-role` in the
 * pipeline), because the pipeline would already carry out the call. The binding is read only
 * from a token whose signature verifies; a token that does not verify goes on to the pipeline,
 * which refuses it at `jwt-signature`.
 *
 * How Okta's Management API carries these errors is not documented (fact
 * invalid-token-carriage-undocumented): the lab uses the catalogue's status and texts (source
 * oauth2-error-codes) in a `WWW-Authenticate: DPoP` header, whose `algs` list is the observed
 * one (fact dpop-www-authenticate), with no body, as for Bearer errors.
 */
import type { SimCore } from '../org/sim-core.ts';
import { labHeaders, labResponse, type LabResponse } from '../lab-response.ts';
import type { LabTrace } from '../lab-trace.ts';
import { checkDpopProof, DPOP_MAX_AGE_SECONDS } from './dpop-proof.ts';
import { decodeJwtParts } from '../../jwt/decode.ts';
import { verifySignature } from './jwt.ts';
import { OAUTH_ERRORS, type OAuthErrorKey } from './oauth-errors.ts';
import { sha256Base64url } from './jwk-thumbprint.ts';
import { jtiUsed, rememberJti } from './replay.ts';
import { CLOCK_SKEW_SECONDS } from './verify-bearer.ts';

/** The `algs` parameter Okta sends for DPoP-bound clients (fact dpop-www-authenticate). */
const ALGS = 'RS256 RS384 RS512 ES256 ES384 ES512';

/** The `cnf.jkt` of a token whose signature verifies, `null` if it verifies unbound, `undefined` if it does not. */
async function boundKey(core: SimCore, token: string): Promise<string | null | undefined> {
  const decoded = decodeJwtParts(token);
  if (!decoded.ok || !decoded.jwt.signature || decoded.jwt.header['alg'] !== 'RS256') return undefined;
  const { payload, signature, signingInput } = decoded.jwt;
  if (!(await verifySignature(core, signature, signingInput))) return undefined;
  const cnf = payload['cnf'];
  const jkt = cnf !== null && typeof cnf === 'object' ? (cnf as Record<string, unknown>)['jkt'] : undefined;
  return typeof jkt === 'string' ? jkt : null;
}

function refuse(core: SimCore, trace: LabTrace, key: OAuthErrorKey): LabResponse {
  const [status, error, description] = OAUTH_ERRORS[key];
  const headers = labHeaders(core);
  headers['WWW-Authenticate'] = `DPoP algs="${ALGS}", error="${error}", error_description="${description}"`;
  return labResponse(status, headers, null, trace.steps);
}

/**
 * Checks a Management API request that carries an access token. Returns the response that
 * refuses it, or `undefined` when the pipeline may judge the token as a Bearer token.
 */
export async function checkDpopResource(
  core: SimCore,
  trace: LabTrace,
  scheme: 'dpop' | 'bearer',
  token: string,
  method: string,
  url: string,
  proofHeader: string | undefined,
): Promise<LabResponse | undefined> {
  if (scheme === 'bearer') {
    if ((await boundKey(core, token)) == null) return undefined;
    trace.fail('dpop-binding', 'This token is DPoP-bound but came as Bearer; it needs the DPoP scheme and a proof.');
    return refuse(core, trace, 'dpop_authentication_scheme_required');
  }
  if (proofHeader === undefined) {
    trace.fail('dpop-proof', 'Authorization says DPoP but no DPoP header came with it.');
    return refuse(core, trace, 'dpop_proof_required_for_token');
  }
  const proof = await checkDpopProof(core, trace, proofHeader, method, url);
  if (!proof.ok) return refuse(core, trace, proof.error);

  const key = `dpop ${proof.jkt} ${proof.jti}`;
  if (jtiUsed(core, key)) {
    trace.fail('dpop-replay', `jti ${JSON.stringify(proof.jti)} was already used.`);
    return refuse(core, trace, 'dpop_proof_already_used');
  }
  rememberJti(core, key, core.state.now + (DPOP_MAX_AGE_SECONDS + 2 * CLOCK_SKEW_SECONDS) * 1000);
  trace.pass('dpop-replay');

  if (proof.payload['ath'] !== sha256Base64url(token)) {
    trace.fail(
      'dpop-ath',
      proof.payload['ath'] === undefined ? 'The proof has no ath.' : 'ath is the hash of another token.',
    );
    return refuse(core, trace, 'dpop_proof_invalid_ath');
  }
  trace.pass('dpop-ath');

  const bound = await boundKey(core, token);
  if (bound === undefined) return undefined;
  if (bound === null) {
    trace.fail('dpop-binding', 'The token has no cnf.jkt: it was issued as a Bearer token.');
    return refuse(core, trace, 'access_token_not_dpop_bound');
  }
  if (bound !== proof.jkt) {
    trace.fail('dpop-binding', `The token is bound to ${bound}; the proof was signed by ${proof.jkt}.`);
    return refuse(core, trace, 'invalid_access_token_dpop_binding');
  }
  trace.pass('dpop-binding', `cnf.jkt ${bound}.`);
  return undefined;
}

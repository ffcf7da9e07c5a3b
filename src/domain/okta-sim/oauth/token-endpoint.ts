/**
 * `POST /oauth2/v1/token` of the org authorization server, reduced to what service apps use:
 * the client credentials grant with a `private_key_jwt` client assertion (facts
 * service-app-client-credentials, service-app-private-key-jwt), and DPoP for apps that require it
 * (fact dpop-proof). Reached only through the Fetch face
 * (`sim.fetch`), where a client's own code calls it; the playground mints tokens in its console.
 *
 * Order of the checks (RFC 6749 section 5.2 leaves it open; Okta does not document it): the
 * request, the client's authentication, then DPoP, then the scopes. Okta's first answer to a
 * DPoP-required app is the 400 `use_dpop_nonce` with a `DPoP-Nonce` header (fact
 * `dpop-nonce-challenge-400`), and the lab answers exactly that way. Whether Okta's Node SDK
 * 8.1.0 gets past it by itself is contested (fact `node-sdk-dpop-nonce-bug`); against the lab
 * it does, and tests/conformance/sdk-private-key.test.ts pins that.
 *
 * No rate limit applies here, on purpose. Okta documents only a per-user limit on this endpoint
 * (fact `per-user-limit-authn-token`: 4 requests a second for the same user), which a client
 * credentials request, having no user, never meets; the size of the org-wide bucket for
 * `/oauth2/v1/token` is not published (fact `rate-limit-buckets`: sizes vary by product and
 * licence). Rather than invent a number, the lab counts nothing; add a limit only with a fact.
 */
import type { SimCore } from '../org/sim-core.ts';
import { labHeaders, labResponse, type LabRequest, type LabResponse } from '../lab-response.ts';
import { LabTrace } from '../lab-trace.ts';
import { parseUrl } from '../pipeline/http.ts';
import { currentNonce, nonceAccepted } from './dpop-nonce.ts';
import { checkDpopProof, DPOP_MAX_AGE_SECONDS } from './dpop-proof.ts';
import { checkClientAssertion } from './client-assertion.ts';
import { ACCESS_TOKEN_TTL_SECONDS, issueAccessToken } from './issue.ts';
import { OAUTH_ERRORS, type OAuthErrorKey } from './oauth-errors.ts';
import { jtiUsed, rememberJti } from './replay.ts';
import { CLOCK_SKEW_SECONDS } from './verify-bearer.ts';

export const TOKEN_PATH = '/oauth2/v1/token';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * Answers one token request. `tokenUrl` is this endpoint's absolute URL on the request's own
 * origin: the assertion's `aud` and the proof's `htu` must name it.
 */
export async function tokenEndpoint(core: SimCore, req: LabRequest, tokenUrl: string): Promise<LabResponse> {
  const trace = new LabTrace();
  // "Cache-Control: no-cache, no-store" and "Pragma: no-cache", as in the DPoP guide's example.
  const headers = { ...labHeaders(core), 'Cache-Control': 'no-cache, no-store', Pragma: 'no-cache' };
  const error = (key: OAuthErrorKey, extra: Record<string, string> = {}) => {
    const [status, code, description] = OAUTH_ERRORS[key];
    return labResponse(status, { ...headers, ...extra }, { error: code, error_description: description }, trace.steps);
  };

  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (req.method !== 'POST' || type !== 'application/x-www-form-urlencoded') {
    trace.fail(
      'token-request',
      `${req.method} with Content-Type ${JSON.stringify(type ?? '')}; Okta's token endpoint takes a form POST.`,
    );
    return error('invalid_request');
  }
  const form = parseUrl(`?${req.body ?? ''}`).query;
  const grant = form['grant_type'];
  if (!grant) {
    trace.fail('token-request', 'No grant_type.');
    return error('token_request_missing_grant_type');
  }
  if (grant !== 'client_credentials') {
    trace.fail('token-request', `grant_type is ${JSON.stringify(grant)}; service apps use client_credentials only.`);
    return error('unsupported_grant_type');
  }
  trace.pass('token-request');

  const assertion = form['client_assertion'];
  if (form['client_secret'] !== undefined || /^basic\s/i.test(req.headers['authorization'] ?? '')) {
    trace.fail('client-auth', 'A client secret was sent; Okta API scopes need private_key_jwt.');
    return error('unsupported_auth_method_client_creds');
  }
  if (assertion === undefined) {
    trace.fail('client-auth', 'No client_assertion.');
    return error('missing_client_credentials');
  }
  if (form['client_assertion_type'] !== JWT_BEARER) {
    trace.fail('client-auth', `client_assertion_type must be ${JWT_BEARER}.`);
    return error('client_assertion_type_invalid');
  }
  trace.pass('client-auth');
  const client = await checkClientAssertion(core, trace, assertion, form['client_id'], tokenUrl);
  if (!client.ok) return error(client.error);
  const { app } = client;

  let jkt: string | undefined;
  if (app.dpop) {
    const proof = await checkDpopProof(core, trace, req.headers['dpop'], 'POST', tokenUrl);
    if (!proof.ok) return error(proof.error);
    if (!nonceAccepted(core, proof.payload['nonce'])) {
      trace.fail(
        'dpop-nonce',
        proof.payload['nonce'] === undefined
          ? 'The proof has no nonce.'
          : 'The nonce is not one issued in the last three days.',
      );
      return error('use_dpop_nonce', { 'DPoP-Nonce': currentNonce(core) });
    }
    trace.pass('dpop-nonce');
    const key = `dpop ${proof.jkt} ${proof.jti}`;
    if (jtiUsed(core, key)) {
      trace.fail('dpop-replay', `jti ${JSON.stringify(proof.jti)} was already used.`);
      return error('dpop_proof_already_used');
    }
    trace.pass('dpop-replay');
    rememberJti(core, key, core.state.now + (DPOP_MAX_AGE_SECONDS + 2 * CLOCK_SKEW_SECONDS) * 1000);
    jkt = proof.jkt;
  } else if (req.headers['dpop'] !== undefined) {
    // Okta's Node SDK sends a DPoP proof with every token request and works with apps that do not
    // require DPoP, so such an app's token endpoint does not refuse one: it issues a Bearer token.
    trace.pass(
      'dpop-proof',
      'The app does not require DPoP; the proof is ignored and a Bearer token issued.',
      'dpop-proof-for-non-dpop-app-undocumented',
    );
  }

  const scopes = (form['scope'] ?? '').split(' ').filter(Boolean);
  if (scopes.length === 0) {
    trace.fail('token-scope', 'The request names no scope.');
    return error('missing_scopes');
  }
  if (scopes.includes('openid')) {
    trace.fail('token-scope', 'openid is for sign-ins, not client credentials.');
    return error('openid_not_allowed_client_creds');
  }
  const missing = scopes.filter((s) => !app.grantedScopes.includes(s));
  if (missing.length) {
    // Okta documents that it grants the requested scopes that are granted to the app; which error
    // it gives for one that is not is the catalogue's generic invalid_scope (assumption).
    trace.fail(
      'token-scope',
      `Not granted to "${app.name}": ${missing.join(', ')}. A super admin grants scopes on the app's Okta API Scopes tab.`,
      'ungranted-scope-error-undocumented',
    );
    return error('invalid_scope');
  }
  trace.pass('token-scope', scopes.join(' '));

  const accessToken = await issueAccessToken(core, { clientId: app.clientId, scopes, jkt });
  if (client.replayKey !== undefined) rememberJti(core, client.replayKey, client.forgetAt);
  const tokenType = jkt === undefined ? 'Bearer' : 'DPoP';
  trace.pass(
    'token-issued',
    `${tokenType} token for "${app.name}", ${ACCESS_TOKEN_TTL_SECONDS} s, ${scopes.join(' ')}.`,
  );
  return labResponse(
    200,
    headers,
    { token_type: tokenType, expires_in: ACCESS_TOKEN_TTL_SECONDS, access_token: accessToken, scope: scopes.join(' ') },
    trace.steps,
  );
}

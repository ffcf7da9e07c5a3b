/**
 * Trace sentences of the Bearer-only checks. They ship with the OAuth chunk, which is loaded
 * only when a Bearer header arrives, so SSWS-only pages never download them.
 */
import type { CheckSentences } from '../pipeline/trace-checks.ts';

export const BEARER_TEXT: CheckSentences = {
  'jwt-format': [
    'The Bearer value is a JWT: three base64url parts, a JSON header naming RS256, and a JSON payload.',
    'The Bearer value is not a well-formed RS256 JWT, so it cannot be an Okta access token.',
  ],
  'jwt-kid': [
    "The JWT header's kid names the org authorization server's signing key.",
    'The JWT header names no kid, or a key the org authorization server does not sign with.',
  ],
  'jwt-signature': [
    'The RS256 signature verifies with that key, so nobody changed the header or the payload.',
    'The signature does not verify: the token was changed after signing, or someone else signed it.',
  ],
  'jwt-token-type': [
    'The JWT carries the access-token claims cid and scp, so it is an access token.',
    'The JWT lacks the access-token claims cid and scp: it is probably an ID token, which proves a sign-in, not API access.',
  ],
  'jwt-issuer': [
    "The iss claim is the org authorization server, the only issuer of tokens for Okta's own APIs.",
    "The iss claim names another issuer; only the org authorization server mints tokens for Okta's APIs.",
  ],
  'jwt-audience': [
    'The aud claim says the token is meant for this Okta org.',
    'The aud claim says the token is meant for something else, not for this Okta org.',
  ],
  'jwt-expiry': [
    "The exp claim is still in the future, give or take two minutes: a verifier library's default skew; Okta documents none for its API.",
    'The exp claim has passed; access tokens for Okta APIs live one hour.',
  ],
  scope: [
    "The access token's scp claim includes a scope this endpoint accepts.",
    'The access token has none of the scopes this endpoint accepts.',
  ],
  'principal-role': [
    'The service app holds an admin role that allows this call. Scopes alone are not enough.',
    "The service app's admin role does not allow this call: the right scope without the right role still gets 403.",
  ],
};

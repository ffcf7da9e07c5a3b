/**
 * The client-credentials request behind "Issue access token", as the OAuth lesson teaches it
 * (facts service-app-client-credentials, client-assertion-claims): `POST /oauth2/v1/token` with `grant_type=client_credentials`, the
 * scopes, and a client assertion the app signs with its private key; the answer is a Bearer
 * token with its lifetime and scopes.
 *
 * What the lab does and does not do: the simulated org authorization server (okta-sim
 * `oauth/issue.ts`) issues the token to the app with all its granted scopes; it never receives
 * or checks an assertion, because the lab registers no key for the app. So the request is shown
 * as the app would send it, the assertion as its claims with the rule for each (`iat` and `exp`
 * as the lesson's example picks them: now, and five minutes later), and the response from the
 * token the simulator really issued. Loaded with the service-app panel.
 */
import { decodeJwtParts } from '../jwt/decode.ts';
import { formatDate } from './dates.ts';

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export interface AssertionClaim {
  name: string;
  /** The value as JSON text, or a description in words when the app picks it. */
  value: string;
  rule: string;
}

export interface TokenExchange {
  /** `https://{org}/oauth2/v1/token`. */
  url: string;
  /** The form fields in the order the lesson sends them. */
  form: [name: string, value: string][];
  assertionHeader: AssertionClaim[];
  assertionClaims: AssertionClaim[];
  /** The token response's JSON, exactly the four fields Okta returns. */
  response: { token_type: 'Bearer'; expires_in: number; access_token: string; scope: string };
}

/**
 * The exchange that issued `accessToken` to the app `clientId`, read from the token itself (its
 * issuer, issue time, expiry and scopes); null when the value is not a JWT with those claims.
 *
 * @example
 * tokenExchange('0oa1', 'eyJ...').response // { token_type: 'Bearer', expires_in: 3600, access_token: 'eyJ...', scope: 'okta.users.read' }
 */
export function tokenExchange(clientId: string, accessToken: string): TokenExchange | null {
  const decoded = decodeJwtParts(accessToken);
  if (!decoded.ok) return null;
  const { iss, iat, exp, scp } = decoded.jwt.payload;
  if (typeof iss !== 'string' || typeof iat !== 'number' || typeof exp !== 'number' || !Array.isArray(scp)) return null;
  const url = `${iss}/oauth2/v1/token`;
  const scope = scp.join(' ');
  const time = (s: number) => `${s} (${formatDate(s * 1000)})`;
  return {
    url,
    form: [
      ['grant_type', 'client_credentials'],
      ['scope', scope],
      ['client_assertion_type', CLIENT_ASSERTION_TYPE],
      ['client_assertion', 'the signed JWT below (header.claims.signature)'],
    ],
    assertionHeader: [
      {
        name: 'alg',
        value: '"RS256"',
        rule: 'RS256, RS384, RS512, ES256, ES384 or ES512, with the private key whose public key is registered on the app.',
      },
    ],
    assertionClaims: [
      { name: 'iss', value: JSON.stringify(clientId), rule: 'The client ID.' },
      { name: 'sub', value: JSON.stringify(clientId), rule: 'The client ID again.' },
      { name: 'aud', value: JSON.stringify(url), rule: "The org's token endpoint." },
      { name: 'iat', value: time(iat), rule: 'Optional: when the app signed it.' },
      { name: 'exp', value: time(iat + 300), rule: 'At most one hour ahead.' },
      { name: 'jti', value: 'a new unique ID, for example a UUID', rule: 'Optional.' },
    ],
    response: { token_type: 'Bearer', expires_in: exp - iat, access_token: accessToken, scope },
  };
}

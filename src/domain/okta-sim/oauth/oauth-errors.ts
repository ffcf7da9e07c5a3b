/**
 * The entries of Okta's OAuth error catalogue that the lab's token endpoint and DPoP checks
 * answer with: HTTP status, `error` and `error_description`, copied from
 * `data/oauth2-error-codes.json` in okta-developer-docs at 468de9c5 (source oauth2-error-codes), with
 * the catalogue's `{0}` placeholders filled in. Keys are the catalogue's internal codes.
 *
 * The catalogue says what each error is; it does not say which check of a request triggers it
 * first. The lab's order is RFC 6749, 7523 and 9449's, and each trace step says so.
 */
/** An entry: HTTP status, `error`, `error_description`. */
type OAuthError = readonly [status: number, error: string, description: string];

/** The entries that share one HTTP status and `error`, keyed by the catalogue's internal code. */
function sharing<const K extends string>(status: number, error: string, descriptions: Record<K, string>) {
  const entries = Object.entries<string>(descriptions).map(([key, text]) => [key, [status, error, text]]);
  return Object.fromEntries(entries) as Record<K, OAuthError>;
}

export const OAUTH_ERRORS = {
  ...sharing(400, 'invalid_request', {
    invalid_request: 'Invalid request',
    token_request_missing_grant_type:
      "The token request must specify a 'grant_type'. Valid values: [client_credentials]",
    client_assertion_type_invalid: 'The client_assertion_type is invalid.',
    dpop_proof_required_for_token: 'The resource request requires a DPoP proof.',
    dpop_authentication_scheme_required:
      'The resource request must use the DPoP authentication scheme when using a DPoP bound token.',
  }),
  ...sharing(400, 'unsupported_grant_type', {
    unsupported_grant_type:
      'The authorization grant type is not supported by the authorization server. Configured grant types: [client_credentials].',
  }),
  ...sharing(401, 'invalid_client', {
    missing_client_credentials: 'No client credentials found.',
    unsupported_auth_method_client_creds:
      'Client Credentials requests to the Org Authorization Server must use the private_key_jwt token_endpoint_auth_method.',
    invalid_client_id: "Invalid value for 'client_id' parameter.",
    client_assertion_invalid_jwt: 'The parsing of the client_assertion failed.',
    client_assertion_invalid_signature_algorithm: 'The client_assertion JWT signature algorithm is invalid.',
    client_assertion_invalid_issuer: 'The issuer claim for client_assertion is not a valid client_id.',
    client_assertion_invalid_subject: 'The subject claim for client_assertion is not a valid client_id.',
    client_assertion_jwks_not_configured:
      'The client does not have a JWKSet configured, but the client_assertion requires one.',
    client_assertion_invalid_kid: 'The client_assertion JWT kid is invalid.',
    client_assertion_invalid_signature: 'The client_assertion signature is invalid.',
    client_assertion_invalid_audience:
      'The audience claim for client_assertion must be the endpoint invoked for the request.',
    client_assertion_expiration_required: "The client_assertion must contain the 'exp' claim as seconds since epoch.",
    client_assertion_expired_token: 'The client_assertion token is expired.',
    client_assertion_expires_too_far_in_future: 'The client_assertion token has an expiration too far into the future.',
    client_assertion_issued_at_in_future: 'The client_assertion token must be issued before the current time.',
    client_assertion_already_used: 'The client_assertion token has already been used.',
  }),
  ...sharing(400, 'invalid_scope', {
    missing_scopes: 'No scopes were requested.',
    openid_not_allowed_client_creds: "Cannot request 'openid' scopes using client credentials.",
    invalid_scope:
      'The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.',
  }),
  ...sharing(400, 'use_dpop_nonce', {
    use_dpop_nonce: 'Authorization server requires nonce in DPoP proof.',
  }),
  ...sharing(400, 'invalid_dpop_proof', {
    invalid_dpop_proof_missing_header: 'The DPoP proof JWT header is missing.',
    invalid_dpop_proof_multiple_headers_not_allowed: 'Multiple DPoP proof JWT headers are not allowed.',
    invalid_dpop_proof_invalid_jwt: 'The DPoP proof JWT cannot be parsed.',
    invalid_dpop_proof_invalid_type: "'typ' must be 'dpop+jwt' in the DPoP proof JWT.",
    invalid_dpop_proof_invalid_signature_algorithm: 'The DPoP proof JWT signature algorithm is invalid.',
    invalid_dpop_proof_invalid_signature: 'The DPoP proof JWT signature is invalid.',
    invalid_dpop_proof_invalid_htm: "'htm' claim in the DPoP proof JWT is invalid.",
    invalid_dpop_proof_invalid_htu: "'htu' claim in the DPoP proof JWT is invalid.",
    invalid_dpop_proof_invalid_iat: "'iat' claim in the DPoP proof JWT is invalid.",
    invalid_dpop_proof_jwt_issued_in_future: 'The DPoP proof JWT is issued in the future.',
    invalid_dpop_proof_jwt_too_old: 'The DPoP proof JWT is issued more than five minutes in the past.',
    invalid_dpop_proof_invalid_jti: "'jti' claim in the DPoP proof JWT is invalid.",
    dpop_proof_already_used: 'The DPoP proof JWT has already been used.',
    dpop_proof_invalid_ath: "'ath' claim in the DPoP proof does not match the presented access_token.",
    invalid_access_token_dpop_binding: 'The access_token is not bound to the provided DPoP proof.',
  }),
  ...sharing(401, 'invalid_token', {
    access_token_not_dpop_bound: 'The presented access_token is not DPoP bound.',
  }),
};

export type OAuthErrorKey = keyof typeof OAUTH_ERRORS;

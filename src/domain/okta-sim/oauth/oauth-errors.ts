/**
 * The entries of Okta's OAuth error catalogue that the lab's token endpoint and DPoP checks
 * answer with: HTTP status, `error` and `error_description`, copied from
 * `data/oauth2-error-codes.json` in okta-developer-docs at 468de9c5 (source oauth2-error-codes), with
 * the catalogue's `{0}` placeholders filled in. Keys are the catalogue's internal codes.
 *
 * The catalogue says what each error is; it does not say which check of a request triggers it
 * first. The lab's order is RFC 6749, 7523 and 9449's, and each trace step says so.
 */
export const OAUTH_ERRORS = {
  invalid_request: [400, 'invalid_request', 'Invalid request'],
  token_request_missing_grant_type: [
    400,
    'invalid_request',
    "The token request must specify a 'grant_type'. Valid values: [client_credentials]",
  ],
  unsupported_grant_type: [
    400,
    'unsupported_grant_type',
    'The authorization grant type is not supported by the authorization server. Configured grant types: [client_credentials].',
  ],
  client_assertion_type_invalid: [400, 'invalid_request', 'The client_assertion_type is invalid.'],
  missing_client_credentials: [401, 'invalid_client', 'No client credentials found.'],
  unsupported_auth_method_client_creds: [
    401,
    'invalid_client',
    'Client Credentials requests to the Org Authorization Server must use the private_key_jwt token_endpoint_auth_method.',
  ],
  invalid_client_id: [401, 'invalid_client', "Invalid value for 'client_id' parameter."],
  client_assertion_invalid_jwt: [401, 'invalid_client', 'The parsing of the client_assertion failed.'],
  client_assertion_invalid_signature_algorithm: [
    401,
    'invalid_client',
    'The client_assertion JWT signature algorithm is invalid.',
  ],
  client_assertion_invalid_issuer: [
    401,
    'invalid_client',
    'The issuer claim for client_assertion is not a valid client_id.',
  ],
  client_assertion_invalid_subject: [
    401,
    'invalid_client',
    'The subject claim for client_assertion is not a valid client_id.',
  ],
  client_assertion_jwks_not_configured: [
    401,
    'invalid_client',
    'The client does not have a JWKSet configured, but the client_assertion requires one.',
  ],
  client_assertion_invalid_kid: [401, 'invalid_client', 'The client_assertion JWT kid is invalid.'],
  client_assertion_invalid_signature: [401, 'invalid_client', 'The client_assertion signature is invalid.'],
  client_assertion_invalid_audience: [
    401,
    'invalid_client',
    'The audience claim for client_assertion must be the endpoint invoked for the request.',
  ],
  client_assertion_expiration_required: [
    401,
    'invalid_client',
    "The client_assertion must contain the 'exp' claim as seconds since epoch.",
  ],
  client_assertion_expired_token: [401, 'invalid_client', 'The client_assertion token is expired.'],
  client_assertion_expires_too_far_in_future: [
    401,
    'invalid_client',
    'The client_assertion token has an expiration too far into the future.',
  ],
  client_assertion_issued_at_in_future: [
    401,
    'invalid_client',
    'The client_assertion token must be issued before the current time.',
  ],
  client_assertion_already_used: [401, 'invalid_client', 'The client_assertion token has already been used.'],
  missing_scopes: [400, 'invalid_scope', 'No scopes were requested.'],
  openid_not_allowed_client_creds: [400, 'invalid_scope', "Cannot request 'openid' scopes using client credentials."],
  invalid_scope: [
    400,
    'invalid_scope',
    'The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.',
  ],
  use_dpop_nonce: [400, 'use_dpop_nonce', 'Authorization server requires nonce in DPoP proof.'],
  invalid_dpop_proof_missing_header: [400, 'invalid_dpop_proof', 'The DPoP proof JWT header is missing.'],
  invalid_dpop_proof_multiple_headers_not_allowed: [
    400,
    'invalid_dpop_proof',
    'Multiple DPoP proof JWT headers are not allowed.',
  ],
  invalid_dpop_proof_invalid_jwt: [400, 'invalid_dpop_proof', 'The DPoP proof JWT cannot be parsed.'],
  invalid_dpop_proof_invalid_type: [400, 'invalid_dpop_proof', "'typ' must be 'dpop+jwt' in the DPoP proof JWT."],
  invalid_dpop_proof_invalid_signature_algorithm: [
    400,
    'invalid_dpop_proof',
    'The DPoP proof JWT signature algorithm is invalid.',
  ],
  invalid_dpop_proof_invalid_signature: [400, 'invalid_dpop_proof', 'The DPoP proof JWT signature is invalid.'],
  invalid_dpop_proof_invalid_htm: [400, 'invalid_dpop_proof', "'htm' claim in the DPoP proof JWT is invalid."],
  invalid_dpop_proof_invalid_htu: [400, 'invalid_dpop_proof', "'htu' claim in the DPoP proof JWT is invalid."],
  invalid_dpop_proof_invalid_iat: [400, 'invalid_dpop_proof', "'iat' claim in the DPoP proof JWT is invalid."],
  invalid_dpop_proof_jwt_issued_in_future: [400, 'invalid_dpop_proof', 'The DPoP proof JWT is issued in the future.'],
  invalid_dpop_proof_jwt_too_old: [
    400,
    'invalid_dpop_proof',
    'The DPoP proof JWT is issued more than five minutes in the past.',
  ],
  invalid_dpop_proof_invalid_jti: [400, 'invalid_dpop_proof', "'jti' claim in the DPoP proof JWT is invalid."],
  dpop_proof_already_used: [400, 'invalid_dpop_proof', 'The DPoP proof JWT has already been used.'],
  dpop_proof_invalid_ath: [
    400,
    'invalid_dpop_proof',
    "'ath' claim in the DPoP proof does not match the presented access_token.",
  ],
  invalid_access_token_dpop_binding: [
    400,
    'invalid_dpop_proof',
    'The access_token is not bound to the provided DPoP proof.',
  ],
  dpop_proof_required_for_token: [400, 'invalid_request', 'The resource request requires a DPoP proof.'],
  dpop_authentication_scheme_required: [
    400,
    'invalid_request',
    'The resource request must use the DPoP authentication scheme when using a DPoP bound token.',
  ],
  access_token_not_dpop_bound: [401, 'invalid_token', 'The presented access_token is not DPoP bound.'],
} as const satisfies Record<string, readonly [number, string, string]>;

export type OAuthErrorKey = keyof typeof OAUTH_ERRORS;

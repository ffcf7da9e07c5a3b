/**
 * Every fact the simulator cites: the pipeline's trace steps (trace-checks.ts and the checks
 * that name a fact for a sub-case), the lab's own OAuth and DPoP checks (lab-trace.ts) and the
 * role rules (policy/permissions.ts). A fact id anywhere in the simulator has the type
 * {@link FactId}, so citing a fact that is not listed here fails to type-check.
 *
 * `npm run facts:sync` reads this list and writes each fact's status into fact-status.ts from
 * src/content/facts/*.yaml; it fails on an id the collection does not have. Add the id here
 * first, then run it.
 */
export const CITED_FACTS = [
  'access-token-jwt-rs256',
  'bearer-with-api-token-undocumented',
  'check-order-body-after-authorization',
  'check-order-rate-limit-before-role',
  'check-order-route-first',
  'check-order-scope-before-role',
  'check-order-undocumented',
  'client-assertion-claims',
  'creator-deactivated-response',
  'creator-deleted-token-invalid',
  'creator-must-be-active',
  'creator-no-admin-role',
  'creator-reactivated-token',
  'creator-suspended',
  'dpop-nonce-lifetime',
  'dpop-proof',
  'dpop-proof-for-non-dpop-app-undocumented',
  'dpop-proof-max-age',
  'dpop-proof-single-use',
  'dpop-token-binding',
  'expired-or-revoked-token-401',
  'id-token-at-management-api-undocumented',
  'jwks-keys-endpoint',
  'jwt-verifier-node-checks',
  'length-required-411',
  'management-api-clock-skew-undocumented',
  'missing-header-403-e0000005',
  'oauth-bearer-header',
  'oauth-needs-scope-and-role',
  'oauth-on-ssws-only-endpoint-undocumented',
  'okta-scoped-token-audience-undocumented',
  'okta-scoped-token-one-hour',
  'org-as-only-issuer-for-okta-scopes',
  'outside-zone-response-undocumented',
  'pagination-invalid-limit-undocumented',
  'rate-limit-headers-on-share-429-unknown',
  'read-only-write-403-inferred',
  'resource-servers-accept-only-access-tokens',
  'role-permissions-simulated',
  'scheme-case-undocumented',
  'scopes-and-roles-tabs',
  'self-calls-role-undocumented',
  'service-app-client-credentials',
  'service-app-private-key-jwt',
  'ssws-header-format',
  'ssws-non-token-value-401',
  'token-inherits-creator-privileges',
  'token-network-restriction',
  'token-sliding-window',
  'token-stored-as-hash',
  'token-value-format-undocumented',
  'ungranted-scope-error-undocumented',
  'unknown-token-401',
  'wrong-scheme-undocumented',
] as const;

/** A fact id the simulator may cite. */
export type FactId = (typeof CITED_FACTS)[number];

/**
 * The closed set of checks the simulator runs on every request, in the order it runs them.
 *
 * Order (one pipeline, two authentication branches):
 * 1. `route`, `length-required`: the HTTP layer. Putting the route first means an unknown path
 *    gets 404 (and a known path with a wrong method 405) even without credentials. Okta does
 *    not document this order: it is an assumption, and the `route` step says so.
 * 2. `auth-header`, `auth-scheme`: which credential, if any, the request carries.
 * 3. Authentication. SSWS branch: `token-format` … `network-zone`. Bearer branch: `jwt-format`
 *    … `jwt-expiry`, signature before any claim is trusted.
 * 4. `rate-limit`: the endpoint's org bucket and the caller's share of it (needs to know who calls).
 * 5. Authorization: `creator-role` (SSWS) or `scope` then `principal-role` (Bearer).
 * 6. Validation: `body-well-formed` (JSON parsing happens before the handler), then
 *    `resource-exists`, then `body-valid` (field rules, which may depend on the resource).
 *
 * The first failing check decides the response; the checks after it are reported as `skip`.
 */

import type { FactId } from './fact-basis.ts';

export { factBasis, type Basis, type FactId } from './fact-basis.ts';

/**
 * One check: its code, a short label (for legends and headings), the fact its `pass` and its
 * `fail` outcome rest on (a step may name another fact for a sub-case), and its `pass` and
 * `fail` sentences (Bearer-only ones arrive with the OAuth chunk). A step's basis is derived
 * from its fact's status (fact-basis.ts), so the badge cannot drift from the evidence. Where a
 * documented rule sits at an assumed place in the pipeline, the fact is the assumed placement:
 * the step claims both, and the weaker claim decides the badge.
 */
type Row = readonly [check: string, label: string, passFact: FactId, failFact: FactId, pass?: string, fail?: string];

/** Every check in pipeline order, in one table. */
const ROWS = [
  [
    'route',
    'Known endpoint',
    'check-order-route-first',
    'check-order-route-first',
    'The path and method match a Management API endpoint that the simulator knows.',
    'No endpoint matches this path, or the endpoint exists but does not accept this HTTP method.',
  ],
  [
    'length-required',
    'Body length',
    'length-required-411',
    'length-required-411',
    'The request needs no body, or it sends one.',
    'A POST or PUT arrived with neither a body nor a Content-Length header, so the server answers 411.',
  ],
  [
    'auth-header',
    'Authorization header',
    'missing-header-403-e0000005',
    'missing-header-403-e0000005',
    'The request carries an Authorization header.',
    'There is no Authorization header, so Okta looks for a browser session instead, finds none, and answers 403 E0000005.',
  ],
  [
    'auth-scheme',
    'Scheme',
    'ssws-header-format',
    'wrong-scheme-undocumented',
    'The header starts with a scheme the Management API accepts: SSWS for API tokens, Bearer for OAuth access tokens.',
    'The header starts with neither SSWS nor Bearer, so Okta does not see an API credential in it.',
  ],
  [
    'token-format',
    'Token format',
    'token-value-format-undocumented',
    'token-value-format-undocumented',
    'The SSWS value is one run of printable ASCII characters, the shape the lab assumes; Okta documents no format.',
    "The SSWS value breaks the lab's token-shape rule (printable ASCII, no spaces, at most 8,192 characters); Okta documents no format.",
  ],
  [
    'token-known',
    'Token known',
    'token-stored-as-hash',
    'unknown-token-401',
    'A hash of the value (the lab uses SHA-256) matches a stored token. Okta keeps only the hash, never the value.',
    "No stored token has this value's hash: it is unknown, mistyped, or not an API token at all.",
  ],
  [
    'token-not-revoked',
    'Not revoked',
    'expired-or-revoked-token-401',
    'expired-or-revoked-token-401',
    'Nobody has revoked this token.',
    'An admin revoked this token, so Okta refuses every call made with it.',
  ],
  [
    'token-not-expired',
    'Within 30 days',
    'token-sliding-window',
    'expired-or-revoked-token-401',
    'The token was created or last used less than 30 days ago, so its sliding window is still open.',
    'The token went unused for more than 30 days and expired. Every call would have restarted the window.',
  ],
  [
    'creator-active',
    'Creator active',
    'creator-must-be-active',
    'creator-deactivated-response',
    'The admin who created the token is active. A token is valid only while its creator is.',
    'The admin who created the token is no longer active, so the lab rejects every call made with it.',
  ],
  [
    'network-zone',
    'Network zone',
    'token-network-restriction',
    'outside-zone-response-undocumented',
    'The call comes from a network this token is allowed to be used from.',
    'The call comes from outside the networks this token allows, and Okta writes a System Log event about it.',
  ],
  ['jwt-format', 'JWT format', 'access-token-jwt-rs256', 'access-token-jwt-rs256'],
  ['jwt-kid', 'Signing key', 'jwks-keys-endpoint', 'jwks-keys-endpoint'],
  ['jwt-signature', 'Signature', 'jwt-verifier-node-checks', 'jwt-verifier-node-checks'],
  [
    'jwt-token-type',
    'Access token',
    'resource-servers-accept-only-access-tokens',
    'id-token-at-management-api-undocumented',
  ],
  ['jwt-issuer', 'Issuer', 'org-as-only-issuer-for-okta-scopes', 'org-as-only-issuer-for-okta-scopes'],
  ['jwt-audience', 'Audience', 'okta-scoped-token-audience-undocumented', 'okta-scoped-token-audience-undocumented'],
  ['jwt-expiry', 'Token lifetime', 'management-api-clock-skew-undocumented', 'okta-scoped-token-one-hour'],
  [
    'rate-limit',
    'Rate limit',
    'check-order-rate-limit-before-role',
    'rate-limit-headers-on-share-429-unknown',
    "The endpoint's org-wide per-minute bucket, and the caller's share of it, both have room.",
    "The endpoint's org-wide bucket, or the caller's share of it, is used up; calls get 429 until that window resets.",
  ],
  [
    'creator-role',
    "Creator's role",
    'token-inherits-creator-privileges',
    'creator-no-admin-role',
    "The creator's current admin role allows this call. The token has no permissions of its own.",
    "The creator's current admin role does not allow this call; a token has exactly its creator's current permissions.",
  ],
  ['scope', 'Scope', 'check-order-scope-before-role', 'check-order-scope-before-role'],
  ['principal-role', "App's role", 'oauth-needs-scope-and-role', 'oauth-needs-scope-and-role'],
  [
    'body-well-formed',
    'JSON body',
    'check-order-body-after-authorization',
    'check-order-body-after-authorization',
    'The request body, where the endpoint reads one, is well-formed JSON.',
    'The request body is not well-formed JSON.',
  ],
  [
    'resource-exists',
    'Resource exists',
    'check-order-body-after-authorization',
    'check-order-body-after-authorization',
    'The object named in the path exists.',
    'Nothing in the org has the id or login named in the path.',
  ],
  [
    'body-valid',
    'Body valid',
    'check-order-body-after-authorization',
    'check-order-body-after-authorization',
    "The request body passes the endpoint's validation rules.",
    'The request body breaks a validation rule; errorCauses names the field and the reason.',
  ],
] as const satisfies readonly Row[];

/** Every check code, in pipeline order. The playground maps each code to a lesson. */
export const TRACE_CHECKS = ROWS.map((r) => r[0]);

/** A stable check code. */
export type TraceCheck = (typeof ROWS)[number][0];

const BEARER_ONLY = /^(jwt-|scope|principal-role)/;
const SSWS_ONLY = /^(token-|creator-|network-zone)/;

/** The checks of a request sent with `SSWS` (also used when no usable credential is sent). */
export const SSWS_PATH: readonly TraceCheck[] = TRACE_CHECKS.filter((c) => !BEARER_ONLY.test(c));

/** The checks of a request sent with `Bearer`. */
export const BEARER_PATH: readonly TraceCheck[] = TRACE_CHECKS.filter((c) => !SSWS_ONLY.test(c));

/** For each check: `[label, pass fact, fail fact]`. */
export const CHECK_INFO = Object.fromEntries(
  ROWS.map(([check, label, passFact, failFact]): [string, readonly [string, FactId, FactId]] => [
    check,
    [label, passFact, failFact],
  ]),
) as Record<TraceCheck, readonly [label: string, passFact: FactId, failFact: FactId]>;

/**
 * What a skipped step cites: the lab's first-failure model (the first failing check decides
 * the response, the rest are not run), which Okta does not document.
 */
export const SKIP_FACT: FactId = 'check-order-undocumented';

/** A check's `pass` and `fail` sentences, for the checks a branch brings with it. */
export type CheckSentences = Partial<Record<TraceCheck, readonly [pass: string, fail: string]>>;

/** Sentences of the checks in the table; the Bearer-only ones arrive with the OAuth chunk. */
const SENTENCES = Object.fromEntries(
  ROWS.flatMap((r) => (r.length > 4 ? [[r[0], [r[4], r[5]]]] : [])),
) as CheckSentences;

/**
 * A check's short label, for legends, headings and the trace list.
 *
 * @example
 * checkLabel('token-not-expired') // 'Within 30 days'
 */
export function checkLabel(check: TraceCheck): string {
  return CHECK_INFO[check][0];
}

/**
 * The summary sentence for a check and outcome. `branch` holds the sentences of checks that
 * ship with their branch (the Bearer checks). Skipped checks, and checks whose sentences are
 * not at hand, share one sentence pattern: there is nothing check-specific to say.
 */
export function checkSummary(
  check: TraceCheck,
  outcome: 'pass' | 'fail' | 'skip',
  branch: CheckSentences = {},
): string {
  const text = branch[check] ?? SENTENCES[check];
  if (outcome === 'skip' || !text)
    return `${checkLabel(check)}: not checked, because an earlier check already decided the response.`;
  return outcome === 'pass' ? text[0] : text[1];
}

/**
 * Which lesson section explains each trace check. Every check code the simulator can emit has
 * an entry (the `Record` type makes a new code a compile error here), and a unit test checks
 * that each URL names an existing lesson file and one of its `##` headings.
 */
import type { TraceCheck } from '../okta-sim/index.ts';

type Lesson = [path: string, title: string];

const ANATOMY: Lesson = ['/learn/inside-a-request/anatomy-of-a-call/', 'Anatomy of an API call'];
const CHECKS: Lesson = ['/learn/inside-a-request/how-okta-checks-a-token/', 'How Okta checks a token'];
const ERRORS: Lesson = ['/learn/inside-a-request/reading-error-responses/', 'Reading error responses'];
const WHAT: Lesson = ['/learn/tokens-at-a-glance/what-an-api-token-is/', 'What an API token is'];
const CREATING: Lesson = ['/learn/a-tokens-life/creating-a-token/', 'Creating a token'];
const REVOKING: Lesson = ['/learn/a-tokens-life/revoking-a-token/', 'Revoking a token'];
const WINDOW: Lesson = ['/learn/a-tokens-life/the-30-day-window/', 'The 30-day window'];
const CREATOR: Lesson = ['/learn/a-tokens-life/when-the-creator-changes/', 'When the creator changes'];
const ZONES: Lesson = ['/learn/a-token-is-its-creator/network-zones-and-rate-shares/', 'Network zones and rate shares'];
const INHERITED: Lesson = ['/learn/a-token-is-its-creator/inherited-privileges/', 'Inherited privileges'];
const JWT: Lesson = ['/learn/oauth-for-okta/inside-an-access-token/', 'Inside an access token'];
const OAUTH_ERRORS: Lesson = ['/learn/oauth-for-okta/scope-and-token-errors/', 'Scope and token errors'];
const APPS: Lesson = ['/learn/oauth-for-okta/service-apps-and-scopes/', 'Service apps and scopes'];
const BUCKETS: Lesson = ['/learn/rate-limits/buckets-and-headers/', 'Buckets and headers'];

/** Lesson and heading id (GitHub-style slug of the heading text) for each check. */
export const TRACE_LESSONS: Record<TraceCheck, [Lesson, string]> = {
  route: [ANATOMY, 'the-request-line-method-and-url'],
  'length-required': [ANATOMY, 'the-body-json-for-writes'],
  'auth-header': [ERRORS, 'why-a-missing-header-gives-403-e0000005'],
  'auth-scheme': [CHECKS, 'finding-the-credential'],
  'token-format': [WHAT, 'what-a-token-looks-like'],
  'token-known': [CREATING, 'shown-once-stored-as-a-hash'],
  'token-not-revoked': [REVOKING, 'what-a-revoked-token-gets-back'],
  'token-not-expired': [WINDOW, 'thirty-days-from-the-last-use'],
  'creator-active': [CREATOR, 'the-creator-is-checked-on-every-call'],
  'network-zone': [ZONES, 'calls-from-outside-the-allowed-zones'],
  'jwt-format': [JWT, 'three-parts-and-two-dots'],
  'jwt-kid': [JWT, 'the-header-alg-and-kid'],
  'jwt-signature': [JWT, 'checking-a-token-locally'],
  'jwt-token-type': [OAUTH_ERRORS, 'never-send-an-id-token'],
  'jwt-issuer': [JWT, 'the-claims'],
  'jwt-audience': [JWT, 'the-claims'],
  'jwt-expiry': [OAUTH_ERRORS, 'invalid-token-the-token-itself-is-wrong'],
  'rate-limit': [BUCKETS, 'your-share-of-a-bucket'],
  'creator-role': [INHERITED, 'current-privileges-not-a-snapshot'],
  scope: [OAUTH_ERRORS, 'missing-scope-right-token-wrong-scope'],
  'principal-role': [APPS, 'scope-and-role-two-locks'],
  'body-well-formed': [ANATOMY, 'the-body-json-for-writes'],
  'resource-exists': [ERRORS, 'not-every-404-is-a-typo-in-the-path'],
  'body-valid': [ERRORS, 'the-five-fields-of-an-error-body'],
};

/**
 * The lesson link for a check.
 *
 * @example
 * traceLink('token-not-revoked')
 * // { href: '/learn/a-tokens-life/revoking-a-token/#what-a-revoked-token-gets-back', title: 'Revoking a token' }
 */
export function traceLink(check: TraceCheck): { href: string; title: string } {
  const [[path, title], id] = TRACE_LESSONS[check];
  return { href: `${path}#${id}`, title };
}

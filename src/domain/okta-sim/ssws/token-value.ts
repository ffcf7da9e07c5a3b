/**
 * Simulated API token values, and the check that real-looking Okta tokens trip.
 *
 * Okta does not document its token format. Third-party secret scanners assume `00` followed by
 * 40 URL-safe characters (TruffleHog: `\b00[a-zA-Z0-9_-]{40}\b`, fact sheet section 1). Lab
 * values are `00lab.` followed by 34 base62 characters: the `.` is outside that character
 * class, so no run of class characters is longer than 34 and the pattern can never match. A
 * screenshot or shared link of a lab token therefore never trips a leak detector, and the
 * visible `lab` marks it as fake.
 */
import { randomChars, type RngState } from '../org/prng.ts';

/** The visible marker every simulated token value starts with. */
export const LAB_TOKEN_PREFIX = '00lab.';

const REAL_OKTA_TOKEN = /\b00[A-Za-z0-9_-]{40}\b/;

/**
 * True if `text` contains something shaped like a real Okta API token (the third-party scanner
 * pattern). The playground uses it to warn before anyone pastes a real secret.
 *
 * @example
 * looksLikeRealOktaToken('SSWS 00QCjAl4MlV-WPXM0HmjFxvbGua00QCjAl4MlV'); // true
 * looksLikeRealOktaToken('SSWS 00lab.8tR2kQ9wLm4ZpX7cV1bN6yH3gF5dS0aJqE'); // false
 */
export function looksLikeRealOktaToken(text: string): boolean {
  return REAL_OKTA_TOKEN.test(text);
}

/** A fresh lab token value from the org's seeded generator. */
export function newTokenValue(rng: RngState): string {
  return LAB_TOKEN_PREFIX + randomChars(rng, 34);
}

/**
 * Whether an SSWS value has a shape any token could have: 1 to 8,192 printable ASCII characters (a common HTTP header limit),
 * no spaces. Okta does not document a format; anything else is simply an invalid token.
 */
export function isTokenShaped(value: string): boolean {
  return value.length > 0 && value.length <= 8192 && /^[\x21-\x7e]+$/.test(value);
}

/**
 * Simulated API token values, and the check that real-looking Okta tokens trip.
 *
 * Okta does not document its token format. Third-party secret scanners assume `00` followed by
 * 40 URL-safe characters (TruffleHog: `\b00[a-zA-Z0-9_-]{40}\b`, fact
 * `token-value-format-undocumented`: a third-party regex, not Okta's). Lab
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

/** The longest SSWS value the lab accepts: a common HTTP header limit, not an Okta rule. */
const MAX_TOKEN_LENGTH = 8192;

/**
 * Whether an SSWS value has a shape any token could have: 1 to 8,192 printable ASCII characters,
 * no spaces. This is the lab's own rule: Okta does not document a format (fact
 * `token-value-format-undocumented`); anything else is simply an invalid token.
 */
export function isTokenShaped(value: string): boolean {
  return value.length > 0 && value.length <= MAX_TOKEN_LENGTH && /^[\x21-\x7e]+$/.test(value);
}

/**
 * Why a value fails {@link isTokenShaped}, in one sentence for the trace.
 *
 * @example
 * tokenFormatDetail('00lab.é') // 'The value contains a non-ASCII character ("é"), which no token value has.'
 */
export function tokenFormatDetail(value: string): string {
  if (value.length === 0) return 'The value is empty: nothing follows "SSWS".';
  if (value.length > MAX_TOKEN_LENGTH)
    return `The value is ${value.length} characters long, more than ${MAX_TOKEN_LENGTH}.`;
  const bad = /[^\x21-\x7e]/u.exec(value)?.[0] ?? ' ';
  if ((bad.codePointAt(0) ?? 0) > 0x7f)
    return `The value contains a non-ASCII character (${JSON.stringify(bad)}), which no token value has.`;
  return 'The value contains a space or a control character, so it is not one token.';
}

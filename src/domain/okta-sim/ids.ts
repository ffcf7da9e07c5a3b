/**
 * Okta-shaped identifiers, all drawn from the org's seeded generator.
 *
 * Shapes follow the fact sheet: object ids are 20 characters with a type prefix (`00u` users,
 * `00T` API tokens, `0oa` apps; section 1), `errorId` is `oae` + 22 characters (section 4) and
 * request ids look like the documented `reqVy8wsvmBQN27h4soUE3ZEnA` (section 4, headers).
 */
import { randomChars, type RngState } from './prng.ts';

/** A 20-character Okta id: the 3-character prefix plus 17 base62 characters. */
export function newId(rng: RngState, prefix: string): string {
  return prefix + randomChars(rng, 20 - prefix.length);
}

/** A value for the `X-Okta-Request-Id` header (also the System Log's `transaction.id`). */
export function newRequestId(rng: RngState): string {
  return 'req' + randomChars(rng, 23);
}

/** An `errorId`: 25 characters starting with `oae`, as observed in real error bodies. */
export function newErrorId(rng: RngState): string {
  return 'oae' + randomChars(rng, 22);
}

/** A UUID-shaped string for System Log events (`uuid`). */
export function newUuid(rng: RngState): string {
  const hex = '0123456789abcdef';
  const h = randomChars(rng, 32, hex);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

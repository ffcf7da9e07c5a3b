/**
 * Okta-shaped identifiers, all drawn from the org's seeded generator.
 *
 * Shapes follow the facts: object ids are 20 characters with a type prefix (`00u` users,
 * `00T` API tokens, `0oa` apps; facts object-id-prefixes, token-id-format), `errorId` is `oae` +
 * 22 characters (fact error-id-shape-observed) and request ids look like the documented
 * `reqVy8wsvmBQN27h4soUE3ZEnA` (fact request-id-header).
 */
import { randomChars, type RngState } from './prng.ts';

/**
 * An id of `length` characters: the prefix, then base62 characters. Object ids are 20 long
 * (`00u…`); `newId(rng, 'req', 26)` is an `X-Okta-Request-Id` (also the System Log's
 * `transaction.id`); `newId(rng, 'oae', 25)` an `errorId`, as observed in real error bodies.
 */
export function newId(rng: RngState, prefix: string, length = 20): string {
  return prefix + randomChars(rng, length - prefix.length);
}

/** A UUID-shaped string for System Log events (`uuid`). */
export function newUuid(rng: RngState): string {
  const hex = '0123456789abcdef';
  const h = randomChars(rng, 32, hex);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

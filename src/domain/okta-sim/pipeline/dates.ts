/** Simulated time as the API shows it: one day in milliseconds, ISO timestamps, the `Date` header. */

export const DAY_MS = 86_400_000;

const isoCache = new Map<number, string>();

/**
 * ISO-8601 with milliseconds, the format Okta uses for timestamps. Memoised: listing users
 * formats the same few dozen instants on every call, and `toISOString` dominated the profile.
 *
 * @example
 * iso(0) // '1970-01-01T00:00:00.000Z'
 */
export function iso(ms: number): string {
  let text = isoCache.get(ms);
  if (text === undefined) {
    if (isoCache.size >= 4096) isoCache.clear();
    text = new Date(ms).toISOString();
    isoCache.set(ms, text);
  }
  return text;
}

let lastHttpDate: [number, string] = [Number.NaN, ''];

/**
 * The `Date` header's format (RFC 9110 IMF-fixdate); the last value is reused while the clock
 * stands still.
 *
 * @example
 * httpDate(0) // 'Thu, 01 Jan 1970 00:00:00 GMT'
 */
export function httpDate(ms: number): string {
  if (lastHttpDate[0] !== ms) lastHttpDate = [ms, new Date(ms).toUTCString()];
  return lastHttpDate[1];
}

/**
 * A fresh attempt seed, or the one in `?seed=` so an attempt can be reproduced (the results
 * screen shows the code). A seed is 1 to 40 letters, digits, `_` or `-`: characters that are
 * never percent-encoded, so the raw query is read as it is. Browser code: it reads the address
 * and `Math.random`, which the domain may not.
 */
export function attemptSeed(): string {
  return /[?&]seed=([\w-]{1,40})(?:&|$)/.exec(location.search)?.[1] ?? Math.random().toString(36).slice(2, 8);
}

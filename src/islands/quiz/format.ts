/**
 * A duration for people: "45 s", "2 min 5 s".
 *
 * @example
 * formatDuration(125_000) // "2 min 5 s"
 */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/**
 * A fresh attempt seed, or the one in `?seed=` so an attempt can be reproduced. A seed is 1 to 40
 * letters, digits, `_` or `-`: characters that are never percent-encoded, so the raw query is
 * read as it is.
 */
export function attemptSeed(): string {
  return /[?&]seed=([\w-]{1,40})(?:&|$)/.exec(location.search)?.[1] ?? Math.random().toString(36).slice(2, 8);
}

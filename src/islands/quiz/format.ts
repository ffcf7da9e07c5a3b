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

/** Relative times for the JWT inspector ("3 days ago", "in 59 minutes"); loaded with it. */

/**
 * How far `ms` is from `now`, in the largest whole unit.
 *
 * @example
 * relativeTime(now - 3 * 86_400_000, now) // '3 days ago'
 * relativeTime(now + 59 * 60_000, now)    // 'in 59 minutes'
 */
export function relativeTime(ms: number, now: number): string {
  const diff = ms - now;
  const abs = Math.abs(diff);
  if (abs < 60_000) return 'now';
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
  ];
  const [size, name] = units.find(([s]) => abs >= s) ?? [60_000, 'minute'];
  const n = Math.floor(abs / size);
  const text = `${n} ${name}${n === 1 ? '' : 's'}`;
  return diff < 0 ? `${text} ago` : `in ${text}`;
}

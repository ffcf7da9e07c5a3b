/** Human dates for the simulated clock. Always UTC, so pages render the same everywhere. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * @example
 * formatDate(Date.UTC(2026, 2, 2, 9, 0)) // '2 Mar 2026, 09:00 UTC'
 */
export function formatDate(ms: number): string {
  if (!Number.isFinite(ms)) return 'unknown date';
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return 'unknown date';
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

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

/** An ISO string (as the simulator's metadata gives) to epoch ms; NaN when unreadable. */
export function parseIso(text: string | null | undefined): number {
  return text ? Date.parse(text) : NaN;
}

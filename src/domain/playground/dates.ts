/** Human dates for the simulated clock. Always UTC, so pages render the same everywhere. */

/**
 * @example
 * formatDate(Date.UTC(2026, 2, 2, 9, 0)) // '2 Mar 2026, 09:00 UTC'
 */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return 'unknown date';
  // ECMA-262 fixes this format in every engine: "Mon, 02 Mar 2026 09:00:00 GMT".
  const [, day, month, year, time = ''] = d.toUTCString().split(' ');
  return `${Number(day)} ${month} ${Number(year)}, ${time.slice(0, 5)} UTC`;
}

/** An ISO string (as the simulator's metadata gives) to epoch ms; NaN when unreadable. */
export function parseIso(text: string | null | undefined): number {
  return text ? Date.parse(text) : NaN;
}

/** Parses the "Days to advance" field. */

/** The longest step the clock takes at once: ten years (a share link replays at most this per step). */
export const MAX_DAYS = 3650;

export type DaysResult = { ok: true; days: number } | { ok: false; message: string };

/**
 * A positive number of days, decimals allowed (0.5 is twelve hours), at most ten years.
 *
 * @example
 * parseDays('31')     // { ok: true, days: 31 }
 * parseDays('-2')     // { ok: false, message: 'Enter a number of days greater than 0, for example 31.' }
 * parseDays('100000') // { ok: false, message: 'Advance at most 3650 days (ten years) at a time.' }
 */
export function parseDays(text: string): DaysResult {
  const t = text.trim();
  // Any run of digits reaches the maximum check below, so a large number is told the real limit.
  if (!/^\d{1,20}(\.\d{1,6})?$|^\.\d{1,6}$/.test(t)) {
    return { ok: false, message: 'Enter a number of days greater than 0, for example 31.' };
  }
  const days = Number(t);
  if (!(days > 0)) return { ok: false, message: 'Enter a number of days greater than 0.' };
  if (days > MAX_DAYS) return { ok: false, message: `Advance at most ${MAX_DAYS} days (ten years) at a time.` };
  return { ok: true, days };
}

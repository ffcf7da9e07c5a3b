/** Parses the "Days to advance" field. */

export const MAX_DAYS = 3650;

export type DaysResult = { ok: true; days: number } | { ok: false; message: string };

/**
 * A positive number of days, decimals allowed (0.5 is twelve hours), at most ten years.
 *
 * @example
 * parseDays('31')  // { ok: true, days: 31 }
 * parseDays('-2')  // { ok: false, message: 'Enter a number of days greater than 0.' }
 */
export function parseDays(text: string): DaysResult {
  const t = text.trim();
  if (!/^\d{1,5}(\.\d{1,6})?$|^\.\d{1,6}$/.test(t)) {
    return { ok: false, message: 'Enter a number of days greater than 0, for example 31.' };
  }
  const days = Number(t);
  if (!(days > 0)) return { ok: false, message: 'Enter a number of days greater than 0.' };
  if (days > MAX_DAYS) return { ok: false, message: `Advance at most ${MAX_DAYS} days at a time.` };
  return { ok: true, days };
}

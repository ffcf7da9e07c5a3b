/** Parses the "Times" field of "Send N times". */

/** Most sends one click makes: enough to use up any bucket a lesson shows (600 a minute at a 50% share is 300). */
export const MAX_TIMES = 500;

export type TimesResult = { ok: true; times: number } | { ok: false; message: string };

const MESSAGE = `Enter a whole number from 1 to ${MAX_TIMES}.`;

/**
 * A whole number of sends from 1 to {@link MAX_TIMES}.
 *
 * @example
 * parseTimes('61')  // { ok: true, times: 61 }
 * parseTimes('0')   // { ok: false, message: 'Enter a whole number from 1 to 500.' }
 */
export function parseTimes(text: string): TimesResult {
  const t = text.trim();
  if (!/^\d{1,6}$/.test(t)) return { ok: false, message: MESSAGE };
  const times = Number(t);
  return times >= 1 && times <= MAX_TIMES ? { ok: true, times } : { ok: false, message: MESSAGE };
}

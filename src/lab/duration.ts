/**
 * Clock advances for `POST /__lab/clock`: an ISO-8601 duration (`P31D`, `PT90S`, `P1W2DT3H`) or
 * a number of days. Years and months are refused: their length depends on the date, and "31
 * days" is what API-token expiry is counted in.
 */

const UNIT_MS = { W: 604_800_000, D: 86_400_000, H: 3_600_000, M: 60_000, S: 1000 } as const;

const ISO_DURATION =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Milliseconds for an advance, or a sentence saying what is wrong with it.
 *
 * @example
 * parseAdvance('P31D') // { ms: 2678400000 }
 * parseAdvance(1.5) // { ms: 129600000 }
 * parseAdvance('P1M') // { error: '…' }
 */
export function parseAdvance(value: unknown): { ms: number } | { error: string } {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return { error: 'advance in days must be a number above 0.' };
    return { ms: Math.round(value * UNIT_MS.D) };
  }
  if (typeof value !== 'string') {
    return { error: 'advance must be an ISO-8601 duration such as "P31D" or "PT90S", or a number of days.' };
  }
  const text = value.trim().toUpperCase();
  if (/[YM]/.test((text.split('T')[0] ?? '').slice(1))) {
    return { error: `"${value}" uses years or months, whose length depends on the date; give days instead (P365D).` };
  }
  const m = ISO_DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) {
    return { error: `"${value}" is not an ISO-8601 duration such as "P31D", "PT1H" or "P1DT12H".` };
  }
  const [, w, d, h, min, s] = m;
  const ms = [w, d, h, min, s].reduce(
    (sum, part, i) => sum + Number(part ?? 0) * UNIT_MS[(['W', 'D', 'H', 'M', 'S'] as const)[i] ?? 'S'],
    0,
  );
  if (!(ms > 0)) return { error: 'The clock only moves forward: give a duration above zero.' };
  return { ms: Math.round(ms) };
}

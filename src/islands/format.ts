/**
 * Words and numbers for people, shared by the quiz and progress islands. (Simulated times in the
 * playground are formatted by `domain/playground/dates.ts`, in UTC; these follow the reader.)
 */

/**
 * A count with its noun: "1 question", "3 questions" ("1 chapter quiz", "2 chapter quizzes"
 * with `many`).
 *
 * @example
 * plural(2, 'chapter quiz', 'chapter quizzes') // "2 chapter quizzes"
 */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * A duration: "45 s", "2 min 5 s".
 *
 * @example
 * formatDuration(125_000) // "2 min 5 s"
 */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/**
 * A day in the reader's own locale and time zone, such as "3 Jan 2026" or "Jan 3, 2026".
 *
 * @example
 * formatLocalDay(Date.UTC(2026, 0, 3, 12)) // "3 Jan 2026" for an en-GB reader
 */
export const formatLocalDay = (at: number): string =>
  new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

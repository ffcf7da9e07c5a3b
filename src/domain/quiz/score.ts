/** The pass mark: 70 % of the questions, inclusive. */
export const PASS_PERCENT = 70;

export interface Score {
  score: number;
  total: number;
  /** Rounded to a whole percent for display; `passed` does not use the rounding. */
  percent: number;
  passed: boolean;
}

/**
 * The score of a set of graded answers.
 *
 * @example
 * scoreResults([true, true, true, true, true, true, true, false, false, false]) // { score: 7, total: 10, percent: 70, passed: true }
 */
export function scoreResults(results: readonly boolean[]): Score {
  const total = results.length;
  const score = results.filter(Boolean).length;
  return {
    score,
    total,
    percent: total === 0 ? 0 : Math.round((score * 100) / total),
    // Integers only, so 14/20 is exactly 70 % and passes.
    passed: total > 0 && score * 100 >= total * PASS_PERCENT,
  };
}

/**
 * Per-chapter score of graded exam items, chapters in first-seen order.
 *
 * @example
 * scoreByChapter([{ chapter: 'a', correct: true }, { chapter: 'a', correct: false }]) // { a: { score: 1, total: 2 } }
 */
export function scoreByChapter(
  items: readonly { chapter: string; correct: boolean }[],
): Record<string, { score: number; total: number }> {
  const out: Record<string, { score: number; total: number }> = {};
  for (const { chapter, correct } of items) {
    const c = (out[chapter] ??= { score: 0, total: 0 });
    c.total++;
    if (correct) c.score++;
  }
  return out;
}

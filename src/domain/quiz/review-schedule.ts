/**
 * Spaced review: a missed question comes back after 1 day; each right answer moves it to the next
 * wait (3 days, then 7 days); a wrong answer sends it back to the start. A right answer at the last
 * step takes it out of review.
 */

const DAY = 24 * 60 * 60 * 1000;

/** Waits between reviews, in days. */
export const REVIEW_INTERVAL_DAYS: readonly number[] = [1, 3, 7];

/** Where a question stands in review. */
export interface ReviewState {
  step: number;
  due: number;
  missedAt: number;
}

/**
 * The review state of a question the reader just got wrong (in a quiz, the exam or review).
 *
 * @example
 * missedReview(0) // { step: 0, due: 86_400_000, missedAt: 0 }
 */
export function missedReview(at: number): ReviewState {
  return { step: 0, due: at + (REVIEW_INTERVAL_DAYS[0] ?? 1) * DAY, missedAt: at };
}

/**
 * The next state after a review answer, or `null` when the question leaves review.
 *
 * @example
 * nextReview({ step: 0, due: 0, missedAt: 0 }, true, 0)  // { step: 1, due: 3 days, missedAt: 0 }
 * nextReview({ step: 2, due: 0, missedAt: 0 }, true, 0)  // null: learned
 * nextReview({ step: 2, due: 0, missedAt: 0 }, false, 5) // back to step 0, due 1 day after 5
 */
export function nextReview(state: ReviewState, correct: boolean, at: number): ReviewState | null {
  if (!correct) return missedReview(at);
  const step = state.step + 1;
  const days = REVIEW_INTERVAL_DAYS[step];
  if (days === undefined) return null;
  return { step, due: at + days * DAY, missedAt: state.missedAt };
}

/**
 * Whether a question is due now.
 *
 * @example
 * isDue({ step: 0, due: 10, missedAt: 0 }, 10) // true
 */
export function isDue(state: ReviewState, now: number): boolean {
  return state.due <= now;
}

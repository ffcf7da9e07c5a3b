import { describe, expect, it } from 'vitest';
import { isDue, missedReview, nextReview, REVIEW_INTERVAL_DAYS } from '../../../../src/domain/quiz/index.ts';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);

describe('spaced review schedule', () => {
  it('waits 1, 3 and 7 days', () => {
    expect(REVIEW_INTERVAL_DAYS).toEqual([1, 3, 7]);
  });

  it('brings a missed question back after one day', () => {
    const s = missedReview(t0);
    expect(s).toEqual({ step: 0, due: t0 + DAY, missedAt: t0 });
    expect(isDue(s, t0 + DAY - 1)).toBe(false);
    expect(isDue(s, t0 + DAY)).toBe(true);
  });

  it('moves a right answer to the next wait', () => {
    const s1 = nextReview(missedReview(t0), true, t0 + DAY);
    expect(s1).toEqual({ step: 1, due: t0 + 4 * DAY, missedAt: t0 });
    const s2 = nextReview(s1!, true, t0 + 4 * DAY);
    expect(s2).toEqual({ step: 2, due: t0 + 11 * DAY, missedAt: t0 });
  });

  it('takes a question out of review after a right answer at the last step', () => {
    expect(nextReview({ step: 2, due: t0, missedAt: t0 }, true, t0)).toBeNull();
  });

  it('resets a wrong answer to the first wait', () => {
    const later = t0 + 20 * DAY;
    expect(nextReview({ step: 2, due: t0, missedAt: t0 }, false, later)).toEqual({
      step: 0,
      due: later + DAY,
      missedAt: later,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { questionKey } from '../../../../src/domain/quiz/question-key.ts';
import { single } from './fixtures.ts';

describe('questionKey', () => {
  it('qualifies the question id with its chapter, since ids are unique only inside a quiz', () => {
    expect(questionKey({ chapter: 'rate-limits', question: single })).toBe('rate-limits/single');
    expect(questionKey({ chapter: 'expiry', question: single })).not.toBe(
      questionKey({ chapter: 'rate-limits', question: single }),
    );
  });
});

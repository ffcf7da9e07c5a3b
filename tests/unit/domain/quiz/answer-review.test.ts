import { describe, expect, it } from 'vitest';
import { answerText, reviewAnswer } from '../../../../src/domain/quiz/answer-review.ts';
import { multiple, order, predict, single, trueFalse } from './fixtures.ts';

describe('reviewAnswer', () => {
  it.each([
    [
      'a wrong single choice: the chosen option, then the right one, each explained',
      single,
      [1],
      {
        correct: false,
        yours: 'X-Token',
        right: 'Authorization',
        explanations: ['X-Token because.', 'Authorization because.'],
      },
    ],
    [
      'a right single choice: explained once',
      single,
      [0],
      { correct: true, yours: 'Authorization', right: 'Authorization', explanations: ['Authorization because.'] },
    ],
    [
      'a half-right multiple choice: the wrong pick explained, then both right ones',
      multiple,
      [0, 1],
      { correct: false, yours: 'A; B', right: 'A; C', explanations: ['B because.', 'A because.', 'C because.'] },
    ],
    [
      'true/false',
      trueFalse,
      [0],
      {
        correct: false,
        yours: 'True',
        right: 'False',
        explanations: ['No: idle tokens expire.', 'Right: idle tokens expire.'],
      },
    ],
    [
      'predict: outcomes by their label',
      predict,
      [0],
      {
        correct: false,
        yours: '200',
        right: '401 E0000011 Invalid token provided',
        explanations: ['Revoked tokens do not work.', 'Right.'],
      },
    ],
    [
      'order: the reader’s order and the right order, every step explained',
      order,
      [1, 0, 2, 3],
      {
        correct: false,
        yours: 'Find the token → Read the header → Check the role → Check the rate limit',
        right: 'Read the header → Find the token → Check the role → Check the rate limit',
        explanations: ['First.', 'Second.', 'Third.', 'Fourth.'],
      },
    ],
    [
      'no answer (the timer ran out): wrong, with the right answer explained',
      single,
      undefined,
      { correct: false, yours: null, right: 'Authorization', explanations: ['Authorization because.'] },
    ],
  ] as const)('goes over %s', (_name, q, given, expected) => {
    expect(reviewAnswer(q, given)).toEqual(expected);
  });
});

describe('answerText', () => {
  it('is null for an empty answer', () => {
    expect(answerText(single, [])).toBeNull();
  });
});

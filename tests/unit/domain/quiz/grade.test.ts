import { describe, expect, it } from 'vitest';
import { correctAnswer, gradeAnswer, viewOptions } from '../../../../src/domain/quiz/index.ts';
import { multiple, order, predict, single, trueFalse } from './fixtures.ts';

describe('gradeAnswer', () => {
  it.each([
    ['single: the right option', single, [0], true],
    ['single: a wrong option', single, [1], false],
    ['single: two options', single, [0, 1], false],
    ['single: nothing chosen', single, [], false],
    ['multiple: all and only the right options', multiple, [0, 2], true],
    ['multiple: the right options in another order', multiple, [2, 0], true],
    ['multiple: a right option missing', multiple, [0], false],
    ['multiple: a wrong option added', multiple, [0, 1, 2], false],
    ['multiple: every option', multiple, [0, 1, 2, 3], false],
    ['multiple: a repeated click is still one choice', multiple, [0, 2, 2], true],
    ['truefalse: False when the statement is false', trueFalse, [1], true],
    ['truefalse: True when the statement is false', trueFalse, [0], false],
    ['predict: the simulator outcome', predict, [1], true],
    ['predict: another outcome', predict, [2], false],
    ['order: exactly the authored order', order, [0, 1, 2, 3], true],
    ['order: two steps swapped', order, [0, 2, 1, 3], false],
    ['order: a step missing', order, [0, 1, 2], false],
    ['order: reversed', order, [3, 2, 1, 0], false],
  ] as const)('%s', (_name, q, answer, expected) => {
    expect(gradeAnswer(q, answer)).toBe(expected);
  });
});

describe('viewOptions', () => {
  it('shows True then False, marking the right one', () => {
    expect(viewOptions(trueFalse).map((o) => [o.text, o.correct])).toEqual([
      ['True', false],
      ['False', true],
    ]);
  });

  it('shows a predict option by its label, or by its outcome when it has none', () => {
    expect(viewOptions(predict).map((o) => o.text)).toEqual([
      '200',
      '401 E0000011 Invalid token provided',
      '403 E0000006',
    ]);
  });

  it('keeps every option explanation', () => {
    expect(viewOptions(single).every((o) => o.explanation.length > 0)).toBe(true);
  });
});

describe('correctAnswer', () => {
  it.each([
    ['single', single, [0]],
    ['multiple', multiple, [0, 2]],
    ['truefalse', trueFalse, [1]],
    ['predict', predict, [1]],
    ['order', order, [0, 1, 2, 3]],
  ] as const)('%s: grades as right', (_name, q, expected) => {
    expect(correctAnswer(q)).toEqual(expected);
    expect(gradeAnswer(q, correctAnswer(q))).toBe(true);
  });
});

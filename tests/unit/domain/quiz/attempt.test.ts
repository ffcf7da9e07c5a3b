import { describe, expect, it } from 'vitest';
import {
  answer,
  answeredCount,
  finishAttempt,
  record,
  revise,
  retryMissed,
  startAttempt,
  type Attempt,
} from '../../../../src/domain/quiz/attempt.ts';
import type { Answer, Question } from '../../../../src/domain/quiz/types.ts';
import { multiple, order, predict, single, trueFalse } from './fixtures.ts';

const t0 = Date.UTC(2026, 0, 1);
/** Five questions, one of each type; `right[i]` answers question i right, `wrong[i]` wrong. */
const questions: Question[] = [single, multiple, trueFalse, predict, order];
const right: Answer[] = [[0], [2, 0], [1], [1], [0, 1, 2, 3]];
const wrong: Answer[] = [[1], [0], [0], [2], [1, 0, 2, 3]];
const all = questions.map((_, i) => i);

/** An attempt at `items` where the items in `wrongOnes` get a wrong answer and those in `skip` none. */
function taken(items: number[], wrongOnes: number[] = [], skip: number[] = [], practice = false): Attempt {
  let a = startAttempt(items, 'seed', t0, practice);
  for (const i of items) {
    if (skip.includes(i)) continue;
    a = answer(a, i, (wrongOnes.includes(i) ? wrong : right)[i]!, questions[i]!);
  }
  return a;
}

describe('answer', () => {
  it.each([
    ['a right answer', 0, right[0]!, true],
    ['a right answer in another order (multiple)', 1, [0, 2], true],
    ['a wrong answer', 3, wrong[3]!, false],
    ['an order question out of order', 4, wrong[4]!, false],
  ] as const)('grades %s with the question it is given', (_name, item, given, correct) => {
    const a = answer(startAttempt(all, 'seed', t0), item, given, questions[item]!);
    expect(a.results[item]).toEqual({ answer: given, correct });
  });

  it('keeps the first answer: a second answer to the same item changes nothing', () => {
    const first = answer(startAttempt(all, 'seed', t0), 0, wrong[0]!, single);
    expect(answer(first, 0, right[0]!, single)).toBe(first);
  });

  it('ignores an item that is not in the attempt', () => {
    const a = startAttempt([0, 1], 'seed', t0);
    expect(answer(a, 2, right[2]!, trueFalse)).toBe(a);
  });

  it('ignores answers once the attempt has finished', () => {
    const { attempt } = finishAttempt(startAttempt(all, 'seed', t0), t0 + 1000);
    expect(answer(attempt, 0, right[0]!, single)).toBe(attempt);
  });

  it('does not change the attempt it is given', () => {
    const a = startAttempt(all, 'seed', t0);
    answer(a, 0, right[0]!, single);
    expect(a.results).toEqual({});
    expect(answeredCount(a)).toBe(0);
  });
});

describe('finishAttempt', () => {
  it.each([
    // name, wrong items, unanswered items, score, percent, passed, missed
    ['every answer right', [], [], 5, 100, true, []],
    ['one wrong: 4 of 5 passes', [2], [], 4, 80, true, [2]],
    ['two wrong: 3 of 5 does not', [0, 4], [], 3, 60, false, [0, 4]],
    ['unanswered items count as wrong', [], [1, 3], 3, 60, false, [1, 3]],
    ['wrong and unanswered, in the order asked', [4], [0], 3, 60, false, [0, 4]],
    ['nothing answered', [], all, 0, 0, false, all],
  ])('%s', (_name, wrongOnes, skip, score, percent, passed, missed) => {
    const result = finishAttempt(taken(all, wrongOnes, skip), t0 + 90_000);
    expect(result.score).toEqual({ score, total: 5, percent, passed });
    expect(result.missed).toEqual(missed);
    expect(result.unanswered).toBe(skip.length);
    expect(result.took).toBe(90_000);
    expect(result.attempt.end).toBe(t0 + 90_000);
  });

  it('reports missed items in the order they were asked, not by index', () => {
    const a = taken([4, 0, 2], [0, 4]);
    expect(finishAttempt(a, t0).missed).toEqual([4, 0]);
  });

  it('gives the same result when asked twice: the first end time stands', () => {
    const first = finishAttempt(taken(all, [1]), t0 + 60_000);
    const again = finishAttempt(first.attempt, t0 + 999_000);
    expect(again).toEqual(first);
    expect(again.took).toBe(60_000);
  });

  it('scores an empty attempt as 0 of 0, not passed', () => {
    expect(finishAttempt(startAttempt([], 'seed', t0), t0).score).toEqual({
      score: 0,
      total: 0,
      percent: 0,
      passed: false,
    });
  });
});

describe('practice (a retry of wrong answers, review)', () => {
  it.each([
    ['all right', [], 2, 100],
    ['one wrong', [2], 1, 50],
  ])('never reports "passed", whatever the score: %s', (_name, wrongOnes, score, percent) => {
    const result = finishAttempt(taken([0, 2], wrongOnes, [], true), t0);
    expect(result.score).toEqual({ score, total: 2, percent, passed: false });
  });

  it('a retry asks exactly the missed items, in order, as practice, with a seed of its own', () => {
    const result = finishAttempt(taken(all, [3, 1], [4]), t0);
    const retry = retryMissed(result, t0 + 5000)!;
    expect(retry.items).toEqual([1, 3, 4]);
    expect(retry.practice).toBe(true);
    expect(retry.results).toEqual({});
    expect(retry.start).toBe(t0 + 5000);
    expect(retry.seed).not.toBe(result.attempt.seed);
    // The same attempt code gives the same retry.
    expect(retryMissed(result, t0 + 5000)).toEqual(retry);
  });

  it('there is no retry when nothing was missed', () => {
    expect(retryMissed(finishAttempt(taken(all), t0), t0)).toBeUndefined();
  });

  it('a retry of a retry keeps the items still missed and stays practice', () => {
    const retry = retryMissed(finishAttempt(taken(all, [0, 2, 4]), t0), t0)!;
    let a = answer(retry, 0, right[0]!, single);
    a = answer(a, 2, wrong[2]!, trueFalse);
    a = answer(a, 4, right[4]!, order);
    const again = retryMissed(finishAttempt(a, t0), t0)!;
    expect(again.items).toEqual([2]);
    expect(again.practice).toBe(true);
  });

  it('a full attempt is not practice', () => {
    expect(startAttempt(all, 'seed', t0).practice).toBe(false);
  });
});

describe('record (modes that grade in their own way)', () => {
  it('keeps any answer shape with its verdict, and the first answer stands', () => {
    const a = record(startAttempt<string>([0, 1], 'tasks', t0), 1, { answer: 'revoked the token', correct: true });
    expect(a.results[1]).toEqual({ answer: 'revoked the token', correct: true });
    expect(record(a, 1, { answer: 'again', correct: false })).toBe(a);
    expect(finishAttempt(a, t0).missed).toEqual([0]);
  });
});

describe('revise (the exam, where an answer may change before the end)', () => {
  it('replaces an earlier answer, unlike record', () => {
    const a = record(startAttempt(all, 'seed', t0), 0, { answer: [1], correct: false });
    expect(record(a, 0, { answer: [0], correct: true }).results[0]).toEqual({ answer: [1], correct: false });
    expect(revise(a, 0, { answer: [0], correct: true }).results[0]).toEqual({ answer: [0], correct: true });
  });

  it('leaves a finished attempt, or an item not in it, as it is', () => {
    const a = startAttempt([0, 1], 'seed', t0);
    expect(revise(a, 4, { answer: [0], correct: true })).toBe(a);
    const done = finishAttempt(a, t0 + 1).attempt;
    expect(revise(done, 0, { answer: [0], correct: true })).toBe(done);
  });
});

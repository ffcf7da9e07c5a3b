import { describe, expect, it } from 'vitest';
import { scoreByChapter, scoreResults } from '../../../../src/domain/quiz/index.ts';

const results = (right: number, total: number) => Array.from({ length: total }, (_, i) => i < right);

describe('scoreResults', () => {
  it.each([
    [7, 10, 70, true],
    [6, 10, 60, false],
    [14, 20, 70, true],
    [13, 20, 65, false],
    [5, 7, 71, true],
    [4, 6, 67, false],
    [0, 5, 0, false],
    [5, 5, 100, true],
  ])('%i of %i is %i %% (passed: %s)', (right, total, percent, passed) => {
    expect(scoreResults(results(right, total))).toEqual({ score: right, total, percent, passed });
  });

  it('does not pass an empty attempt', () => {
    expect(scoreResults([])).toEqual({ score: 0, total: 0, percent: 0, passed: false });
  });
});

describe('scoreByChapter', () => {
  it('counts right answers per chapter', () => {
    expect(
      scoreByChapter([
        { chapter: 'a', correct: true },
        { chapter: 'b', correct: false },
        { chapter: 'a', correct: false },
      ]),
    ).toEqual({ a: { score: 1, total: 2 }, b: { score: 0, total: 1 } });
  });
});

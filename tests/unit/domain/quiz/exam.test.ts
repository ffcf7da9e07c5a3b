import { describe, expect, it } from 'vitest';
import { drawExam, EXAM_SIZE, examShares } from '../../../../src/domain/quiz/index.ts';
import { quizOf } from './fixtures.ts';

const course = [quizOf('one', 10), quizOf('two', 4), quizOf('three', 30), quizOf('four', 1), quizOf('five', 15)];

describe('examShares', () => {
  it('splits in proportion to the number of questions', () => {
    expect(
      examShares(
        [
          { chapter: 'a', questions: 10 },
          { chapter: 'b', questions: 30 },
        ],
        20,
      ),
    ).toEqual([5, 15]);
  });

  it('gives every chapter with questions at least one', () => {
    const shares = examShares(
      [
        { chapter: 'a', questions: 100 },
        { chapter: 'b', questions: 1 },
        { chapter: 'c', questions: 2 },
      ],
      20,
    );
    expect(shares.every((s) => s >= 1)).toBe(true);
    expect(shares.reduce((a, b) => a + b)).toBe(20);
  });

  it('never takes more than a chapter has and always fills the exam', () => {
    for (let a = 0; a <= 12; a++) {
      for (let b = 1; b <= 12; b++) {
        const counts = [
          { chapter: 'a', questions: a },
          { chapter: 'b', questions: b },
          { chapter: 'c', questions: 3 },
        ];
        const shares = examShares(counts, 20);
        shares.forEach((s, i) => expect(s).toBeLessThanOrEqual(counts[i]!.questions));
        expect(shares.reduce((x, y) => x + y)).toBe(Math.min(20, a + b + 3));
      }
    }
  });

  it('takes everything when the course has fewer questions than the exam', () => {
    expect(
      examShares(
        [
          { chapter: 'a', questions: 3 },
          { chapter: 'b', questions: 4 },
        ],
        20,
      ),
    ).toEqual([3, 4]);
  });

  it('gives nothing to a chapter without questions', () => {
    expect(
      examShares(
        [
          { chapter: 'a', questions: 0 },
          { chapter: 'b', questions: 25 },
        ],
        20,
      ),
    ).toEqual([0, 20]);
  });
});

describe('drawExam', () => {
  it(`draws ${EXAM_SIZE} distinct questions`, () => {
    const exam = drawExam(course, 'seed');
    expect(exam).toHaveLength(EXAM_SIZE);
    expect(new Set(exam.map((q) => `${q.chapter}/${q.question.id}`)).size).toBe(EXAM_SIZE);
  });

  it('includes every chapter', () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      expect(new Set(drawExam(course, seed).map((q) => q.chapter))).toEqual(
        new Set(['one', 'two', 'three', 'four', 'five']),
      );
    }
  });

  it('weights chapters by their size', () => {
    const count = (c: string) => drawExam(course, 'w').filter((q) => q.chapter === c).length;
    expect(count('three')).toBeGreaterThan(count('one'));
    expect(count('one')).toBeGreaterThan(count('four'));
  });

  it('is the same for the same seed and differs for another', () => {
    const ids = (seed: string) => drawExam(course, seed).map((q) => `${q.chapter}/${q.question.id}`);
    expect(ids('s1')).toEqual(ids('s1'));
    expect(ids('s1')).not.toEqual(ids('s2'));
  });
});

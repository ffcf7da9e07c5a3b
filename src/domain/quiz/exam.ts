import { shuffle } from './shuffle.ts';
import type { ChapterQuestion, Quiz } from './types.ts';

/** Questions in a practice exam. */
export const EXAM_SIZE = 20;

/**
 * How many questions each quiz gives to an exam of `size`: one from every quiz that has questions,
 * the rest shared in proportion to how many questions each quiz has (largest remainder), never
 * more than a quiz holds. If the course has fewer than `size` questions, all of them.
 *
 * @example
 * examShares([{ chapter: 'a', questions: 10 }, { chapter: 'b', questions: 30 }], 20) // [5, 15]
 */
export function examShares(counts: readonly { chapter: string; questions: number }[], size: number): number[] {
  const shares = counts.map((c) => Math.min(1, c.questions));
  let left =
    Math.min(
      size,
      counts.reduce((n, c) => n + c.questions, 0),
    ) - shares.reduce((a, b) => a + b, 0);
  while (left > 0) {
    // Hand out what is left in proportion to the spare questions each quiz still has.
    const spare = counts.map((c, i) => c.questions - shares[i]!);
    const pool = spare.reduce((a, b) => a + b, 0);
    const exact = spare.map((s) => (s * left) / pool);
    const whole = exact.map(Math.floor);
    let given = whole.reduce((a, b) => a + b, 0);
    const byRemainder = exact.map((e, i) => ({ i, r: e - whole[i]! })).sort((a, b) => b.r - a.r || a.i - b.i);
    for (const { i } of byRemainder) {
      if (given >= left) break;
      if (whole[i]! < spare[i]!) {
        whole[i]!++;
        given++;
      }
    }
    if (given === 0) break; // Cannot happen with exact arithmetic; guards against a float surprise.
    whole.forEach((w, i) => (shares[i]! += w));
    left -= given;
  }
  return shares;
}

/**
 * Draws a practice exam: {@link EXAM_SIZE} questions (or fewer if the course has fewer), at least
 * one from every chapter (even if that makes the exam longer than `size`), weighted by each chapter's number of questions, in a seeded order.
 *
 * @example
 * drawExam(quizzes, 'exam-2026-01-01').length // 20
 */
export function drawExam(quizzes: readonly Quiz[], seed: string, size = EXAM_SIZE): ChapterQuestion[] {
  const shares = examShares(
    quizzes.map((q) => ({ chapter: q.chapter, questions: q.questions.length })),
    size,
  );
  const drawn = quizzes.flatMap((quiz, i) =>
    shuffle(quiz.questions, `${seed}/${quiz.chapter}`)
      .slice(0, shares[i])
      .map((question) => ({ chapter: quiz.chapter, question })),
  );
  return shuffle(drawn, `${seed}/order`);
}

/**
 * A practice exam while the reader answers it: the questions drawn, the attempt at them, the
 * question on screen, and the questions flagged for review. Unlike a chapter quiz, the exam shows
 * no feedback until the end, so the reader may go back ("Previous") and change an answer, and
 * flag questions to come back to before finishing. A plain immutable value, like the attempt.
 */
import { revise, startAttempt, type Attempt } from './attempt.ts';
import { drawExam } from './exam.ts';
import { gradeAnswer } from './grade.ts';
import type { Answer, ChapterQuestion, Quiz } from './types.ts';

export interface ExamSession {
  /** The questions drawn; the attempt's items index this list (item `i` is `draw[i]`). */
  readonly draw: readonly ChapterQuestion[];
  readonly attempt: Attempt;
  /** The question on screen: an index into `draw`. */
  readonly pos: number;
  /** Items flagged for review, in question order. */
  readonly flagged: readonly number[];
  /** When the timer runs out, if the reader chose one. */
  readonly deadline?: number | undefined;
}

/**
 * A new exam drawn from `quizzes` with `seed`, started at `at`, with a timer of `limit`
 * milliseconds if one is given.
 *
 * @example
 * startExam(quizzes, 'k3x9', t, 30 * 60_000).deadline // t + 30 minutes
 */
export function startExam(quizzes: readonly Quiz[], seed: string, at: number, limit?: number): ExamSession {
  const draw = drawExam(quizzes, seed);
  return {
    draw,
    attempt: startAttempt(
      draw.map((_, i) => i),
      seed,
      at,
    ),
    pos: 0,
    flagged: [],
    deadline: limit === undefined ? undefined : at + limit,
  };
}

/**
 * Grades `given` as the answer to the question on screen, replacing an earlier answer to it.
 *
 * @example
 * answerCurrent(s, [2]).attempt.results[s.pos] // { answer: [2], correct: … }
 */
export function answerCurrent(s: ExamSession, given: Answer): ExamSession {
  const q = s.draw[s.pos]!.question;
  return { ...s, attempt: revise(s.attempt, s.pos, { answer: given, correct: gradeAnswer(q, given) }) };
}

/**
 * Shows question `pos` (clamped to the exam).
 *
 * @example
 * goTo(s, s.pos - 1) // "Previous"
 */
export function goTo(s: ExamSession, pos: number): ExamSession {
  const to = Math.min(Math.max(0, Math.trunc(pos)), s.draw.length - 1);
  return to === s.pos ? s : { ...s, pos: to };
}

/**
 * Flags item `item` for review, or clears its flag.
 *
 * @example
 * toggleFlag(toggleFlag(s, 3), 3).flagged // []
 */
export function toggleFlag(s: ExamSession, item: number): ExamSession {
  if (item < 0 || item >= s.draw.length) return s;
  const flagged = s.flagged.includes(item)
    ? s.flagged.filter((i) => i !== item)
    : [...s.flagged, item].sort((a, b) => a - b);
  return { ...s, flagged };
}

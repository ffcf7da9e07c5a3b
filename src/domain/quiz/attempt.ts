/**
 * One attempt at a set of questions, the same in every mode: the chapter quiz, a retry of its
 * wrong answers, spaced review and the practice exam (and, to come, DOMC questions and hands-on
 * tasks). An attempt is a plain immutable value. An island keeps it in state, calls
 * {@link answer} as the reader answers and {@link finishAttempt} at the end, and renders what
 * they return: no view grades an answer or computes a score.
 *
 * Items are indexes into the question list the caller holds (a quiz's questions, the exam's draw,
 * the review's due list), so one model serves every mode. Times are passed in, never read here.
 */
import { gradeAnswer } from './grade.ts';
import { scoreResults, type Score } from './score.ts';
import type { Answer, Question } from './types.ts';

/**
 * What an attempt records about one item, whatever the mode: the reader's answer in that mode's
 * encoding (for quiz questions, {@link Answer}) and whether it was right.
 */
export interface ItemResult<A = Answer> {
  readonly answer: A;
  readonly correct: boolean;
}

export interface Attempt<A = Answer> {
  /** Seeds the option order; readers see it as the attempt code they can reuse with `?seed=`. */
  readonly seed: string;
  /** The items asked, in order: indexes into the caller's question list. */
  readonly items: readonly number[];
  /** Results by item index; an item without one is unanswered. */
  readonly results: Readonly<Record<number, ItemResult<A>>>;
  /**
   * Practice does not count toward a pass: a retry of wrong answers, or a review session. Its
   * score is shown, but it never reports "passed".
   */
  readonly practice: boolean;
  readonly start: number;
  /** Set once, by {@link finishAttempt}. */
  readonly end?: number | undefined;
}

/** A finished attempt and what it came to. */
export interface AttemptResult<A = Answer> {
  readonly attempt: Attempt<A> & { readonly end: number };
  /** Unanswered items count as wrong. `passed` is always false for practice. */
  readonly score: Score;
  /** Items not answered right (wrong or unanswered), in the order they were asked. */
  readonly missed: readonly number[];
  /** How many items had no answer (the exam's timer ran out). */
  readonly unanswered: number;
  /** Milliseconds from start to end. */
  readonly took: number;
}

/**
 * A new attempt at `items` (indexes into the caller's question list).
 *
 * @example
 * startAttempt([0, 1, 2], 'k3x9', 1_767_225_600_000) // { seed: 'k3x9', items: [0, 1, 2], results: {}, practice: false, start: … }
 */
export function startAttempt<A = Answer>(
  items: readonly number[],
  seed: string,
  at: number,
  practice = false,
): Attempt<A> {
  return { seed, items: [...items], results: {}, practice, start: at };
}

/**
 * Records an already graded result for `item`, for modes that grade in their own way. The first
 * answer stands: an item already answered, an item not in the attempt, or a finished attempt
 * leaves the attempt as it is (the same object).
 *
 * @example
 * record(a, 0, { answer: 'task-done', correct: true }).results[0] // { answer: 'task-done', correct: true }
 */
export function record<A>(a: Attempt<A>, item: number, result: ItemResult<A>): Attempt<A> {
  if (a.end !== undefined || !a.items.includes(item) || a.results[item]) return a;
  return { ...a, results: { ...a.results, [item]: result } };
}

/**
 * Records a result for `item`, replacing any earlier one: for the practice exam, which shows no
 * feedback until the end, so the reader may go back and change their mind. An item not in the
 * attempt, or a finished attempt, leaves the attempt as it is (the same object).
 *
 * @example
 * revise(record(a, 0, { answer: [1], correct: false }), 0, { answer: [2], correct: true }).results[0] // { answer: [2], correct: true }
 */
export function revise<A>(a: Attempt<A>, item: number, result: ItemResult<A>): Attempt<A> {
  if (a.end !== undefined || !a.items.includes(item)) return a;
  return { ...a, results: { ...a.results, [item]: result } };
}

/**
 * Grades the reader's answer to quiz question `q` (item `item` of the attempt) and records it,
 * under the same rules as {@link record}.
 *
 * @example
 * answer(startAttempt([0], 's', t), 0, [2], question).results[0] // { answer: [2], correct: true } if 2 is right
 */
export function answer(a: Attempt, item: number, given: Answer, q: Question): Attempt {
  return record(a, item, { answer: given, correct: gradeAnswer(q, given) });
}

/**
 * How many of the attempt's items have an answer.
 *
 * @example
 * answeredCount(startAttempt([0, 1], 's', t)) // 0
 */
export function answeredCount(a: Attempt<unknown>): number {
  return a.items.filter((i) => a.results[i]).length;
}

/**
 * Ends the attempt at `at` and scores it. Finishing an attempt that has already ended keeps its
 * first end time, so the result is the same however often it is asked for.
 *
 * @example
 * finishAttempt(a, t).score // { score: 7, total: 10, percent: 70, passed: true }
 */
export function finishAttempt<A>(a: Attempt<A>, at: number): AttemptResult<A> {
  const end = a.end ?? at;
  const right = a.items.map((i) => a.results[i]?.correct === true);
  const score = scoreResults(right);
  return {
    attempt: { ...a, end },
    score: a.practice ? { ...score, passed: false } : score,
    missed: a.items.filter((_, n) => !right[n]),
    unanswered: a.items.length - answeredCount(a),
    took: end - a.start,
  };
}

/**
 * A practice attempt at the items a finished attempt missed, or `undefined` when it missed none.
 * Its seed follows from the original, so the same attempt code gives the same retry.
 *
 * @example
 * retryMissed(finishAttempt(a, t), t2)?.items // the missed items, in the order they were asked
 */
export function retryMissed<A>(result: AttemptResult<A>, at: number): Attempt<A> | undefined {
  if (result.missed.length === 0) return undefined;
  return startAttempt(result.missed, `${result.attempt.seed}w`, at, true);
}

/**
 * A graded answer in words, for the screens that go back over an attempt: the chapter quiz's
 * results and the practice exam's results, which list every question with the reader's answer,
 * the right answer and why.
 */
import { gradeAnswer } from './grade.ts';
import { correctAnswer, viewOptions } from './options.ts';
import type { Answer, Question } from './types.ts';

/** One question gone over after the attempt. */
export interface AnswerReview {
  /** Whether the reader's answer was right (no answer is never right). */
  correct: boolean;
  /** The reader's answer in words, or `null` when they gave none (the exam's timer ran out). */
  yours: string | null;
  /** The right answer in words. */
  right: string;
  /**
   * Why: the explanation of each option the reader chose wrongly, then of each right option (for
   * an order question, of every step in the right order), each once.
   */
  explanations: string[];
}

/**
 * An answer in words: the chosen options, or the steps in the reader's order. An empty or
 * missing answer is `null`.
 *
 * @example
 * answerText(orderQuestion, [1, 0, 2]) // "Find the token → Read the header → Check the role"
 */
export function answerText(q: Question, answer: Answer | undefined): string | null {
  if (!answer || answer.length === 0) return null;
  const options = viewOptions(q);
  return answer.map((i) => options[i]?.text ?? '?').join(q.type === 'order' ? ' → ' : '; ');
}

/**
 * Goes over the reader's answer to `q`.
 *
 * @example
 * reviewAnswer(single, [1])
 * // { correct: false, yours: 'X-Token', right: 'Authorization', explanations: ['X-Token because.', 'Authorization because.'] }
 */
export function reviewAnswer(q: Question, given: Answer | undefined): AnswerReview {
  const options = viewOptions(q);
  const right = correctAnswer(q);
  const correct = given !== undefined && given.length > 0 && gradeAnswer(q, given);
  const chosenWrongly = q.type === 'order' ? [] : (given ?? []).filter((i) => !right.includes(i));
  const explanations = [...chosenWrongly, ...right].flatMap((i) => {
    const text = options[i]?.explanation;
    return text ? [text] : [];
  });
  return {
    correct,
    yours: answerText(q, given),
    right: answerText(q, right) ?? '',
    explanations: [...new Set(explanations)],
  };
}

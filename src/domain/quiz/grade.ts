import { correctAnswer } from './options.ts';
import type { Answer, Question } from './types.ts';

/**
 * Whether an answer is right. Single, true/false and predict: exactly the right option.
 * Multiple: all the right options and none of the wrong ones, in any order. Order: every step,
 * in exactly the authored order.
 *
 * @example
 * gradeAnswer(multipleWithCorrect0and2, [2, 0]) // true
 * gradeAnswer(multipleWithCorrect0and2, [0])    // false: one right option missing
 */
export function gradeAnswer(q: Question, answer: Answer): boolean {
  const right = correctAnswer(q);
  const given = q.type === 'multiple' ? [...new Set(answer)].sort((a, b) => a - b) : answer;
  return given.length === right.length && given.every((v, i) => v === right[i]);
}

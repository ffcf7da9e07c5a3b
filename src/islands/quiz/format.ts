import { viewOptions } from '../../domain/quiz/options';
import type { Answer, Question } from '../../domain/quiz/types';

/**
 * A duration for people: "45 s", "2 min 5 s".
 *
 * @example
 * formatDuration(125_000) // "2 min 5 s"
 */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/**
 * An answer in words: the chosen options, or the steps in the reader's order.
 *
 * @example
 * answerText(orderQuestion, [1, 0, 2]) // "Find the token → Read the header → Check the role"
 */
export function answerText(q: Question, answer: Answer | undefined): string {
  if (!answer || answer.length === 0) return 'no answer';
  const options = viewOptions(q);
  return answer.map((i) => options[i]?.text ?? '?').join(q.type === 'order' ? ' → ' : '; ');
}

/** A fresh attempt seed, or the one in `?seed=` so an attempt can be reproduced. */
export function attemptSeed(): string {
  const given = new URLSearchParams(location.search).get('seed');
  return given && /^[\w-]{1,40}$/.test(given) ? given : Math.random().toString(36).slice(2, 8);
}

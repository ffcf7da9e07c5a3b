import type { ChapterQuestion } from './types.ts';

/**
 * The key progress and spaced review remember a question by: `<chapter>/<question id>`, because
 * question ids are unique only inside their quiz.
 *
 * @example
 * questionKey({ chapter: 'rate-limits', question: { id: 'burst', … } }) // 'rate-limits/burst'
 */
export function questionKey({ chapter, question }: ChapterQuestion): string {
  return `${chapter}/${question.id}`;
}

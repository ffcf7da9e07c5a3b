import type { z } from 'astro/zod';

/**
 * Formats schema failures the way authors need them: the file, the field path, and what to
 * write instead (the schema's own message). One line per problem.
 *
 * @example formatIssues('src/content/quizzes/rate-limits.yaml', error)
 * // "src/content/quizzes/rate-limits.yaml: questions.2.answer: answer must be one of ..."
 */
export function formatIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((i) => `${file}: ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`)
    .join('\n');
}

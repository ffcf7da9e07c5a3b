import type { FactLink, Quiz } from '../domain/quiz/types.ts';
import type { FactStatus } from '../schemas/fact.ts';
import type { Quiz as QuizContent } from '../schemas/quiz.ts';

/** What a question needs to know of a fact: the facts collection's title and status. */
interface FactSummary {
  title: string;
  status: FactStatus;
}

/**
 * A quiz as the domain plays it: each question's fact ids (`facts:` in the YAML) replaced by
 * links with the fact's title and status, so the views can show "Sources" after an answer
 * without loading the facts collection. Every id a question names that the collection lacks is a
 * problem, reported with the file and the question id so the build can fail on it.
 *
 * The return type is also the compile-time proof that the schema's output, so resolved, fits
 * the domain's plain quiz types: if a schema field changes shape, this stops type-checking.
 *
 * @example
 * resolveQuizFacts('quizzes/x.yaml', quiz, facts).problems
 * // ['quizzes/x.yaml #role-removed: unknown fact "no-such-fact"']
 */
export function resolveQuizFacts(
  file: string,
  quiz: QuizContent,
  facts: ReadonlyMap<string, FactSummary>,
): { quiz: Quiz; problems: string[] } {
  const problems: string[] = [];
  const link = (questionId: string, id: string): FactLink[] => {
    const fact = facts.get(id);
    if (!fact) problems.push(`${file} #${questionId}: unknown fact "${id}"`);
    return fact ? [{ id, title: fact.title, status: fact.status }] : [];
  };
  const questions = quiz.questions.map((q) => ({ ...q, facts: q.facts?.flatMap((id) => link(q.id, id)) }));
  return { quiz: { ...quiz, questions }, problems };
}

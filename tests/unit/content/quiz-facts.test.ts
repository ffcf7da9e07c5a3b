import { describe, expect, it } from 'vitest';
import { factSchema, type Fact } from '../../../src/schemas/fact.ts';
import { quizSchema, type Quiz } from '../../../src/schemas/quiz.ts';
import { resolveQuizFacts } from '../../../src/utils/quiz-facts.ts';
import { readFacts, readYamlFolder } from './load-content.ts';

/**
 * Each question's `facts:` become links with the fact's title and status at build time, so the
 * quiz, review and exam views can show "Sources" after an answer; an unknown id fails the build
 * with the file and the question.
 */
const facts = new Map<string, Fact>();
for (const raw of readFacts()) {
  const parsed = factSchema.safeParse(raw.data);
  if (parsed.success) facts.set(parsed.data.id, parsed.data);
}

describe('every quiz in the course', () => {
  for (const f of readYamlFolder('quizzes')) {
    const quiz = quizSchema.safeParse(f.data);
    // A quiz that fails its schema is reported by content-files.test.ts.
    if (!quiz.success) continue;
    it(`${f.file}: every question names facts that exist`, () => {
      const { quiz: resolved, problems } = resolveQuizFacts(f.file, quiz.data, facts);
      expect(problems).toEqual([]);
      for (const q of resolved.questions) expect(q.facts?.length ?? 0, q.id).toBeGreaterThan(0);
    });
  }
});

describe('resolveQuizFacts', () => {
  const quiz = (ids: string[] | undefined): Quiz => ({
    chapter: 'c',
    questions: [
      {
        type: 'truefalse',
        id: 'q1',
        prompt: 'p',
        lesson: '/learn/a/b/',
        answer: true,
        explanations: { true: 't', false: 'f' },
        ...(ids ? { facts: ids } : {}),
      },
    ],
  });
  const known = new Map([
    ['creator-no-admin-role', { title: 'A creator with no admin role at all', status: 'unconfirmed' as const }],
    ['token-sliding-window', { title: 'Valid for 30 days', status: 'confirmed' as const }],
  ]);

  it('replaces each fact id with its id, title and status, in the authored order', () => {
    const { quiz: out, problems } = resolveQuizFacts(
      'q.yaml',
      quiz(['token-sliding-window', 'creator-no-admin-role']),
      known,
    );
    expect(problems).toEqual([]);
    expect(out.questions[0]!.facts).toEqual([
      { id: 'token-sliding-window', title: 'Valid for 30 days', status: 'confirmed' },
      { id: 'creator-no-admin-role', title: 'A creator with no admin role at all', status: 'unconfirmed' },
    ]);
  });

  it('names the file, the question and the id of an unknown fact, and links the rest', () => {
    const { quiz: out, problems } = resolveQuizFacts('q.yaml', quiz(['no-such-fact', 'token-sliding-window']), known);
    expect(problems).toEqual(['q.yaml #q1: unknown fact "no-such-fact"']);
    expect(out.questions[0]!.facts?.map((f) => f.id)).toEqual(['token-sliding-window']);
  });

  it('leaves a question without facts without links', () => {
    expect(resolveQuizFacts('q.yaml', quiz(undefined), known).quiz.questions[0]!.facts).toBeUndefined();
  });
});

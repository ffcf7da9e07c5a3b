import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationProblems, quizFactProblems, uncitedSections } from '../../../src/utils/citations.ts';
import { readFacts, readLessons, readYamlFolder } from './load-content';

/**
 * Lessons and quizzes cite facts by id. The build fails on an unknown id too (the Cite component
 * throws); these tests give the same file:line message in a second.
 */
const known = new Set(readFacts().map((f) => f.id));
const lessons = readLessons().map((l) => ({ file: l.file, raw: readFileSync(l.file, 'utf8') }));

/**
 * Lessons not yet converted to citations. A ratchet: a lesson here may still have uncited
 * sections, a lesson not here may not, and a lesson here that cites in every section fails the
 * test until it is removed from the list. Empty the list as lessons are converted.
 */
const NOT_YET_CITED = new Set([
  'src/content/lessons/a-token-is-its-creator/01-inherited-privileges.mdx',
  'src/content/lessons/a-token-is-its-creator/02-service-accounts-and-least-privilege.mdx',
  'src/content/lessons/a-token-is-its-creator/03-network-zones-and-rate-shares.mdx',
  'src/content/lessons/a-tokens-life/01-creating-a-token.mdx',
  'src/content/lessons/a-tokens-life/02-the-30-day-window.mdx',
  'src/content/lessons/a-tokens-life/03-revoking-a-token.mdx',
  'src/content/lessons/a-tokens-life/04-when-the-creator-changes.mdx',
  'src/content/lessons/inside-a-request/01-anatomy-of-a-call.mdx',
  'src/content/lessons/inside-a-request/02-how-okta-checks-a-token.mdx',
  'src/content/lessons/inside-a-request/03-reading-error-responses.mdx',
  'src/content/lessons/tokens-at-a-glance/02-what-tokens-do-not-do.mdx',
  'src/content/lessons/tokens-at-a-glance/03-authentication-vs-authorization.mdx',
]);

describe('lesson citations', () => {
  it.each(lessons.map((l) => [l.file, l] as const))('%s cites only facts that exist', (_f, l) => {
    expect(citationProblems(l.file, l.raw, known)).toEqual([]);
  });

  it.each(lessons.filter((l) => !NOT_YET_CITED.has(l.file)).map((l) => [l.file, l] as const))(
    '%s cites a fact in every section but the Recap',
    (_f, l) => {
      expect(uncitedSections(l.file, l.raw)).toEqual([]);
    },
  );

  it('keeps the list of lessons not yet converted honest', () => {
    for (const file of NOT_YET_CITED) {
      const lesson = lessons.find((l) => l.file === file);
      expect(lesson, `${file} no longer exists: remove it from NOT_YET_CITED`).toBeDefined();
      expect(
        uncitedSections(file, lesson!.raw).length,
        `${file} now cites a fact in every section: remove it from NOT_YET_CITED`,
      ).toBeGreaterThan(0);
    }
  });
});

describe('quiz citations', () => {
  it.each(readYamlFolder('quizzes').map((q) => [q.file, q] as const))('%s names only facts that exist', (_f, q) => {
    const quiz = q.data as { questions: { id: string; facts?: string[] }[] };
    expect(quizFactProblems(q.file, quiz, known)).toEqual([]);
  });

  it('the chapter 1 quiz names the facts behind every question', () => {
    const quiz = readYamlFolder('quizzes').find((q) => q.name === 'tokens-at-a-glance')!;
    const questions = (quiz.data as { questions: { id: string; facts?: string[] }[] }).questions;
    expect(questions.filter((q) => !q.facts?.length).map((q) => q.id)).toEqual([]);
  });
});

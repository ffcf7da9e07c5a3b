import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationProblems, quizFactProblems, uncitedSections } from '../../../src/utils/citations.ts';
import { readFacts, readLessons, readYamlFolder } from './load-content.ts';

/**
 * Lessons and quizzes cite facts by id. The build fails on an unknown id too (the Cite component
 * throws); these tests give the same file:line message in a second.
 */
const known = new Set(readFacts().map((f) => f.id));
const lessons = readLessons().map((l) => ({ file: l.file, raw: readFileSync(l.file, 'utf8') }));

describe('lesson citations', () => {
  it.each(lessons.map((l) => [l.file, l] as const))('%s cites only facts that exist', (_f, l) => {
    expect(citationProblems(l.file, l.raw, known)).toEqual([]);
  });

  it.each(lessons.map((l) => [l.file, l] as const))('%s cites a fact in every section but the Recap', (_f, l) => {
    expect(uncitedSections(l.file, l.raw)).toEqual([]);
  });
});

describe('quiz citations', () => {
  it.each(readYamlFolder('quizzes').map((q) => [q.file, q] as const))('%s names only facts that exist', (_f, q) => {
    const quiz = q.data as { questions: { id: string; facts?: string[] }[] };
    expect(quizFactProblems(q.file, quiz, known)).toEqual([]);
  });

  it.each(readYamlFolder('quizzes').map((q) => [q.name, q] as const))(
    'the %s quiz names the facts behind every question',
    (_n, quiz) => {
      const questions = (quiz.data as { questions: { id: string; facts?: string[] }[] }).questions;
      expect(questions.filter((q) => !q.facts?.length).map((q) => q.id)).toEqual([]);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import { formatIssues } from '../../../src/schemas/format-issues.ts';
import { lessonSchema } from '../../../src/schemas/lesson.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';
import type { z } from 'astro/zod';

/** Parses a fixture and returns the author-facing message, or '' when it is valid. */
function messages(schema: z.ZodType, data: unknown, file = 'src/content/x.yaml'): string {
  const r = schema.safeParse(data);
  return r.success ? '' : formatIssues(file, r.error);
}

const goodChapter = {
  slug: 'rate-limits',
  order: 5,
  title: 'Rate limits',
  summary: 'Buckets.',
  objectives: ['Read headers.'],
};
const goodLesson = {
  title: 'Buckets',
  summary: 'How buckets work.',
  chapter: 'rate-limits',
  order: 1,
  objectives: ['Describe a bucket.'],
};
const choice = (correct: boolean, text = 'An option') => ({ text, correct, explanation: 'Because.' });
const q = { id: 'q1', prompt: 'Which?', lesson: '/learn/rate-limits/buckets/#what-a-bucket-is' };

describe('content schemas reject broken files with a message that names file, field and fix', () => {
  it.each([
    [
      'a chapter without a title',
      chapterSchema,
      { ...goodChapter, title: undefined },
      /x\.yaml: title: title is required/,
    ],
    [
      'a chapter slug with capitals',
      chapterSchema,
      { ...goodChapter, slug: 'Rate_Limits' },
      /slug: slug must be kebab-case/,
    ],
    [
      'a chapter with no objectives',
      chapterSchema,
      { ...goodChapter, objectives: [] },
      /objectives: objectives needs at least one entry/,
    ],
    [
      'a lesson whose order is text',
      lessonSchema,
      { ...goodLesson, order: 'first' },
      /order: order must be a whole number/,
    ],
    [
      'a lesson with an objective parsed as a YAML map',
      lessonSchema,
      { ...goodLesson, objectives: [{ Run: 'x' }] },
      /objectives\.0: each objective is required/,
    ],
    [
      'a lesson source that is not a URL',
      lessonSchema,
      { ...goodLesson, sources: [{ title: 'Okta', url: 'okta docs' }] },
      /sources\.0\.url: sources\[\]\.url must be a full https:\/\/ URL/,
    ],
    [
      'a single-choice question with two right answers',
      quizSchema,
      { chapter: 'rate-limits', questions: [{ ...q, type: 'single', options: [choice(true), choice(true)] }] },
      /questions\.0\.options: a "single" question needs exactly one option/,
    ],
    [
      'an option without an explanation',
      quizSchema,
      {
        chapter: 'rate-limits',
        questions: [{ ...q, type: 'single', options: [choice(true), { text: 'B', correct: false }] }],
      },
      /questions\.0\.options\.1\.explanation: explanation is required/,
    ],
    [
      'an unknown question type',
      quizSchema,
      { chapter: 'rate-limits', questions: [{ ...q, type: 'essay' }] },
      /questions\.0\.type/,
    ],
    [
      'a lesson link without the trailing slash',
      quizSchema,
      {
        chapter: 'rate-limits',
        questions: [
          {
            ...q,
            lesson: '/learn/rate-limits/buckets',
            type: 'truefalse',
            answer: true,
            explanations: { true: 'a', false: 'b' },
          },
        ],
      },
      /questions\.0\.lesson: lesson must be a site path/,
    ],
    [
      'a predict answer that is not an option',
      quizSchema,
      {
        chapter: 'rate-limits',
        questions: [
          {
            ...q,
            type: 'predict',
            scenario: 'rate-limited',
            answer: '429 E0000047',
            options: [
              { outcome: '200', explanation: 'a' },
              { outcome: '401 E0000011', explanation: 'b' },
            ],
          },
        ],
      },
      /questions\.0\.answer: answer must be one of the options/,
    ],
    [
      'a predict outcome in the wrong shape',
      quizSchema,
      {
        chapter: 'rate-limits',
        questions: [
          {
            ...q,
            type: 'predict',
            scenario: 'rate-limited',
            answer: 'Too many',
            options: [
              { outcome: 'Too many', explanation: 'a' },
              { outcome: '200', explanation: 'b' },
            ],
          },
        ],
      },
      /an outcome is a status and an optional code/,
    ],
    [
      'two questions with one id',
      quizSchema,
      {
        chapter: 'rate-limits',
        questions: [
          { ...q, type: 'truefalse', answer: true, explanations: { true: 'a', false: 'b' } },
          { ...q, type: 'truefalse', answer: false, explanations: { true: 'a', false: 'b' } },
        ],
      },
      /questions: two questions share an id/,
    ],
    [
      'a scenario step that is not a known action',
      scenarioSchema,
      {
        id: 'x',
        title: 'X',
        description: 'Y',
        setup: [{ makeToken: {} }],
        request: { method: 'GET', path: '/api/v1/users' },
      },
      /setup\.0/,
    ],
    [
      'a scenario path without a leading slash',
      scenarioSchema,
      { id: 'x', title: 'X', description: 'Y', request: { method: 'GET', path: 'api/v1/users' } },
      /request\.path: request\.path must start with "\/"/,
    ],
  ])('%s', (_name, schema, data, expected) => {
    expect(messages(schema, data)).toMatch(expected);
  });

  it('accepts well-formed files', () => {
    expect(messages(chapterSchema, goodChapter)).toBe('');
    expect(messages(lessonSchema, goodLesson)).toBe('');
    expect(
      messages(quizSchema, {
        chapter: 'rate-limits',
        questions: [{ ...q, type: 'single', options: [choice(true), choice(false)] }],
      }),
    ).toBe('');
  });
});

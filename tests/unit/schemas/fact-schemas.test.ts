import { describe, expect, it } from 'vitest';
import { collectFacts } from '../../../src/loaders/fact-files.ts';
import { factSchema } from '../../../src/schemas/fact.ts';
import { formatIssues } from '../../../src/schemas/format-issues.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { citationProblems, quizFactProblems, uncitedSections } from '../../../src/utils/citations.ts';
import type { z } from 'astro/zod';

/** Parses a fixture and returns the author-facing message, or '' when it is valid. */
function messages(schema: z.ZodType, data: unknown, file = 'src/content/facts/x.yaml'): string {
  const r = schema.safeParse(data);
  return r.success ? '' : formatIssues(file, r.error);
}

const cite = { source: 'guide-create-an-api-token', quote: 'This is the only opportunity to see it' };
const fact = {
  id: 'token-value-shown-once',
  group: 'tokens-at-a-glance',
  title: 'The value is shown only once',
  statement: 'A token value can be viewed only at creation.',
  status: 'confirmed',
  sources: [cite],
};
const contested = {
  ...fact,
  id: 'creator-suspended',
  status: 'contested',
  sources: [],
  sides: [
    { claim: 'It fails.', sources: [cite] },
    { claim: 'It keeps working.', sources: [cite] },
  ],
  simulatorFollows: 1,
  why: 'More sources say it fails.',
};

describe('the fact schema names the fix', () => {
  it.each([
    [
      'a status outside the four',
      { ...fact, status: 'documented' },
      /status: status must be one of: confirmed, observed/,
    ],
    ['a contested fact without sides', { ...contested, sides: undefined }, /sides: a contested fact needs `sides`/],
    [
      'a contested fact with one side',
      { ...contested, sides: contested.sides.slice(0, 1) },
      /needs `sides`: two or more/,
    ],
    [
      'a contested fact without the side the simulator follows',
      { ...contested, simulatorFollows: undefined },
      /simulatorFollows: a contested fact needs `simulatorFollows`/,
    ],
    [
      'a side number that does not exist',
      { ...contested, simulatorFollows: 3 },
      /must be the number of one of the sides/,
    ],
    [
      'sides on a fact that is not contested',
      { ...fact, sides: contested.sides },
      /only a contested fact has sides.*set status: contested or remove them/,
    ],
    ['a confirmed fact with no source', { ...fact, sources: [] }, /with no source, set status: unconfirmed/],
    ['an id that is not kebab-case', { ...fact, id: 'Token_Once' }, /id must be kebab-case/],
    [
      'a side without sources',
      { ...contested, sides: [{ claim: 'a', sources: [] }, contested.sides[1]] },
      /who says so/,
    ],
  ])('%s', (_name, data, expected) => {
    expect(messages(factSchema, data)).toMatch(expected);
  });

  it('accepts a confirmed fact, a contested one, and an unconfirmed one without sources', () => {
    expect(messages(factSchema, fact)).toBe('');
    expect(messages(factSchema, contested)).toBe('');
    expect(messages(factSchema, { ...fact, status: 'unconfirmed', sources: [] })).toBe('');
  });
});

describe('the source schema names the fix', () => {
  const page = { id: 'kb', title: 'KB', url: 'https://support.okta.com/help/s/article/x', retrieved: '2026-12-03' };
  const sha = '468de9c511b5e4009bb5f06c25cbf4b85fecb8d0';
  it.each([
    ['a source with neither date nor commit', { ...page, retrieved: undefined }, /needs `commit: <40 hex digits>`/],
    ['a short commit id', { ...page, retrieved: undefined, commit: '468de9c5' }, /full 40-character commit id/],
    [
      'a pinned source whose URL does not contain the commit',
      { ...page, retrieved: undefined, commit: sha },
      /must contain its commit: set `permalink`/,
    ],
    ['a plain-http URL', { ...page, url: 'http://example.com/' }, /url must start with https/],
    ['a date in another format', { ...page, retrieved: '03/12/2026' }, /retrieved must be a date such as/],
  ])('%s', (_name, data, expected) => {
    expect(messages(sourceSchema, data, 'src/content/sources.yaml')).toMatch(expected);
  });

  it('accepts a web page with a date, and a GitHub file pinned by its permalink', () => {
    expect(messages(sourceSchema, page)).toBe('');
    expect(
      messages(sourceSchema, {
        ...page,
        retrieved: undefined,
        commit: sha,
        permalink: `https://github.com/okta/okta-developer-docs/blob/${sha}/x.md`,
      }),
    ).toBe('');
    // Astro's YAML parser reads an unquoted date as a Date; the schema keeps the day.
    expect(sourceSchema.parse({ ...page, retrieved: new Date('2026-12-03') }).retrieved).toBe('2026-12-03');
  });
});

describe('the facts loader', () => {
  it('fails on a duplicate id and names both files and the fix', () => {
    expect(() =>
      collectFacts([
        { file: 'src/content/facts/a-tokens-life.yaml', data: [{ id: 'token-sliding-window' }] },
        { file: 'src/content/facts/rate-limits.yaml', data: [{ id: 'token-sliding-window' }] },
      ]),
    ).toThrow(
      /rate-limits\.yaml: fact id "token-sliding-window" is already used in src\/content\/facts\/a-tokens-life\.yaml: give one of them a new id/,
    );
  });

  it('fails on a file that is not a list, and on a fact without an id', () => {
    expect(() => collectFacts([{ file: 'src/content/facts/x.yaml', data: { id: 'a' } }])).toThrow(
      /x\.yaml: must be a YAML list of facts/,
    );
    expect(() => collectFacts([{ file: 'src/content/facts/x.yaml', data: [{ title: 'no id' }] }])).toThrow(
      /x\.yaml: fact 1 has no id/,
    );
  });

  it('sets each fact group from its file name', () => {
    const [f] = collectFacts([{ file: 'src/content/facts/rate-limits.yaml', data: [{ id: 'bucket' }] }]);
    expect(f).toEqual({
      id: 'bucket',
      file: 'src/content/facts/rate-limits.yaml',
      data: { id: 'bucket', group: 'rate-limits' },
    });
  });
});

describe('citation checks', () => {
  const known = new Set(['token-sliding-window']);
  const lesson = [
    '---',
    'title: x',
    '---',
    '',
    '## Expiry',
    '',
    'Tokens expire.<Cite id="token-slidng-window" />',
    '',
  ].join('\n');

  it('names the lesson file and line of an unknown fact id', () => {
    expect(citationProblems('lesson.mdx', lesson, known)).toEqual([
      'lesson.mdx:7: <Cite id="token-slidng-window" /> names no fact; use an id from src/content/facts/*.yaml',
    ]);
  });

  it('rejects a Cite whose id is not a plain string', () => {
    expect(citationProblems('lesson.mdx', 'Text.<Cite id={x} />', known)).toEqual([
      'lesson.mdx:1: <Cite> needs a plain id="<fact-id>" attribute',
    ]);
  });

  it('ignores citations shown inside fenced code', () => {
    expect(citationProblems('lesson.mdx', '```mdx\n<Cite id="nope" />\n```', known)).toEqual([]);
  });

  it('lists sections other than the Recap that cite nothing', () => {
    const text =
      '## Cited\nA.<Cite id="token-sliding-window" />\n## Bare\nB.\n```\n## Not a heading\n```\n## Recap\n- C.';
    expect(uncitedSections('lesson.mdx', text)).toEqual(['lesson.mdx:3: ## Bare cites no fact']);
  });

  it('names the quiz file and question of an unknown fact id', () => {
    const quiz = { questions: [{ id: 'q1', facts: ['token-sliding-window', 'nope'] }, { id: 'q2' }] };
    expect(quizFactProblems('quizzes/x.yaml', quiz, known)).toEqual([
      'quizzes/x.yaml: question "q1": fact "nope" does not exist; use an id from src/content/facts/*.yaml',
    ]);
  });

  it('the quiz schema rejects an empty facts list and accepts fact ids', () => {
    const q = {
      id: 'q1',
      prompt: 'Which?',
      lesson: '/learn/a/b/',
      type: 'truefalse',
      answer: true,
      explanations: { true: 'a', false: 'b' },
    };
    expect(messages(quizSchema, { chapter: 'a', questions: [{ ...q, facts: [] }] })).toMatch(
      /questions\.0\.facts: facts lists at least one fact id, or leave it out/,
    );
    expect(messages(quizSchema, { chapter: 'a', questions: [{ ...q, facts: ['Bad Id'] }] })).toMatch(
      /facts\[\] must be kebab-case/,
    );
    expect(messages(quizSchema, { chapter: 'a', questions: [{ ...q, facts: ['token-sliding-window'] }] })).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { parseProgress, PROGRESS_VERSION } from '../../../../src/domain/progress/index.ts';

const now = Date.UTC(2026, 2, 1);

/** What a reader's storage held under the version 1 shape (see `src/domain/progress/migrate.ts`). */
const v1 = {
  version: 1,
  visited: [
    '/learn/tokens-at-a-glance/what-is-an-api-token/',
    '/learn/tokens-at-a-glance/ssws-header/',
    '/learn/a-tokens-life/expiry/',
  ],
  completed: ['/learn/tokens-at-a-glance/what-is-an-api-token/'],
  quizBest: { 'tokens-at-a-glance': { score: 4, total: 5 }, 'a-tokens-life': { score: 2, total: 6 } },
};

describe('migration from version 1', () => {
  it('keeps lessons and quiz results, stamped with the migration time', () => {
    const r = parseProgress(v1, now);
    expect(r).toEqual({
      ok: true,
      migrated: true,
      progress: {
        version: PROGRESS_VERSION,
        lessons: {
          '/learn/tokens-at-a-glance/what-is-an-api-token/': { visitedAt: now, completedAt: now },
          '/learn/tokens-at-a-glance/ssws-header/': { visitedAt: now },
          '/learn/a-tokens-life/expiry/': { visitedAt: now },
        },
        goals: {},
        quizzes: {
          'tokens-at-a-glance': { attempts: 1, bestScore: 4, bestTotal: 5, lastScore: 4, lastTotal: 5, lastAt: now },
          'a-tokens-life': { attempts: 1, bestScore: 2, bestTotal: 6, lastScore: 2, lastTotal: 6, lastAt: now },
        },
        review: {},
        exams: [],
        prefs: {},
      },
    });
  });

  it('treats a v1 value with missing lists as empty', () => {
    const r = parseProgress({ version: 1 }, now);
    expect(r.ok && r.progress.lessons).toEqual({});
  });

  it('refuses a v1 value whose contents are broken rather than guessing', () => {
    expect(parseProgress({ ...v1, quizBest: { 'a-tokens-life': { score: 'all', total: 5 } } }, now).ok).toBe(false);
    expect(parseProgress({ ...v1, visited: ['not a url'] }, now).ok).toBe(false);
  });

  it('refuses a v1 value with a hostile key', () => {
    const hostile = JSON.parse('{"version":1,"quizBest":{"__proto__":{"score":1,"total":1}}}') as unknown;
    expect(parseProgress(hostile, now).ok).toBe(false);
  });
});

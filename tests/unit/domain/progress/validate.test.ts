import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, reduceProgress, type Progress } from '../../../../src/domain/progress/index.ts';

const now = Date.UTC(2026, 0, 10);
const t0 = Date.UTC(2026, 0, 1);

/** A progress value with a bit of everything. */
function full(): Progress {
  let p = emptyProgress();
  p = reduceProgress(p, { type: 'lesson-completed', lesson: '/learn/a-tokens-life/expiry/', at: t0 });
  p = reduceProgress(p, { type: 'goal-met', scenario: 'b-revoke-current', at: t0 });
  p = reduceProgress(p, { type: 'quiz-layout', layout: 'all' });
  p = reduceProgress(p, {
    type: 'quiz-attempt',
    chapter: 'a-tokens-life',
    score: 3,
    total: 5,
    missed: ['q1', 'q4'],
    at: t0,
  });
  p = reduceProgress(p, {
    type: 'exam-result',
    score: 14,
    total: 20,
    seconds: 700,
    byChapter: { 'a-tokens-life': { score: 2, total: 3 } },
    missed: [],
    at: t0,
  });
  return p;
}

const reject = (data: unknown) => {
  const r = parseProgress(data, now);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.reason;
};

/** Sets a nested field of a copy of {@link full}. */
function withField(path: (string | number)[], value: unknown): unknown {
  const p = JSON.parse(JSON.stringify(full())) as Record<string, unknown>;
  let at: Record<string | number, unknown> = p;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return p;
}

describe('parseProgress', () => {
  it('accepts empty and full current progress unchanged', () => {
    expect(parseProgress(emptyProgress(), now)).toEqual({ ok: true, progress: emptyProgress(), migrated: false });
    expect(parseProgress(JSON.parse(JSON.stringify(full())), now)).toEqual({
      ok: true,
      progress: full(),
      migrated: false,
    });
  });

  it('drops fields it does not know', () => {
    const r = parseProgress({ ...emptyProgress(), extra: 'x', lessons: {} }, now);
    expect(r.ok && Object.keys(r.progress)).toEqual([
      'version',
      'lessons',
      'goals',
      'quizzes',
      'review',
      'exams',
      'prefs',
    ]);
  });

  it.each([
    ['null', null],
    ['a string (what `{` would be if stored raw)', '{'],
    ['a number', 42],
    ['an array', []],
    ['no version', { lessons: {} }],
    ['a future version', { ...emptyProgress(), version: 3 }],
    ['a string version', { ...emptyProgress(), version: '2' }],
    ['lessons as a list', { ...emptyProgress(), lessons: [] }],
    ['a missing record', { version: 2, lessons: {}, goals: {}, quizzes: {}, review: {}, prefs: {} }],
    ['an unknown quiz layout', { ...emptyProgress(), prefs: { quizLayout: 'grid' } }],
  ])('refuses %s', (_name, data) => {
    expect(reject(data)).not.toBe('');
  });

  it.each([
    ['a lesson key that is not a lesson URL', ['lessons', 'javascript:alert(1)'], { visitedAt: t0 }],
    ['a visit time that is a string', ['lessons', '/learn/a-tokens-life/expiry/', 'visitedAt'], String(t0)],
    ['a completion time far in the future', ['lessons', '/learn/a-tokens-life/expiry/', 'completedAt'], 1e20],
    ['a goal time that is NaN-like', ['goals', 'b-revoke-current'], null],
    ['a goal key with markup', ['goals', '<img src=x onerror=alert(1)>'], t0],
    ['a best score above the total', ['quizzes', 'a-tokens-life', 'bestScore'], 9],
    ['a negative attempt count', ['quizzes', 'a-tokens-life', 'attempts'], -1],
    ['a fractional score', ['quizzes', 'a-tokens-life', 'lastScore'], 1.5],
    ['a review key without a chapter', ['review', 'q1'], { step: 0, due: t0, missedAt: t0 }],
    ['a review step that is a string', ['review', 'a-tokens-life/q1', 'step'], '0'],
    ['an exam that is not an object', ['exams', 0], 'passed'],
    ['an exam chapter score that is wrong', ['exams', 0, 'byChapter', 'a-tokens-life'], { score: 5, total: 3 }],
  ])('refuses %s', (_name, path, value) => {
    expect(reject(withField(path, value))).toMatch(/\S/);
  });

  it('names the first field that failed, so an import error can say what is wrong', () => {
    expect(reject(withField(['quizzes', 'a-tokens-life', 'lastScore'], 'three'))).toBe(
      'progress.quizzes.a-tokens-life.lastScore is not valid',
    );
    expect(reject(withField(['quizzes', 'a-tokens-life', 'bestScore'], 9))).toBe(
      'progress.quizzes.a-tokens-life.bestScore is not valid',
    );
  });

  it('never lets a __proto__ key through', () => {
    const hostile = JSON.parse(
      '{"version":2,"lessons":{"__proto__":{"visitedAt":1767225600000}},"goals":{},"quizzes":{},"review":{},"exams":[],"prefs":{}}',
    ) as unknown;
    expect(reject(hostile)).toBe('progress.lessons is not valid');
    expect(({} as Record<string, unknown>)['visitedAt']).toBeUndefined();
  });

  it('refuses absurdly many entries', () => {
    const goals = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`g${i}`, t0]));
    expect(reject({ ...emptyProgress(), goals })).toBe('progress.goals is not valid');
  });

  it('refuses an over-long exam history', () => {
    const exam = full().exams[0]!;
    expect(reject({ ...emptyProgress(), exams: Array.from({ length: 21 }, () => exam) })).toBe(
      'progress.exams is not valid',
    );
  });
});

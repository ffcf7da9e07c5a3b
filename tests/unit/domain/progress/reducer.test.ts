import { describe, expect, it } from 'vitest';
import { reduceProgress } from '../../../../src/domain/progress/reducer.ts';
import { emptyProgress, MAX_EXAMS, type Progress, type ProgressAction } from '../../../../src/domain/progress/types.ts';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);
const lesson = '/learn/tokens-at-a-glance/what-is-an-api-token/';
const run = (actions: ProgressAction[], start: Progress = emptyProgress()) => actions.reduce(reduceProgress, start);

describe('reduceProgress', () => {
  it('records the first visit to a lesson and keeps it', () => {
    const p = run([
      { type: 'lesson-visited', lesson, at: t0 },
      { type: 'lesson-visited', lesson, at: t0 + 5 },
    ]);
    expect(p.lessons[lesson]).toEqual({ visitedAt: t0 });
  });

  it('marks a lesson completed, counting it as visited too', () => {
    const p = run([{ type: 'lesson-completed', lesson, at: t0 }]);
    expect(p.lessons[lesson]).toEqual({ visitedAt: t0, completedAt: t0 });
  });

  it('returns the same object when nothing changes, so callers can skip a save', () => {
    const p = run([{ type: 'goal-met', scenario: 'b-revoke-current', at: t0 }]);
    expect(reduceProgress(p, { type: 'goal-met', scenario: 'b-revoke-current', at: t0 + 1 })).toBe(p);
    expect(reduceProgress(p, { type: 'review-answer', question: 'x/unknown', correct: true, at: t0 })).toBe(p);
  });

  it('keeps the time a playground goal was first met', () => {
    const p = run([
      { type: 'goal-met', scenario: 'b-revoke-current', at: t0 },
      { type: 'goal-met', scenario: 'b-revoke-current', at: t0 + DAY },
    ]);
    expect(p.goals).toEqual({ 'b-revoke-current': t0 });
  });

  it('counts quiz attempts and keeps the best and the latest score', () => {
    const p = run([
      { type: 'quiz-attempt', chapter: 'a-tokens-life', score: 4, total: 5, missed: ['q2'], at: t0 },
      { type: 'quiz-attempt', chapter: 'a-tokens-life', score: 2, total: 5, missed: ['q1', 'q2', 'q3'], at: t0 + 1 },
    ]);
    expect(p.quizzes['a-tokens-life']).toEqual({
      attempts: 2,
      bestScore: 4,
      bestTotal: 5,
      lastScore: 2,
      lastTotal: 5,
      lastAt: t0 + 1,
    });
  });

  it('puts missed quiz questions into review, keyed by chapter, due in one day', () => {
    const p = run([{ type: 'quiz-attempt', chapter: 'a-tokens-life', score: 4, total: 5, missed: ['q2'], at: t0 }]);
    expect(p.review).toEqual({ 'a-tokens-life/q2': { step: 0, due: t0 + DAY, missedAt: t0 } });
  });

  it('moves a reviewed question along, and removes it after the last step', () => {
    const key = 'a-tokens-life/q2';
    let p = run([{ type: 'quiz-attempt', chapter: 'a-tokens-life', score: 0, total: 1, missed: ['q2'], at: t0 }]);
    p = reduceProgress(p, { type: 'review-answer', question: key, correct: true, at: t0 + DAY });
    expect(p.review[key]?.step).toBe(1);
    p = reduceProgress(p, { type: 'review-answer', question: key, correct: false, at: t0 + 4 * DAY });
    expect(p.review[key]).toEqual({ step: 0, due: t0 + 5 * DAY, missedAt: t0 + 4 * DAY });
    for (let i = 0; i < 2; i++)
      p = reduceProgress(p, { type: 'review-answer', question: key, correct: true, at: t0 + 30 * DAY });
    expect(p.review[key]?.step).toBe(2);
    p = reduceProgress(p, { type: 'review-answer', question: key, correct: true, at: t0 + 40 * DAY });
    expect(p.review).toEqual({});
  });

  it('saves exam results, keeps only the latest ones, and reviews missed exam questions', () => {
    const exam = (at: number): ProgressAction => ({
      type: 'exam-result',
      score: 15,
      total: 20,
      seconds: 600,
      byChapter: { a: { score: 15, total: 20 } },
      missed: ['a/q1'],
      at,
    });
    const p = run(Array.from({ length: MAX_EXAMS + 3 }, (_, i) => exam(t0 + i)));
    expect(p.exams).toHaveLength(MAX_EXAMS);
    expect(p.exams.at(-1)?.at).toBe(t0 + MAX_EXAMS + 2);
    expect(p.review['a/q1']?.step).toBe(0);
  });

  it('remembers the quiz layout', () => {
    const p = run([{ type: 'quiz-layout', layout: 'all' }]);
    expect(p.prefs).toEqual({ quizLayout: 'all' });
    expect(reduceProgress(p, { type: 'quiz-layout', layout: 'all' })).toBe(p);
  });

  it('replaces everything on import and empties everything on reset', () => {
    const imported = run([{ type: 'goal-met', scenario: 'x', at: t0 }]);
    const p = run([
      { type: 'lesson-visited', lesson, at: t0 },
      { type: 'import', progress: imported },
    ]);
    expect(p).toEqual(imported);
    expect(reduceProgress(p, { type: 'reset' })).toEqual(emptyProgress());
  });

  it('never changes the state it was given', () => {
    const start = emptyProgress();
    const frozen = JSON.stringify(start);
    run(
      [
        { type: 'lesson-visited', lesson, at: t0 },
        { type: 'quiz-attempt', chapter: 'a', score: 0, total: 1, missed: ['q'], at: t0 },
      ],
      start,
    );
    expect(JSON.stringify(start)).toBe(frozen);
  });
});

describe('a lesson is completed by its exercise goal', () => {
  it('completes the lesson a goal was met in, and records the goal', () => {
    const p = run([
      { type: 'lesson-visited', lesson, at: t0 },
      { type: 'goal-met', scenario: 'b-revoke-current', lesson, at: t0 + 5 },
    ]);
    expect(p.lessons[lesson]).toEqual({ visitedAt: t0, completedAt: t0 + 5 });
    expect(p.goals).toEqual({ 'b-revoke-current': t0 + 5 });
  });

  it('completes the lesson even when the goal was met before, elsewhere', () => {
    const p = run([
      { type: 'goal-met', scenario: 'b-revoke-current', at: t0 },
      { type: 'goal-met', scenario: 'b-revoke-current', lesson, at: t0 + DAY },
    ]);
    expect(p.lessons[lesson]?.completedAt).toBe(t0 + DAY);
    expect(p.goals).toEqual({ 'b-revoke-current': t0 });
  });

  it('leaves lessons alone for a goal met in the free playground', () => {
    expect(run([{ type: 'goal-met', scenario: 'b-revoke-current', at: t0 }]).lessons).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { finishAttempt } from '../../../../src/domain/quiz/attempt.ts';
import { restoreExam, saveExam } from '../../../../src/domain/quiz/exam-saved.ts';
import {
  answerCurrent,
  goTo,
  startExam,
  toggleFlag,
  type ExamSession,
} from '../../../../src/domain/quiz/exam-session.ts';
import type { Quiz } from '../../../../src/domain/quiz/types.ts';
import { multiple, order, predict, quizOf, single, trueFalse } from './fixtures.ts';

const t0 = Date.UTC(2026, 0, 1);
const quizzes: Quiz[] = [
  quizOf('alpha', 12),
  { chapter: 'beta', questions: [multiple, order, predict, trueFalse, { ...single, id: 'b-single' }] },
  quizOf('gamma', 8),
];
const exam = (): ExamSession => startExam(quizzes, 'seed', t0);

describe('an exam session', () => {
  it('starts at the first question, nothing flagged, timed only when asked', () => {
    const s = exam();
    expect(s.draw).toHaveLength(20);
    expect([s.pos, s.flagged, s.deadline]).toEqual([0, [], undefined]);
    expect(startExam(quizzes, 'seed', t0, 60_000).deadline).toBe(t0 + 60_000);
  });

  it('lets the reader go back and change an answer before finishing', () => {
    const q = exam().draw[0]!.question;
    const wrong = q.type === 'order' ? [1, 0, 2, 3] : q.type === 'multiple' ? [1] : [1];
    let s = answerCurrent(exam(), wrong);
    s = goTo(s, 1);
    s = goTo(s, s.pos - 1);
    expect(s.pos).toBe(0);
    s = answerCurrent(
      s,
      q.type === 'multiple'
        ? [0, 2]
        : q.type === 'order'
          ? [0, 1, 2, 3]
          : q.type === 'truefalse'
            ? [1]
            : q.type === 'predict'
              ? [1]
              : [0],
    );
    expect(s.attempt.results[0]?.correct).toBe(true);
    expect(finishAttempt(s.attempt, t0 + 1).score.score).toBe(1);
  });

  it.each([
    [-1, 0],
    [99, 19],
    [3, 3],
  ])('goTo(%i) stays inside the exam (%i)', (to, expected) => {
    expect(goTo(exam(), to).pos).toBe(expected);
  });

  it('flags and unflags questions, keeping them in question order', () => {
    let s = toggleFlag(toggleFlag(toggleFlag(exam(), 7), 2), 11);
    expect(s.flagged).toEqual([2, 7, 11]);
    s = toggleFlag(s, 7);
    expect(s.flagged).toEqual([2, 11]);
    expect(toggleFlag(s, 20)).toBe(s);
  });
});

describe('a saved exam', () => {
  const running = (): ExamSession => {
    let s = toggleFlag(answerCurrent(exam(), [0]), 0);
    s = answerCurrent(goTo(s, 4), s.draw[4]!.question.type === 'order' ? [3, 2, 1, 0] : [0]);
    return goTo(s, 5);
  };

  it('restores exactly what was saved, through JSON', () => {
    const s = { ...running(), deadline: t0 + 30 * 60_000 };
    expect(restoreExam(JSON.parse(JSON.stringify(saveExam(s))), quizzes)).toEqual(s);
  });

  it('grades answers again on restore: a saved "correct" is never trusted', () => {
    const saved = saveExam(running());
    const restored = restoreExam({ ...saved, correct: { 0: true } }, quizzes)!;
    expect(restored.attempt.results[0]).toEqual(running().attempt.results[0]);
  });

  const broken: [string, (v: Record<string, unknown>) => unknown][] = [
    ['not an object', () => 'exam'],
    ['an unknown version', (v) => ({ ...v, version: 2 })],
    [
      'a question no longer in the course',
      (v) => ({ ...v, questions: ['alpha/gone', ...(v['questions'] as string[]).slice(1)] }),
    ],
    ['a question twice', (v) => ({ ...v, questions: (v['questions'] as string[]).map((_, __, all) => all[0]) })],
    ['a position outside the exam', (v) => ({ ...v, pos: 20 })],
    ['an answer to a question not in the exam', (v) => ({ ...v, answers: { 25: [0] } })],
    ['an option that does not exist', (v) => ({ ...v, answers: { 0: [9] } })],
    [
      'two answers to a single-choice question',
      (v) => ({ ...v, answers: { [exam().draw.findIndex((d) => d.question.type === 'single')]: [0, 1] } }),
    ],
    ['an empty answer', (v) => ({ ...v, answers: { 0: [] } })],
    ['a flag outside the exam', (v) => ({ ...v, flagged: [-1] })],
    ['a start that is not a time', (v) => ({ ...v, start: 'yesterday' })],
    ['a seed with odd characters', (v) => ({ ...v, seed: '<script>' })],
  ];
  it.each(broken)('refuses %s', (_name, change) => {
    const saved = JSON.parse(JSON.stringify(saveExam(running()))) as Record<string, unknown>;
    expect(restoreExam(change(saved), quizzes)).toBeNull();
  });
});

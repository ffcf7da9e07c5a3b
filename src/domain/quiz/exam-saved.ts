/**
 * A running practice exam as saved in the browser (so a reload resumes it), and the checks that
 * turn a saved value back into an {@link ExamSession}. The saved shape, version 1:
 * ```json
 * { "version": 1, "seed": "k3x9", "start": 1767225600000, "deadline": 1767227400000,
 *   "questions": ["rate-limits/burst", "…"], "answers": { "0": [2], "4": [1, 0, 2] },
 *   "pos": 5, "flagged": [4] }
 * ```
 * Questions are saved by key (`<chapter>/<id>`), not re-drawn from the seed, so an attempt
 * survives a change in how exams are drawn. Only the reader's answers are saved: they are graded
 * again on restore, so a hand-edited "correct" can never count. Anything that does not fit
 * exactly (an unknown version or question, an option that does not exist, a position outside
 * the exam) makes the whole value unreadable; the caller drops it and tells the reader.
 */
import { revise, startAttempt } from './attempt.ts';
import type { ExamSession } from './exam-session.ts';
import { gradeAnswer } from './grade.ts';
import { viewOptions } from './options.ts';
import { questionKey } from './question-key.ts';
import type { ChapterQuestion, Question, Quiz } from './types.ts';

export const SAVED_EXAM_VERSION = 1;

export interface SavedExam {
  version: typeof SAVED_EXAM_VERSION;
  seed: string;
  start: number;
  deadline?: number;
  questions: string[];
  answers: Record<string, number[]>;
  pos: number;
  flagged: number[];
}

/**
 * The JSON-safe value to save for a running exam.
 *
 * @example
 * saveExam(s).questions // ['rate-limits/burst', …]
 */
export function saveExam(s: ExamSession): SavedExam {
  const answers: Record<string, number[]> = {};
  for (const [item, r] of Object.entries(s.attempt.results)) answers[item] = [...r.answer];
  return {
    version: SAVED_EXAM_VERSION,
    seed: s.attempt.seed,
    start: s.attempt.start,
    ...(s.deadline === undefined ? {} : { deadline: s.deadline }),
    questions: s.draw.map(questionKey),
    answers,
    pos: s.pos,
    flagged: [...s.flagged],
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, below: number): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < below;
/** A time we could have written: 2000-01-01 up to 2200-01-01, in milliseconds. */
const isTime = (v: unknown): v is number => typeof v === 'number' && v >= 946_684_800_000 && v < 7_258_118_400_000;

/** Whether `answer` can be an answer to `q`: distinct option indexes, every step for an order question. */
function fits(q: Question, answer: unknown): answer is number[] {
  const count = viewOptions(q).length;
  if (!Array.isArray(answer) || answer.length === 0 || !answer.every((i) => isIndex(i, count))) return false;
  if (new Set(answer).size !== answer.length) return false;
  if (q.type === 'order') return answer.length === count;
  return q.type === 'multiple' || answer.length === 1;
}

/**
 * The exam saved as `data`, checked against the course's `quizzes`, or `null` when it cannot be
 * read exactly.
 *
 * @example
 * restoreExam(saveExam(s), quizzes) // an exam equal to s
 * restoreExam({ version: 1 }, quizzes) // null
 */
export function restoreExam(data: unknown, quizzes: readonly Quiz[]): ExamSession | null {
  if (!isObject(data) || data['version'] !== SAVED_EXAM_VERSION) return null;
  const { seed, start, deadline, questions, answers, pos, flagged } = data;
  if (typeof seed !== 'string' || !/^[\w-]{1,40}$/.test(seed) || !isTime(start)) return null;
  if (deadline !== undefined && !isTime(deadline)) return null;
  if (!Array.isArray(questions) || questions.length === 0 || questions.length > 200) return null;

  const byKey = new Map<string, ChapterQuestion>();
  for (const quiz of quizzes) {
    for (const question of quiz.questions)
      byKey.set(`${quiz.chapter}/${question.id}`, { chapter: quiz.chapter, question });
  }
  const draw: ChapterQuestion[] = [];
  for (const key of questions) {
    const found = typeof key === 'string' ? byKey.get(key) : undefined;
    // A question removed from the course since the exam began: the attempt cannot be resumed.
    if (!found) return null;
    draw.push(found);
  }
  if (new Set(questions).size !== draw.length) return null;
  if (!isIndex(pos, draw.length)) return null;
  if (!Array.isArray(flagged) || !flagged.every((i) => isIndex(i, draw.length))) return null;
  if (!isObject(answers)) return null;

  let attempt = startAttempt(
    draw.map((_, i) => i),
    seed,
    start,
  );
  for (const [item, answer] of Object.entries(answers)) {
    const i = Number(item);
    if (!/^\d+$/.test(item) || !isIndex(i, draw.length)) return null;
    const q = draw[i]!.question;
    if (!fits(q, answer)) return null;
    attempt = revise(attempt, i, { answer: [...answer], correct: gradeAnswer(q, answer) });
  }
  return {
    draw,
    attempt,
    pos,
    flagged: [...new Set(flagged)].sort((a, b) => a - b),
    deadline,
  };
}

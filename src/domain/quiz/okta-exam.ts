/**
 * The practice exam in Okta's shape: Part I is a timed set of DOMC items drawn from every chapter
 * (`domc-session.ts`); Part II is a set of hands-on tasks graded by the simulated org's end state.
 * Part II is built separately (`src/domain/tasks/`); it reaches this module only as a list of
 * {@link TaskResult}s, so the breakdown below works with or without it.
 *
 * The times are ours, not Okta's: Okta does not publish a per-item time we could copy, so Part I
 * allows {@link PART_ONE_SECONDS_PER_ITEM} seconds an item, a pace that leaves room to read each
 * option.
 */
import type { AttemptResult } from './attempt.ts';
import type { DomcAnswer } from './domc.ts';
import { isDomcQuestion } from './domc.ts';
import type { DomcItem } from './domc-session.ts';
import { drawExam } from './exam.ts';
import { questionKey } from './question-key.ts';
import type { Quiz } from './types.ts';
import type { TaskResult as GradedResult } from '../tasks/types.ts';

/** Items in Part I. */
export const PART_ONE_SIZE = 20;

/** Part I's time per item, in seconds (our choice, see the top of this file). */
export const PART_ONE_SECONDS_PER_ITEM = 60;

/**
 * The time limit of a Part I of `items` items, in milliseconds.
 *
 * @example
 * partOneLimit(20) // 1_200_000 (20 minutes)
 */
export function partOneLimit(items: number): number {
  return items * PART_ONE_SECONDS_PER_ITEM * 1000;
}

/**
 * What the timer's live region says with `left` of `limit` milliseconds to go: a sentence that
 * changes only at half time, five minutes and one minute left, so a screen reader hears those
 * moments and is not interrupted every second (the visible clock counts every second).
 *
 * @example
 * timeNotice(9 * 60_000, 20 * 60_000) // "Half of the time is gone."
 * timeNotice(50_000, 20 * 60_000)     // "One minute left."
 */
export function timeNotice(left: number, limit: number): string {
  if (left <= 60_000) return 'One minute left.';
  if (left <= 5 * 60_000) return 'Five minutes left.';
  if (left <= limit / 2) return 'Half of the time is gone.';
  return '';
}

/** What the breakdown needs of a graded Part II task (the grader's result, `tasks/types.ts`). */
type TaskResult = Pick<GradedResult, 'taskId' | 'chapter' | 'met'>;

/**
 * Draws Part I: {@link PART_ONE_SIZE} DOMC items from every chapter, weighted like the quick exam
 * (`drawExam`), from the questions DOMC can ask.
 *
 * @example
 * drawPartOne(quizzes, 'k3x9').length // 20
 */
export function drawPartOne(quizzes: readonly Quiz[], seed: string, size = PART_ONE_SIZE): DomcItem[] {
  const askable = quizzes.map((q) => ({ ...q, questions: q.questions.filter(isDomcQuestion) }));
  return drawExam(askable, `${seed}/part-1`, size).flatMap(({ chapter, question }) =>
    isDomcQuestion(question) ? [{ chapter, question }] : [],
  );
}

interface Tally {
  score: number;
  total: number;
}

/** What a finished Okta-format exam comes to. */
export interface OktaExamOutcome {
  /** Both parts together. */
  total: Tally;
  partOne: Tally;
  /** `null` when the exam had no Part II. */
  partTwo: Tally | null;
  /** Per chapter and part, chapters in first-seen order (Part I first). */
  byChapter: Record<string, { partOne: Tally; partTwo: Tally }>;
  /**
   * Keys of the Part I questions to send to spaced review: the ones missed, and the ones the
   * reader marked for review even if right (they were unsure).
   */
  review: string[];
}

/**
 * The breakdown of a finished exam: Part I's `result` over `items` (with the items `marked`), and
 * Part II's task results, if it had any.
 *
 * @example
 * oktaExamOutcome(items, result, [], null).partOne // { score: 14, total: 20 }
 */
export function oktaExamOutcome(
  items: readonly DomcItem[],
  result: AttemptResult<DomcAnswer>,
  marked: readonly number[],
  tasks: readonly TaskResult[] | null,
): OktaExamOutcome {
  const byChapter: OktaExamOutcome['byChapter'] = {};
  const row = (chapter: string) =>
    (byChapter[chapter] ??= { partOne: { score: 0, total: 0 }, partTwo: { score: 0, total: 0 } });
  const missed = new Set(result.missed);
  for (const i of result.attempt.items) {
    const t = row(items[i]!.chapter).partOne;
    t.total++;
    if (!missed.has(i)) t.score++;
  }
  for (const task of tasks ?? []) {
    const t = row(task.chapter).partTwo;
    t.total++;
    if (task.met) t.score++;
  }
  const partOne = { score: result.score.score, total: result.score.total };
  const partTwo = tasks ? { score: tasks.filter((t) => t.met).length, total: tasks.length } : null;
  const review = result.attempt.items
    .filter((i) => missed.has(i) || marked.includes(i))
    .map((i) => questionKey(items[i]!));
  return {
    total: { score: partOne.score + (partTwo?.score ?? 0), total: partOne.total + (partTwo?.total ?? 0) },
    partOne,
    partTwo,
    byChapter,
    review,
  };
}

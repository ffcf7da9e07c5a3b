/**
 * The reader's progress, as saved on their device. Pure data: every field is JSON-safe so the
 * whole value can be exported to a file and imported again.
 *
 * Times are milliseconds since the Unix epoch (`Date.now()`), passed in by the caller.
 * Question keys are `<chapter>/<question id>` because question ids are unique only inside a quiz.
 */

/** The current version of the stored shape. Bump it and add a migration when the shape changes. */
export const PROGRESS_VERSION = 2;

/**
 * One lesson the reader opened. `completedAt` is set once they met its exercise goal or marked it
 * done. (Before 2026-12 it was also set by scrolling to the lesson's end; such dates are kept, as
 * the shape did not change.)
 */
export interface LessonProgress {
  visitedAt: number;
  completedAt?: number;
}

/** A chapter quiz's history: how often it was taken, the best and the latest result. */
export interface QuizProgress {
  attempts: number;
  /** The best attempt (highest fraction right); compare fractions, not raw scores. */
  bestScore: number;
  bestTotal: number;
  lastScore: number;
  lastTotal: number;
  lastAt: number;
}

/** A missed question waiting in spaced review. */
export interface ReviewItem {
  /** Index into the review intervals (0 = the first, 1-day wait). */
  step: number;
  /** When the question is due again. */
  due: number;
  /** When the reader last got it wrong. */
  missedAt: number;
}

/** A chapter's share of one practice exam. */
export interface ChapterScore {
  score: number;
  total: number;
}

/** One finished practice exam. */
export interface ExamResult {
  at: number;
  score: number;
  total: number;
  /** Seconds from start to finish. */
  seconds: number;
  byChapter: Record<string, ChapterScore>;
}

/** How the reader likes chapter quizzes laid out: one question at a time, or all on one page. */
export type QuizLayout = 'one' | 'all';

/** Reader preferences that travel with progress (export, import, reset). */
export interface Preferences {
  quizLayout?: QuizLayout;
}

/** Version 2 of the saved progress (the current one). */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Keyed by lesson URL, such as `/learn/a-tokens-life/expiry/`. */
  lessons: Record<string, LessonProgress>;
  /** Playground goals met: scenario id to the time it was first met. */
  goals: Record<string, number>;
  /** Keyed by chapter slug. */
  quizzes: Record<string, QuizProgress>;
  /** Keyed by question key `<chapter>/<id>`. */
  review: Record<string, ReviewItem>;
  /** Most recent last; only the latest {@link MAX_EXAMS} are kept. */
  exams: ExamResult[];
  prefs: Preferences;
}

/** How many exam results progress keeps. */
export const MAX_EXAMS = 20;

/** Everything that can happen to progress. `at` is always the caller's clock. */
export type ProgressAction =
  | { type: 'lesson-visited'; lesson: string; at: number }
  | { type: 'lesson-completed'; lesson: string; at: number }
  | {
      type: 'goal-met';
      scenario: string;
      /** The lesson whose exercise this goal is, when met inside a lesson: meeting it completes the lesson. */
      lesson?: string | undefined;
      at: number;
    }
  | { type: 'quiz-attempt'; chapter: string; score: number; total: number; missed: string[]; at: number }
  | { type: 'review-answer'; question: string; correct: boolean; at: number }
  | {
      type: 'exam-result';
      score: number;
      total: number;
      seconds: number;
      byChapter: Record<string, ChapterScore>;
      /** Question keys the reader missed; they join spaced review. */
      missed: string[];
      at: number;
    }
  | { type: 'quiz-layout'; layout: QuizLayout }
  | { type: 'import'; progress: Progress }
  | { type: 'reset' };

/** A fresh, empty progress value. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, goals: {}, quizzes: {}, review: {}, exams: [], prefs: {} };
}

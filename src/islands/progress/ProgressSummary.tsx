/**
 * A short progress summary for the home page and the course outline: where to continue, lessons
 * completed, goals met and quizzes taken (each labelled, with its total), what is due for review,
 * and (when given chapters) each quiz's best score. On the home page it also fills each chapter
 * card's progress note.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { nextLesson } from '../../domain/progress/next-lesson.ts';
import { emptyProgress, type Progress } from '../../domain/progress/types.ts';
import { isDue } from '../../domain/quiz/review-schedule.ts';
import { plural } from '../format.ts';
import { useProgress } from './use-progress.ts';
import './summary.css';

interface Props {
  /** Lessons in the course. */
  lessons: number;
  /** The course's lessons in order, to offer "Continue: <next lesson>" once the reader has started. */
  path?: { url: string; title: string }[];
  /** Playground goals in the course (scenarios with a goal), to say "n of N". */
  goals?: number;
  /** Chapter quizzes in the course, to say "n of N" (else the number of `chapters`, if given). */
  quizzes?: number;
  /** List each chapter's best quiz score (the course outline). */
  chapters?: { slug: string; title: string }[];
}

/** "3 of 7", or just "3" when the total is not known on this page. */
const outOf = (n: number, total: number | undefined): string => (total === undefined ? `${n}` : `${n} of ${total}`);

/**
 * Fills the home page's per-chapter `[data-chapter-progress]` notes (server-rendered empty, so
 * the chapter cards stay plain HTML): lessons completed out of the chapter's
 * (`data-lesson-total`), and the best quiz score.
 */
function fillChapterNotes(p: Progress): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-chapter-progress]')) {
    const slug = el.dataset['chapterProgress']!;
    const total = Number(el.dataset['lessonTotal']) || undefined;
    const done = Object.entries(p.lessons).filter(
      ([url, l]) => url.startsWith(`/learn/${slug}/`) && l.completedAt,
    ).length;
    const quiz = p.quizzes[slug];
    el.textContent =
      done || quiz
        ? `Your progress: lessons completed ${outOf(done, total)}${quiz ? `; quiz best ${quiz.bestScore} of ${quiz.bestTotal}` : ''}.`
        : '';
  }
}

export default function ProgressSummary({ lessons, path, goals, quizzes, chapters }: Props): JSX.Element {
  const saved = useProgress();
  useEffect(() => {
    if (saved) fillChapterNotes(saved);
  }, [saved]);
  // Before hydration (and without JavaScript, where nothing can be recorded) the summary shows a
  // fresh start in the same shape, so the page does not shift when the real numbers arrive.
  const p = saved ?? emptyProgress();
  const now = Date.now();
  const done = Object.values(p.lessons).filter((l) => l.completedAt !== undefined).length;
  const waiting = Object.values(p.review);
  const due = waiting.filter((r) => isDue(r, now)).length;
  const taken = chapters?.filter((c) => p.quizzes[c.slug]) ?? [];
  const nextUrl =
    path &&
    nextLesson(
      p,
      path.map((l) => l.url),
    );
  const next = path?.find((l) => l.url === nextUrl);
  return (
    <div class="progress-summary">
      {path && (
        <p class="continue">
          {next && (
            <a class="cta" href={next.url}>
              Continue: {next.title}
            </a>
          )}
        </p>
      )}
      <ul class="progress-lines">
        <li>Lessons completed: {outOf(done, lessons)}</li>
        <li>Playground goals met: {outOf(Object.keys(p.goals).length, goals)}</li>
        <li>Chapter quizzes taken: {outOf(Object.keys(p.quizzes).length, quizzes ?? chapters?.length)}</li>
        <li>
          Review:{' '}
          {due > 0 ? (
            <a href="/review/">{plural(due, 'question')} due</a>
          ) : waiting.length > 0 ? (
            `nothing due today, ${plural(waiting.length, 'question')} waiting`
          ) : (
            'no questions waiting'
          )}
        </li>
      </ul>
      <p>
        <a href="/progress/">Your progress in detail</a>
      </p>
      {taken.length > 0 && (
        <ul>
          {taken.map((c) => {
            const q = p.quizzes[c.slug]!;
            return (
              <li>
                {c.title}: quiz best {q.bestScore} of {q.bestTotal}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

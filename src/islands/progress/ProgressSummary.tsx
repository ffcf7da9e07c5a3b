/**
 * A short progress summary for the home page and the course outline: lessons completed, goals
 * met, quizzes taken, what is due for review, and (when given chapters) each quiz's best score.
 * On the home page it also fills each chapter card's progress note.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Progress } from '../progress-store.ts';
import { emptyProgress } from '../../domain/progress/types.ts';
import { isDue } from '../../domain/quiz/review-schedule.ts';
import { plural, useProgress } from './use-progress.ts';

interface Props {
  /** Lessons in the course. */
  lessons: number;
  /** List each chapter's best quiz score (the course outline). */
  chapters?: { slug: string; title: string }[];
}

/**
 * Fills the home page's per-chapter `[data-chapter-progress]` notes (server-rendered empty, so
 * the chapter cards stay plain HTML): lessons completed and the best quiz score.
 */
function fillChapterNotes(p: Progress): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-chapter-progress]')) {
    const slug = el.dataset['chapterProgress']!;
    const done = Object.entries(p.lessons).filter(
      ([url, l]) => url.startsWith(`/learn/${slug}/`) && l.completedAt,
    ).length;
    const quiz = p.quizzes[slug];
    el.textContent =
      done || quiz
        ? `Your progress: ${plural(done, 'lesson')} completed${quiz ? `, quiz best ${quiz.bestScore} of ${quiz.bestTotal}` : ''}.`
        : '';
  }
}

export default function ProgressSummary({ lessons, chapters }: Props): JSX.Element {
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
  return (
    <div class="progress-summary">
      <p>
        {done} of {plural(lessons, 'lesson')} completed · {plural(Object.keys(p.goals).length, 'playground goal')} met ·{' '}
        {plural(Object.keys(p.quizzes).length, 'chapter quiz', 'chapter quizzes')} taken.{' '}
        <a href="/progress/">Your progress</a>
      </p>
      <p>
        {due > 0 ? (
          <a href="/review/">{plural(due, 'question')} due for review</a>
        ) : waiting.length > 0 ? (
          `Nothing due for review today; ${plural(waiting.length, 'question')} waiting.`
        ) : (
          'No questions waiting for review.'
        )}
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

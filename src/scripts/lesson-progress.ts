/**
 * Lesson progress on pages without an island. It records the visit to a lesson, and its
 * completion when the reader reaches the pager at its end, through the small inbox in
 * src/islands/progress-inbox.ts (the store is too big for the site script's 3 KB budget), and
 * marks every `a[data-lesson-url]` link with what the reader has done.
 */
import { readLessonMarks, recordLessonEvent, SAVED_EVENT, VIEW_KEY } from '../islands/progress-inbox';
import { showProgressNotice } from '../islands/progress-notice';

/** Adds "✓ (completed)" or "○ (visited)" after each lesson link: a mark for the eye, words for screen readers. */
function markLinks(): void {
  const marks = readLessonMarks();
  for (const a of document.querySelectorAll<HTMLElement>('a[data-lesson-url]')) {
    const m = marks[a.dataset['lessonUrl']!];
    a.querySelector('.lesson-mark')?.remove();
    if (!m) continue;
    const span = document.createElement('span');
    span.className = 'lesson-mark';
    const eye = document.createElement('span');
    eye.setAttribute('aria-hidden', 'true');
    eye.textContent = m === 'c' ? ' ✓' : ' ○';
    const words = document.createElement('span');
    words.className = 'visually-hidden';
    words.textContent = m === 'c' ? ' (completed)' : ' (visited)';
    span.append(eye, words);
    a.append(span);
  }
}

function record(t: 'v' | 'c', lesson: string): void {
  if (!recordLessonEvent(t, lesson, Date.now())) showProgressNotice('unsaved');
  markLinks();
}

export function initLessonProgress(): void {
  const url = document.querySelector<HTMLElement>('article[data-lesson-url]')?.dataset['lessonUrl'];
  const pager = document.querySelector('.pager');
  if (url) {
    record('v', url);
    if (pager) {
      const seen = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        record('c', url);
      });
      seen.observe(pager);
    }
  }
  markLinks();
  // The store saved (an island on this page) or another tab changed progress.
  addEventListener(SAVED_EVENT, markLinks);
  addEventListener('storage', (e) => {
    if (e.key === VIEW_KEY || e.key === null) markLinks();
  });
}

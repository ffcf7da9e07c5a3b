/**
 * Lesson progress for the site script, on every page with lesson links. It records the visit to
 * a lesson through the small inbox in src/client/progress/inbox.ts and marks every
 * `a[data-lesson-url]` link with what the reader has done. (The lesson's "Mark as done" control is
 * mark-done.ts, which LessonLayout loads on lessons only.) The store itself (validation, migration, reducer: about 2 KB gzip)
 * would not fit the budgets of a page without an island (3 KB) or a lesson before its playground
 * hydrates (6 KB).
 *
 * Scrolling no longer completes a lesson (a one-second scroll to the end is not reading it): the
 * reader marks it done, or meets its playground goal.
 */
import { readLessonMarks, recordLessonEvent, SAVED_EVENT } from '../client/progress/inbox.ts';
import { showProgressNotice } from '../client/progress/notice.ts';

/**
 * What follows a lesson link the reader visited or completed: a mark for the eye, words for
 * screen readers. Constant markup, never reader data, so inserting it as HTML is safe.
 */
const MARKS = {
  c: '<span class="lesson-mark"><span aria-hidden="true"> ✓</span><span class="visually-hidden"> (completed)</span></span>',
  v: '<span class="lesson-mark"><span aria-hidden="true"> ○</span><span class="visually-hidden"> (visited)</span></span>',
};

/** Marks every lesson link (sidebar, outline, chapter pages) with what the reader has done. */
function markLinks(): void {
  const marks = readLessonMarks();
  for (const a of document.querySelectorAll<HTMLElement>('a[data-lesson-url]')) {
    const m = marks[a.dataset['lessonUrl']!];
    a.querySelector('.lesson-mark')?.remove();
    if (m) a.insertAdjacentHTML('beforeend', MARKS[m]);
  }
}

export function initLessonProgress(): void {
  const url = document.querySelector<HTMLElement>('article[data-lesson-url]')?.dataset['lessonUrl'];
  if (url) {
    if (!recordLessonEvent('v', url, Date.now())) showProgressNotice('unsaved');
  }
  markLinks();
  // The store saved (an island on this page) or another tab changed progress.
  addEventListener(SAVED_EVENT, markLinks);
  // Any storage change from another tab re-reads the marks: cheap, and simpler than filtering keys.
  addEventListener('storage', markLinks);
}

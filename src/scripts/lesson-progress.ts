/**
 * Lesson progress on pages without an island. It records the visit to a lesson, and its
 * completion when the reader reaches the pager at its end, through the small inbox in
 * src/islands/progress-inbox.ts (the store is too big for the site script's 3 KB budget), and
 * marks every `a[data-lesson-url]` link with what the reader has done.
 */
import { readLessonMarks, recordLessonEvent, SAVED_EVENT } from '../islands/progress-inbox.ts';
import { showProgressNotice } from '../islands/progress-notice.ts';

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
  // Any storage change from another tab re-reads the marks: cheap, and simpler than filtering keys.
  addEventListener('storage', markLinks);
}

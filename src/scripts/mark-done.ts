/**
 * The lesson's "Mark as done" control. LessonLayout renders it hidden (it needs JavaScript) and
 * loads this module, so pages without a lesson (held to 3 KB of JavaScript) never download it. A lesson counts as completed when the reader
 * marks it done here or meets its playground goal (the store records that), never by scrolling.
 */
import { readLessonMarks, recordLessonEvent, SAVED_EVENT } from '../client/progress/inbox.ts';
import { showProgressNotice } from '../client/progress/notice.ts';

function initMarkDone(lesson: string): void {
  const box = document.querySelector<HTMLElement>('[data-mark-done]');
  const button = box?.querySelector('button');
  const status = box?.querySelector<HTMLElement>('[role="status"]');
  if (!box || !button || !status) return;

  /** Shows the button, or in its place the fact that the lesson is completed. */
  const show = (): void => {
    const done = readLessonMarks()[lesson] === 'c';
    button.hidden = done;
    status.textContent = done ? 'You completed this lesson.' : '';
  };

  button.addEventListener('click', () => {
    if (!recordLessonEvent('c', lesson, Date.now())) showProgressNotice('unsaved');
    // The site script re-marks the lesson links on this event, and show() runs with it.
    dispatchEvent(new Event(SAVED_EVENT));
    // The button is gone: focus moves to the words that replace it, so it is not lost.
    status.focus();
  });
  addEventListener(SAVED_EVENT, show);
  addEventListener('storage', show);
  show();
  box.hidden = false;
}

const lesson = document.querySelector<HTMLElement>('article[data-lesson-url]')?.dataset['lessonUrl'];
if (lesson) initMarkDone(lesson);

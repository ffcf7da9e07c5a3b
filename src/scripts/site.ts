/**
 * The one script every page loads: theme control, search opener, code copy buttons, lesson
 * progress. The copy buttons' code loads only on pages that have code blocks, lesson progress
 * only on pages that show or are lessons, and the search dialog's code only when it opens
 * (search-opener.ts): the quiz page, held to 15 KB of JavaScript, needs none of them.
 */
import { initSearchOpener } from './search-opener.ts';
import { initTheme } from './theme.ts';

initTheme();
initSearchOpener();
if (document.querySelector('pre.astro-code')) {
  // A failed load only means no copy buttons: the code can still be selected and copied.
  import('./copy-code.ts').then((m) => m.initCopyButtons()).catch(() => undefined);
}
if (document.querySelector('[data-lesson-url]')) {
  // A failed load only means no progress marks on this page; nothing saved is touched.
  import('./lesson-progress.ts').then((m) => m.initLessonProgress()).catch(() => undefined);
}

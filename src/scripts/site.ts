/**
 * The one script every page loads: theme control, search opener, code copy buttons, lesson
 * progress. The copy buttons' code loads only on pages that have code blocks, and the search
 * dialog's only when it opens (search-opener.ts): most pages with an island (the quiz page is
 * held to 15 KB of JavaScript) have no code block.
 */
import { initLessonProgress } from './lesson-progress';
import { initSearchOpener } from './search-opener';
import { initTheme } from './theme';

initTheme();
initSearchOpener();
if (document.querySelector('pre.astro-code')) {
  // A failed load only means no copy buttons: the code can still be selected and copied.
  import('./copy-code').then((m) => m.initCopyButtons()).catch(() => undefined);
}
initLessonProgress();

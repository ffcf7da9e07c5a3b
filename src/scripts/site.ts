/**
 * The one script every page loads: theme control, phone menu, search opener, lesson progress,
 * code copy buttons, and the offline service worker's registration. Two parts load only when needed: the copy buttons' code on pages with code blocks
 * (most pages have none, and a page without an island is held to 3 KB of JavaScript), and the
 * search dialog's code when it first opens (search-opener.ts).
 */
import { initLessonProgress } from './lesson-progress.ts';
import { initMenu } from './menu.ts';
import { initOffline } from './offline.ts';
import { initSearchOpener } from './search-opener.ts';
import { initTheme } from './theme.ts';

initTheme();
initMenu();
initSearchOpener();
initOffline();
if (document.querySelector('pre.astro-code')) {
  // A failed load only means no copy buttons: the code can still be selected and copied.
  import('./copy-code.ts').then((m) => m.initCopyButtons()).catch(() => undefined);
}
if (document.querySelector('[data-lesson-url]')) initLessonProgress();

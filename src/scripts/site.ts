/** The one script every page loads: theme control, search opener, code copy buttons, lesson progress. */
import { initCopyButtons } from './copy-code';
import { initLessonProgress } from './lesson-progress';
import { initSearchOpener } from './search-opener';
import { initTheme } from './theme';

initTheme();
initSearchOpener();
initCopyButtons();
initLessonProgress();

/** The one script every page loads: theme control, search opener and code copy buttons. */
import { initCopyButtons } from './copy-code';
import { initSearchOpener } from './search-opener';
import { initTheme } from './theme';

initTheme();
initSearchOpener();
initCopyButtons();

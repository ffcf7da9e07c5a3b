/**
 * Opens the search dialog from the header button, "/" or Ctrl/Cmd+K. Pagefind (its script, index
 * and WebAssembly) loads on the first open, never on page load. The small dialog code in
 * search.ts is bundled in: a dynamic import() of it would pull in Vite's preload helper, which
 * weighs more than the code it would defer.
 */
import { initSearch } from './search';

export function initSearchOpener(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  if (!dialog) return;
  let started = false;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('input')?.focus();
    if (!started) void initSearch(dialog);
    started = true;
  };
  document.querySelectorAll('[data-search-open]').forEach((b) => b.addEventListener('click', open));
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    const typing = !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing)) {
      e.preventDefault();
      open();
    }
  });
}

/**
 * Opens the search dialog from the header button, "/" or Ctrl/Cmd+K. The dialog's behaviour
 * (search.ts) and Pagefind (its script, index and WebAssembly) load on the first open, never on
 * page load. The dynamic import() brings Vite's preload helper (about 0.9 KB gzip) into the site
 * script; island pages load that helper anyway (Astro's Preact client uses it), and on the other
 * pages it costs less than the search and copy-button code it defers (see site.ts).
 */

export function initSearchOpener(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  if (!dialog) return;
  // Loaded once; a failed load is tried again on the next open.
  let search: Promise<void> | undefined;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('input')?.focus();
    search ??= import('./search.ts').then(
      (m) => m.initSearch(dialog),
      () => (search = undefined),
    );
  };
  document.querySelectorAll('[data-search-open]').forEach((b) => b.addEventListener('click', open));
  addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    const typing = !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing)) {
      e.preventDefault();
      open();
    }
  });
}

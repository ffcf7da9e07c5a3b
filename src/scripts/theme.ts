/**
 * The reader's theme choice. Stored in localStorage under `tokenlab:theme` as "light" or "dark";
 * no entry means "auto" (follow the system). theme-init.js (inlined in <head>) applies it before
 * first paint; this module keeps the Theme select and the <html data-theme> attribute in step
 * afterwards.
 */
import * as storage from '../client/storage.ts';

const THEME_KEY = 'tokenlab:theme';
type Choice = 'light' | 'dark' | 'auto';

/** A stored or chosen value as a choice: anything but "light" or "dark" means "auto". */
const toChoice = (v: string | null): Choice => (v === 'light' || v === 'dark' ? v : 'auto');

function apply(choice: Choice): void {
  if (choice === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

export function initTheme(): void {
  const select = document.querySelector<HTMLSelectElement>('[data-theme-select]');
  if (!select) return;
  select.value = toChoice(storage.read(THEME_KEY));
  select.addEventListener('change', () => {
    const choice = toChoice(select.value);
    apply(choice);
    // If storage is blocked, the choice still applies to this page.
    if (choice === 'auto') storage.remove(THEME_KEY);
    else storage.write(THEME_KEY, choice);
  });
  // Another tab changed the theme.
  addEventListener('storage', (e) => {
    if (e.key !== THEME_KEY) return;
    const c = toChoice(e.newValue);
    select.value = c;
    apply(c);
  });
}

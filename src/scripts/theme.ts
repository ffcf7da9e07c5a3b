/**
 * The reader's theme choice. Stored in localStorage under `tokenlab:theme` as "light" or "dark";
 * no entry means "auto" (follow the system). theme-init.js (inlined in <head>) applies it before
 * first paint; this module keeps the Theme select and the <html data-theme> attribute in step
 * afterwards.
 */
export const THEME_KEY = 'tokenlab:theme';
type Choice = 'light' | 'dark' | 'auto';

function read(): Choice {
  try {
    const v = localStorage.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

function apply(choice: Choice): void {
  if (choice === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

export function initTheme(): void {
  const select = document.querySelector<HTMLSelectElement>('[data-theme-select]');
  if (!select) return;
  select.value = read();
  select.addEventListener('change', () => {
    const choice = (['light', 'dark', 'auto'] as const).find((c) => c === select.value) ?? 'auto';
    apply(choice);
    try {
      if (choice === 'auto') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, choice);
    } catch {
      // Storage blocked: the choice still applies to this page.
    }
  });
  // Another tab changed the theme.
  addEventListener('storage', (e) => {
    if (e.key !== THEME_KEY) return;
    const c = read();
    select.value = c;
    apply(c);
  });
}

/**
 * The phone menu's disclosure button. global.css shows the button only on narrow screens with
 * scripting on and hides the menu while `aria-expanded` is "false", so this module only flips
 * that attribute; without JavaScript the menu simply stays open.
 */
export function initMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('.menu-toggle');
  if (!button) return;
  const set = (open: boolean) => button.setAttribute('aria-expanded', String(open));
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  // Escape closes the open menu from anywhere inside it and hands focus back to the button.
  button.parentElement?.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
}

/**
 * Tells the reader, once per page, that their saved progress was reset, migrated, or cannot be
 * saved. One element (`#progress-notice`) so the site script and the store never show two.
 */
export type ProgressNotice = 'reset' | 'migrated' | 'unsaved';

const TEXT: Record<ProgressNotice, string> = {
  reset: 'Your saved progress could not be read, so it was reset.',
  migrated: 'Your saved progress was updated to a new format.',
  unsaved: 'This browser is not saving your progress (private mode or full storage).',
};

export function showProgressNotice(notice: ProgressNotice): void {
  const main = document.querySelector('main');
  if (!main) return;
  let p = document.getElementById('progress-notice');
  if (!p) {
    p = document.createElement('p');
    p.id = 'progress-notice';
    p.className = 'callout callout-note';
    p.setAttribute('role', 'status');
    main.prepend(p);
  }
  p.textContent = TEXT[notice];
}

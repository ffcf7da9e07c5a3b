/**
 * Brings an element into view unless it already is, the way the reader asked for motion:
 * instantly with `prefers-reduced-motion: reduce`, smoothly otherwise.
 */
export function reveal(el: HTMLElement | null, block: ScrollLogicalPosition = 'center'): void {
  if (!el) return;
  const box = el.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= innerHeight) return;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block, behavior: still ? 'auto' : 'smooth' });
}

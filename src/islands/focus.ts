/**
 * A ref callback that moves focus to an element when it appears: results and part headings that
 * replace what the reader was working on, so keyboard and screen-reader users land on them. One
 * module-level function, so Preact calls it only when the element mounts, not on every render.
 */
export const focusOnMount = (el: HTMLElement | null): void => el?.focus();

/**
 * A thin JSX runtime for the quiz islands, chosen per file by a JSX import source pragma of "."
 * (this folder's `jsx-runtime`). Every element goes through Preact's own `h`, which the page
 * loads anyway, instead of `preact/jsx-runtime`: a separate chunk (about 0.3 KB gzip) that the
 * quiz page, held to 15 KB of JavaScript, would otherwise load for nothing else.
 *
 * `h` copies the props it is given and reads `key` from them, so an element keeps its key and
 * its children exactly as Preact's own runtime would build them.
 */
import { h, type ComponentType, type VNode } from 'preact';

export { Fragment } from 'preact';
export type { JSX } from 'preact';

/** Builds one element; `key` is the element's `key` attribute, passed apart by the compiler. */
export function jsx<P extends object>(
  type: string | ComponentType<P>,
  props: P & { key?: string | number },
  key?: string | number,
): VNode<P> {
  if (key !== undefined) props.key = key;
  return h(type as ComponentType<P>, props);
}
export { jsx as jsxs, jsx as jsxDEV };

/**
 * Cursor pagination as Okta documents it (facts pagination-link-header, pagination-end): lists are paged by an
 * opaque `after` cursor, `limit` sets the page size, and each page carries a `Link` header with
 * `rel="self"` and, while more remain, `rel="next"`. Clients follow the links and never build
 * URLs themselves, so the cursor's content is the lab's choice: the id of the last item shown.
 *
 * Okta does not document its answer to a `limit` that is not a whole number within the list's
 * maximum, nor to an `after` cursor that names nothing; the lab serves the default (or maximum)
 * page size, saying so in the trace (basis: assumption), and an empty page.
 */
import type { OpPage } from './types.ts';

/** A list's page-size rule: the size served without `limit`, and the largest size served. */
export interface PageRule {
  fallback: number;
  max: number;
}

/**
 * Cuts one page out of `items` by the request's `limit` and `after`.
 *
 * @example
 * const { items, page } = paginate(['a', 'b', 'c'], { limit: '2' }, { fallback: 200, max: 200 }, (x) => x);
 * items; // ['a', 'b']
 * page.next; // 'b'
 */
export function paginate<T>(
  all: readonly T[],
  query: Record<string, string>,
  rule: PageRule,
  cursorOf: (item: T) => string,
): { items: T[]; page: OpPage } {
  const raw = query['limit'];
  const n = Number(raw);
  const valid = Number.isInteger(n) && n > 0;
  const limit = valid ? Math.min(n, rule.max) : rule.fallback;
  const after = query['after'];
  const at = after === undefined ? -1 : all.findIndex((item) => cursorOf(item) === after);
  // An `after` that names nothing gets an empty page, not the first one again.
  const start = after === undefined ? 0 : at < 0 ? all.length : at + 1;
  const items = all.slice(start, start + limit);
  const page: OpPage = {};
  const last = items[items.length - 1];
  if (start + limit < all.length && last !== undefined) page.next = cursorOf(last);
  if (raw !== undefined && !(valid && n <= rule.max))
    page.note = `limit=${raw.slice(0, 20)} is not a whole number from 1 to ${rule.max}; the lab served ${limit}.`;
  return { items, page };
}

/** The scheme and host of an absolute URL, or `fallback` for a bare path. */
export function originOf(url: string, fallback: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url.trim())?.[0] ?? fallback;
}

/** `<origin/path?query>` with every parameter encoded. */
function target(origin: string, path: string, query: Record<string, string>): string {
  const pairs = Object.keys(query).map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(query[k] ?? '')}`);
  return `<${origin}${path}${pairs.length ? `?${pairs.join('&')}` : ''}>`;
}

/**
 * The `Link` header of one page: `self` repeats the request, `next` is the same request with
 * `after` set to the page's cursor. Okta sends two `link` headers; one header with both links,
 * comma-separated, means the same (RFC 8288) and fits the simulator's one-value-per-name headers.
 *
 * @example
 * linkHeader('https://org.example', '/api/v1/users', { limit: '2' }, '00u2')
 * // '<https://org.example/api/v1/users?limit=2>; rel="self", <https://org.example/api/v1/users?limit=2&after=00u2>; rel="next"'
 */
export function linkHeader(origin: string, path: string, query: Record<string, string>, next?: string): string {
  const self = `${target(origin, path, query)}; rel="self"`;
  return next === undefined ? self : `${self}, ${target(origin, path, { ...query, after: next })}; rel="next"`;
}

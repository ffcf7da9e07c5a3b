/**
 * Cursor pagination as Okta documents it (fact sheet section 4, "Link"): lists are paged by an
 * opaque `after` cursor, `limit` sets the page size, and each page carries a `Link` header with
 * `rel="self"` and, while more remain, `rel="next"`. Clients follow the links and never build
 * URLs themselves, so the cursor's content is the lab's choice: the id of the last item shown.
 *
 * Okta does not document its answer to a `limit` that is not a positive whole number, nor to
 * an `after` cursor that names nothing; the lab serves the default page size and an empty page,
 * and says so in the trace (basis: assumption).
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
  const notes: string[] = [];
  const raw = query['limit'];
  const n = Number(raw);
  const valid = Number.isInteger(n) && n > 0;
  const limit = valid ? Math.min(n, rule.max) : rule.fallback;
  if (raw !== undefined && !(valid && n <= rule.max))
    notes.push(`limit=${raw.slice(0, 20)} is not a whole number from 1 to ${rule.max}; the lab served ${limit}.`);
  let start = 0;
  const after = query['after'];
  if (after !== undefined) {
    const at = all.findIndex((item) => cursorOf(item) === after);
    if (at < 0) notes.push(`after=${after.slice(0, 40)} names nothing in this list; the lab served an empty page.`);
    start = at < 0 ? all.length : at + 1;
  }
  const items = all.slice(start, start + limit);
  const last = items[items.length - 1];
  const page: OpPage = {};
  if (start + limit < all.length && last !== undefined) page.next = cursorOf(last);
  if (notes.length) page.note = notes.join(' ');
  return { items, page };
}

/** The scheme and host of an absolute URL, or `fallback` for a bare path. */
export function originOf(url: string, fallback: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url.trim())?.[0] ?? fallback;
}

function queryString(query: Record<string, string>): string {
  const pairs = Object.keys(query).map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(query[k] ?? '')}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
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
  const self = `<${origin}${path}${queryString(query)}>; rel="self"`;
  if (next === undefined) return self;
  const rest: Record<string, string> = {};
  for (const k of Object.keys(query)) if (k !== 'after') rest[k] = query[k] ?? '';
  rest['after'] = next;
  return `${self}, <${origin}${path}${queryString(rest)}>; rel="next"`;
}

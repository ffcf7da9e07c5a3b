/** `GET /api/v1/logs`: the System Log. */
import { clone } from '../org/state.ts';
import type { LogEvent } from '../types.ts';
import { paginate } from './paginate.ts';
import { invalid, okPage, type OpHandler } from './types.ts';

const FIELDS: Record<string, (e: LogEvent) => string | undefined> = {
  eventType: (e) => e.eventType,
  'actor.id': (e) => e.actor.id,
  'target.id': (e) => e.target[0]?.id,
  'transaction.detail.requestApiTokenId': (e) => e.transaction.detail.requestApiTokenId,
};

/**
 * Oldest first, as Okta's default `sortOrder=ASCENDING`. Supports `limit` (default 100, at most
 * 1,000) and one `filter` expression `<field> eq "<value>"` on eventType, actor.id, target.id
 * or transaction.detail.requestApiTokenId, e.g. the documented
 * `filter=transaction.detail.requestApiTokenId eq "00T…"`.
 *
 * Paging follows the System Log query reference: a request without `until` is a polling request
 * and always carries a `next` link, even when no new events remain; with `until` it is bounded
 * and the last page has none. `since` and `until` filter on `published`; the reference does not
 * say whether the bounds are inclusive, and the lab includes `since` and excludes `until`
 * (assumption). Its error for a malformed date is the documented one.
 */
export const listLogs: OpHandler = ({ core, query }) => {
  let events = core.state.logs;
  const filter = query['filter'];
  if (filter !== undefined) {
    const m = /^\s*([\w.]+)\s+eq\s+"([^"]*)"\s*$/.exec(filter);
    const get = m ? FIELDS[m[1] ?? ''] : undefined;
    if (!m || !get) {
      return invalid([
        `filter: The simulator supports only one "<field> eq \\"value\\"" on ${Object.keys(FIELDS).join(', ')}`,
      ]);
    }
    events = events.filter((e) => get(e) === m[2]);
  }
  for (const key of ['since', 'until'] as const) {
    const value = query[key];
    if (value === undefined) continue;
    const t = Date.parse(value);
    if (Number.isNaN(t)) {
      return invalid([
        `${key}: The date format in your query is not recognized. Please enter dates using ISO8601 string format.`,
      ]);
    }
    // `since` keeps the events at or after t, `until` those before it.
    events = events.filter((e) => Date.parse(e.published) >= t === (key === 'since'));
  }
  const { items, page } = paginate(events, query, { fallback: 100, max: 1000 }, (e) => e.uuid);
  const polled = items[items.length - 1]?.uuid ?? query['after'] ?? events[events.length - 1]?.uuid;
  if (query['until'] === undefined && page.next === undefined && polled !== undefined) page.next = polled;
  return okPage(items.map(clone), page);
};

/** `GET /api/v1/logs`: the System Log. */
import { clone } from '../org/state.ts';
import type { LogEvent } from '../types.ts';
import { invalid, limitOf, ok, type OpHandler } from './types.ts';

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
  return ok(events.slice(0, limitOf(query, 100, 1000)).map(clone));
};

/**
 * The requests sent since the page opened, newest first. In memory only. An entry keeps the
 * request as sent so it can be sent again; a request that carried something shaped like a real
 * Okta token is never recorded (the caller checks `looksLikeRealOktaToken` first).
 */
import type { BuiltRequest } from './request.ts';

export interface HistoryEntry {
  /** 1 for the first request sent, increasing. */
  n: number;
  request: BuiltRequest;
  /** Outcome label of the response, e.g. `401 E0000011`. */
  outcome: string;
  /** Simulated time of the send (epoch ms). */
  at: number;
  /** How many identical requests were sent in a row (bursts collapse into one entry). */
  count: number;
}

export const MAX_HISTORY = 30;

function same(a: BuiltRequest, b: BuiltRequest): boolean {
  return (
    a.method === b.method &&
    a.path === b.path &&
    a.authorization === b.authorization &&
    a.headerText === b.headerText &&
    a.body === b.body
  );
}

/**
 * Adds a sent request. A repeat of the newest entry with the same outcome bumps its count, so
 * a burst of 300 calls is one line, not 300.
 *
 * @example
 * addToHistory([], { request, outcome: '200', at: 0 }) // [{ n: 1, request, outcome: '200', at: 0, count: 1 }]
 */
export function addToHistory(
  list: readonly HistoryEntry[],
  sent: { request: BuiltRequest; outcome: string; at: number },
): HistoryEntry[] {
  const [head, ...rest] = list;
  const n = (head?.n ?? 0) + 1;
  if (head && head.outcome === sent.outcome && same(head.request, sent.request)) {
    return [{ ...head, n, at: sent.at, count: head.count + 1 }, ...rest];
  }
  return [{ n, request: sent.request, outcome: sent.outcome, at: sent.at, count: 1 }, ...list].slice(0, MAX_HISTORY);
}

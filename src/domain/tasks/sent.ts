/**
 * The requests a reader sent, oldest first, each with the saved credential it carried: what the
 * request checks (checks.ts) read. They come from the playground's history (history.ts), which
 * keeps the last 30 distinct requests and folds a burst of identical ones into one entry; a
 * task therefore looks at most at the reader's last 30 different requests, which is plenty for
 * a task and keeps the grader free of a second record of its own.
 */
import type { HistoryEntry } from '../playground/history.ts';
import { entryInHeader, type KeychainEntry } from '../playground/keychain.ts';
import type { CredentialRef, RequestMatch } from './types.ts';

export interface SentRequest {
  method: string;
  /** The path without its query. */
  path: string;
  /** The Authorization header was empty. */
  bare: boolean;
  /** The saved credential the header carried, if any. */
  entry: KeychainEntry | undefined;
  outcome: string;
}

/**
 * The history as sent requests, oldest first.
 *
 * @example
 * sentRequests(state.history, state.org.keychain)[0] // { method: 'GET', path: '/api/v1/users', bare: false, entry: { key: 'ci', ... }, outcome: '200' }
 */
export function sentRequests(history: readonly HistoryEntry[], keychain: readonly KeychainEntry[]): SentRequest[] {
  return [...history]
    .sort((a, b) => a.n - b.n)
    .map(({ request, outcome }) => ({
      method: request.method.toUpperCase(),
      path: request.path.split('?')[0] ?? request.path,
      bare: request.authorization.trim() === '',
      entry: entryInHeader(request.authorization, keychain),
      outcome,
    }));
}

/** Whether a request carried the credential a check names. */
function carries(sent: SentRequest, ref: CredentialRef): boolean {
  if (ref === 'none') return sent.bare;
  if (ref === 'new') return sent.entry?.tokenId !== undefined;
  if (ref === 'access') return sent.entry?.kind === 'access';
  return sent.entry?.key === ref;
}

/** Whether a request fits a match: every field the match names agrees. */
export function fits(sent: SentRequest, match: RequestMatch): boolean {
  return (
    (match.token === undefined || carries(sent, match.token)) &&
    (match.method === undefined || sent.method === match.method.toUpperCase()) &&
    (match.path === undefined || sent.path === match.path) &&
    (match.outcome === undefined || sent.outcome === match.outcome)
  );
}

/** Whether a response failed: a status of 400 or above. */
export const failed = (sent: SentRequest): boolean => Number.parseInt(sent.outcome, 10) >= 400;

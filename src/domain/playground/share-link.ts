/**
 * Share links: `/playground/#s=<base64url JSON>`. The fragment never reaches a server, and it
 * holds the scenario id, the reader's actions and the request being built, with keychain values
 * replaced by `{key}` references: never a token value. Reading a link is in share-decode.ts,
 * loaded only when a page opens with one.
 */
import type { Action, RequestTuple } from './actions.ts';
import { toBase64Url } from '../encoding/base64url.ts';
import { utf8Encode } from '../encoding/utf8.ts';

export const SHARE_VERSION = 1;
export const MAX_ACTIONS = 200;
/** Most requests a link may replay in total (a burst to 429 needs 300 on /api/v1/users). */
export const MAX_REPLAYED_SENDS = 2_000;

export interface SharePayload {
  scenario: string;
  actions: Action[];
  request: RequestTuple;
}

/** The payload as the JSON array a link (and a saved session, saved-state.ts) holds. */
export function shareArray(p: SharePayload): [number, string, Action[], RequestTuple] {
  return [SHARE_VERSION, p.scenario, p.actions, p.request];
}

/**
 * @example
 * encodeShare({ scenario: 'playground', actions: [['clock', 86400000]], request: ['GET', '/api/v1/users', '', '', ''] })
 * // 'WzEsInBsYXlncm91bmQiLFtbImNsb2NrIiw4NjQwMDAwMF1dLFsiR0VUIiwiL2FwaS92MS91c2VycyIsIiIsIiIsIiJdXQ'
 */
export function encodeShare(p: SharePayload): string {
  return toBase64Url(utf8Encode(JSON.stringify(shareArray(p))));
}

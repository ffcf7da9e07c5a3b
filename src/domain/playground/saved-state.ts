/**
 * Keeping the reader's work across a reload, Back and a trip through a link: what the full
 * playground saves after each change, through a storage port the island passes in (the domain
 * never touches a storage API). Reading it back is saved-session.ts, loaded only when there is
 * something to read.
 *
 * Stored shape, version 1 (one JSON text under the island's key, `tokenlab:playground:v1`):
 * ```
 * { "v": 1,
 *   "payload": [1, scenarioId, actions, request],   // exactly a share link's content (share-link.ts)
 *   "history": [[n, request, outcome, at, count], …], // requests as share tuples: `{key}`, never values
 *   "shown": true,        // the response on screen answers the last recorded request
 *   "met": false,         // the goal was met
 *   "seen": ["auth-header", "pass-ssws"] }            // what decided the responses so far (missions)
 * ```
 * The org is not stored: replaying the actions on the same seeded org rebuilds it, token values
 * included, as a share link does. So nothing saved is ever a token value, and a session holding
 * something shaped like a real Okta token is not saved at all (the last safe save stays).
 *
 * Migration policy: a text that is not version 1, or fails any check, is ignored and the page
 * opens as if nothing were saved; the next change overwrites it. A new version bumps `v` and the
 * key together.
 */
import { looksLikeRealOktaToken } from '../okta-sim/index.ts';
import { sharePayload, toTuple, type Session } from './session.ts';
import { shareArray } from './share-link.ts';
import type { PlaygroundState } from './store-state.ts';

/** Where the store keeps its saved text: the island's small wrapper around sessionStorage. */
export interface PersistPort {
  /** The saved text, or null when there is none (or storage is unavailable). */
  load(): string | null;
  save(text: string): void;
}

export const SAVED_VERSION = 1;

/**
 * The text to save for this session and state, or null when it must not be saved (a
 * real-looking token, or a session too long to replay). `shown` says whether the response on
 * screen is the answer to the last recorded request, so a replay shows it again.
 */
export function savedText(session: Session, state: PlaygroundState, shown: boolean, real: boolean): string | null {
  const p = sharePayload(session, state.request, real);
  if (!p.ok) return null;
  const text = JSON.stringify({
    v: SAVED_VERSION,
    payload: shareArray(p.payload),
    history: state.history.map((h) => [h.n, toTuple(h.request, session.keychain), h.outcome, h.at, h.count]),
    shown: shown && state.response !== null,
    met: state.met,
    seen: state.seen,
  });
  return looksLikeRealOktaToken(text) ? null : text;
}

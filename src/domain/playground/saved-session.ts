/**
 * Reading a saved session back (the stored shape and its policy are in saved-state.ts). The text
 * comes from storage, so it is checked like a share link: the payload by share-decode.ts, every
 * other field here. Anything unexpected means "nothing saved". Loaded with `import()` only when
 * the page finds a saved text.
 */
import type { SimResponse } from '../okta-sim/index.ts';
import type { ScenarioSpec } from '../scenarios/index.ts';
import { MAX_HISTORY, type HistoryEntry } from './history.ts';
import type { BuiltRequest } from './request.ts';
import { fromTuple, restoreSession } from './restore.ts';
import { SAVED_VERSION } from './saved-state.ts';
import type { Session } from './session.ts';
import { decodePayload, readRequest } from './share-decode.ts';

export interface SavedSession {
  session: Session;
  request: BuiltRequest;
  response: SimResponse | null;
  history: HistoryEntry[];
  met: boolean;
  seen: string[];
}

const isInt = (v: unknown, min: number): v is number => Number.isSafeInteger(v) && (v as number) >= min;

/** One history row `[n, request, outcome, at, count]`, or null. */
function historyRow(v: unknown, session: Session): HistoryEntry | null {
  if (!Array.isArray(v) || v.length !== 5) return null;
  const [n, tuple, outcome, at, count] = v as unknown[];
  const request = readRequest(tuple);
  const ok =
    isInt(n, 1) &&
    isInt(count, 1) &&
    typeof at === 'number' &&
    Number.isFinite(at) &&
    typeof outcome === 'string' &&
    /^\d{3}( [\w.-]{1,60})?$/.test(outcome);
  return ok && request ? { n, request: fromTuple(request, session.keychain), outcome, at, count } : null;
}

/**
 * Restores a saved session: replays its actions on the scenario's seeded org and rebuilds the
 * request, response, history and progress. Null when the text is not a valid saved session, or
 * when `scenario` (the page's `?scenario=`) names another scenario than the one saved.
 */
export async function openSaved(
  text: string,
  find: (id: string) => Promise<ScenarioSpec | undefined>,
  scenario?: string | null,
): Promise<SavedSession | null> {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object' || data['v'] !== SAVED_VERSION) return null;
  const { history, shown, met, seen } = data;
  const decoded = decodePayload(data['payload']);
  if (!decoded.ok || (scenario && decoded.payload.scenario !== scenario)) return null;
  if (!Array.isArray(history) || history.length > MAX_HISTORY) return null;
  if (typeof shown !== 'boolean' || typeof met !== 'boolean') return null;
  if (!Array.isArray(seen) || seen.length > 50 || !seen.every((s) => typeof s === 'string' && /^[a-z-]{1,40}$/.test(s)))
    return null;
  const spec = await find(decoded.payload.scenario);
  if (!spec) return null;
  const { session, error, last } = await restoreSession(spec, decoded.payload.actions);
  const rows = history.map((h) => historyRow(h, session));
  if (error || rows.some((r) => r === null)) return null;
  return {
    session,
    request: fromTuple(decoded.payload.request, session.keychain),
    response: shown ? last : null,
    history: rows as HistoryEntry[],
    met,
    seen: seen as string[],
  };
}

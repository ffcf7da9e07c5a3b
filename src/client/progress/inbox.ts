/**
 * The lesson pages' light path into saved progress, owned together with store.ts (read that
 * file's top comment first).
 *
 * The site script records lesson visits and marks lesson links on every page that has them. It
 * must fit a page without an island (3 KB gzip in all) and a lesson before its playground
 * hydrates (6 KB), so it cannot bring the store's validation, migration and reducer (about 2 KB).
 * Instead it uses two small keys:
 *
 * - `tokenlab:progress:inbox`: a JSON array of `{ "t": "v" | "c", "l": "<lesson url>", "at": ms }`
 *   events (visited; completed, from "Mark as done"), at most {@link MAX_EVENTS}. Only appended to here. The store
 *   drains it on its next load: it validates every event, applies it through the reducer, saves
 *   the result and deletes the inbox. Anything malformed is dropped, never trusted.
 * - `tokenlab:progress:lessons`: a read-only view the store rewrites on every save,
 *   `{ "<lesson url>": "v" | "c" }`, so lesson pages can mark links without parsing progress.
 *
 * Both are caches of the real record (`tokenlab:progress:v2`): losing them loses at most the
 * visits since the last island page, and a corrupted value is ignored.
 */
import * as storage from '../storage.ts';

export const INBOX_KEY = 'tokenlab:progress:inbox';
export const VIEW_KEY = 'tokenlab:progress:lessons';
/** Fired on `window` whenever the store has saved (the view changed). */
export const SAVED_EVENT = 'tokenlab:progress-saved';
const MAX_EVENTS = 200;

export interface InboxEvent {
  t: 'v' | 'c';
  l: string;
  at: number;
}

/** The parsed value under `key`, or null when it is missing, too long to be ours, or not JSON. */
function readJson(key: string): unknown {
  const raw = storage.read(key);
  try {
    return raw && raw.length < 100_000 ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

/** The inbox's well-formed events; anything else in it is dropped. */
export function readInbox(): InboxEvent[] {
  const data = readJson(INBOX_KEY);
  if (!Array.isArray(data)) return [];
  return data.filter(
    (e: Partial<InboxEvent> | null): e is InboxEvent =>
      !!e &&
      (e.t === 'v' || e.t === 'c') &&
      typeof e.l === 'string' &&
      /^\/learn\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(e.l) &&
      Number.isFinite(e.at),
  );
}

/** Appends a lesson event. Returns false when storage refuses the write. */
export function recordLessonEvent(t: InboxEvent['t'], lesson: string, at: number): boolean {
  const events = [...readInbox(), { t, l: lesson, at }].slice(-MAX_EVENTS);
  return storage.write(INBOX_KEY, JSON.stringify(events));
}

/** Lesson marks from the store's view plus events not yet drained: completed wins over visited. */
export function readLessonMarks(): Record<string, 'v' | 'c'> {
  const view = readJson(VIEW_KEY);
  const marks: Record<string, 'v' | 'c'> = {};
  if (view && typeof view === 'object' && !Array.isArray(view)) {
    for (const [url, m] of Object.entries(view as Record<string, unknown>)) if (m === 'v' || m === 'c') marks[url] = m;
  }
  for (const e of readInbox()) if (marks[e.l] !== 'c') marks[e.l] = e.t;
  return marks;
}

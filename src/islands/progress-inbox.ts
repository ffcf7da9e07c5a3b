/**
 * The lesson pages' light path into saved progress, owned together with progress-store.ts (read
 * that file's top comment first).
 *
 * Lesson pages carry no island, and the site script that runs there must stay under 3 KB gzip,
 * so it cannot bring the store's validator and reducer. Instead it uses two small keys:
 *
 * - `tokenlab:progress:inbox`: a JSON array of `{ "t": "v" | "c", "l": "<lesson url>", "at": ms }`
 *   events (visited, completed), at most {@link MAX_EVENTS}. Only appended to here. The store
 *   drains it on its next load: it validates every event, applies it through the reducer, saves
 *   the result and deletes the inbox. Anything malformed is dropped, never trusted.
 * - `tokenlab:progress:lessons`: a read-only view the store rewrites on every save,
 *   `{ "<lesson url>": "v" | "c" }`, so lesson pages can mark links without parsing progress.
 *
 * Both are caches of the real record (`tokenlab:progress:v2`): losing them loses at most the
 * visits since the last island page, and a corrupted value is ignored.
 */
export const INBOX_KEY = 'tokenlab:progress:inbox';
export const VIEW_KEY = 'tokenlab:progress:lessons';
/** Fired on `window` whenever the store has saved (the view changed). */
export const SAVED_EVENT = 'tokenlab:progress-saved';
export const MAX_EVENTS = 200;

export interface InboxEvent {
  t: 'v' | 'c';
  l: string;
  at: number;
}

function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
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
  try {
    localStorage.setItem(INBOX_KEY, JSON.stringify(events));
    return true;
  } catch {
    return false;
  }
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

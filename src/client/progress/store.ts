/**
 * The ONE module that owns the reader's saved progress in the browser.
 *
 * Storage: `localStorage["tokenlab:progress:v2"]`, a JSON value of the `Progress` shape in
 * `src/domain/progress/types.ts`:
 * ```json
 * { "version": 2,
 *   "lessons": { "/learn/<chapter>/<lesson>/": { "visitedAt": 1767225600000, "completedAt": 1767225900000 } },
 *   "goals":   { "<scenario id>": 1767225600000 },
 *   "quizzes": { "<chapter>": { "attempts": 2, "bestScore": 4, "bestTotal": 5,
 *                               "lastScore": 3, "lastTotal": 5, "lastAt": 1767225600000 } },
 *   "review":  { "<chapter>/<question id>": { "step": 0, "due": 1767312000000, "missedAt": 1767225600000 } },
 *   "exams":   [{ "at": 1767225600000, "score": 15, "total": 20, "seconds": 900, "byChapter": { "<chapter>": { "score": 3, "total": 4 } } }],
 *   "prefs":   { "quizLayout": "one" } }
 * ```
 *
 * Migration policy: the key carries the shape's version. When the current key is missing, the
 * older key (`tokenlab:progress:v1`) is read, migrated by `parseProgress`, saved under the
 * current key, and removed. A value that fails validation (corrupted, hand-edited, hostile, too
 * large) is replaced by empty progress. Either way the reader is told once, by a status message
 * on the page (notice.ts); since the migrated or empty value is saved at once, the next
 * page load finds nothing to report.
 *
 * Storage can fail (private mode, quota, disabled cookies): every access goes through
 * src/client/storage.ts, the in-memory value keeps working for this page, and the reader is told
 * once that nothing is saved.
 * Other tabs' writes arrive through the `storage` event and are passed to subscribers.
 *
 * Lesson pages, which must stay tiny, do not load this module: they append visits to a small
 * inbox (inbox.ts). `load()` drains that inbox through the reducer, and
 * every save rewrites the inbox's read-only lesson view and fires SAVED_EVENT.
 *
 * Everything else reads and writes progress through this module; nothing else touches the key.
 */
import { reduceProgress } from '../../domain/progress/reducer.ts';
import { emptyProgress, PROGRESS_VERSION, type Progress, type ProgressAction } from '../../domain/progress/types.ts';
import { parseProgress } from '../../domain/progress/validate.ts';
import * as storage from '../storage.ts';
import { INBOX_KEY, readInbox, SAVED_EVENT, VIEW_KEY } from './inbox.ts';
import { showProgressNotice } from './notice.ts';

/** The storage key of the current version. */
const STORAGE_KEY = `tokenlab:progress:v${PROGRESS_VERSION}`;
/** The key version 1 used; read once, migrated, then removed. */
const OLD_KEY = 'tokenlab:progress:v1';
/** Our value stays far below this; anything longer is not ours, so it is not even parsed. */
const MAX_CHARS = 1_000_000;

let state: Progress | undefined;
let unsavedShown = false;
const listeners = new Set<(p: Progress) => void>();

/** Reads, validates and migrates the saved value, then applies the lesson inbox. */
function load(): Progress {
  let progress = loadSaved();
  const events = readInbox();
  if (events.length > 0) {
    for (const e of events) {
      progress = reduceProgress(progress, {
        type: e.t === 'c' ? 'lesson-completed' : 'lesson-visited',
        lesson: e.l,
        at: e.at,
      });
    }
    save(progress);
    // If it cannot be removed, applying the same visits again later changes nothing.
    storage.remove(INBOX_KEY);
  }
  return progress;
}

/** Reads and validates the saved value; sets the notice when it had to migrate or reset. */
function loadSaved(): Progress {
  const current = storage.read(STORAGE_KEY);
  const old = current === null ? storage.read(OLD_KEY) : null;
  const raw = current ?? old;
  if (raw === null) return emptyProgress();
  let data: unknown;
  try {
    data = raw.length > MAX_CHARS ? null : JSON.parse(raw);
  } catch {
    data = null;
  }
  const parsed = parseProgress(data, Date.now());
  const progress = parsed.ok ? parsed.progress : emptyProgress();
  if (!parsed.ok || parsed.migrated) {
    showProgressNotice(parsed.ok ? 'migrated' : 'reset');
    save(progress);
    // Left behind if it cannot be removed: the current key wins from now on.
    if (old !== null) storage.remove(OLD_KEY);
  }
  return progress;
}

function save(p: Progress): void {
  const view: Record<string, 'v' | 'c'> = {};
  for (const [url, l] of Object.entries(p.lessons)) view[url] = l.completedAt ? 'c' : 'v';
  if (!storage.write(STORAGE_KEY, JSON.stringify(p)) || !storage.write(VIEW_KEY, JSON.stringify(view))) {
    // Quota exceeded, private mode or storage disabled: keep going in memory for this page.
    if (!unsavedShown) showProgressNotice('unsaved');
    unsavedShown = true;
  }
  dispatchEvent(new Event(SAVED_EVENT));
}

function notify(): void {
  const p = getProgress();
  for (const l of listeners) l(p);
}

function onStorage(e: StorageEvent): void {
  // `key` is null when another tab cleared all of storage.
  if (e.key !== STORAGE_KEY && e.key !== null) return;
  state = load();
  notify();
}

/** The reader's progress (read from storage on first use). */
export function getProgress(): Progress {
  state ??= load();
  return state;
}

/** Applies an action, saves the result and tells subscribers. */
export function dispatch(action: ProgressAction): void {
  const prev = getProgress();
  const next = reduceProgress(prev, action);
  if (next === prev) return;
  state = next;
  save(next);
  notify();
}

/** Calls `listener` after every change, in this tab or another. Returns an unsubscribe function. */
export function subscribe(listener: (p: Progress) => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

import { migrateProgress } from './migrate.ts';
import { MAX_EXAMS, PROGRESS_VERSION, type Progress } from './types.ts';

/** The result of reading unknown data as progress. `reason` names the first field that failed. */
export type ParsedProgress = { ok: true; progress: Progress; migrated: boolean } | { ok: false; reason: string };

/**
 * A checker returns a clean copy of a value that fits, or throws {@link Invalid} naming where it
 * failed. They are tiny combinators rather than a schema library because every page (lessons
 * included, within a 3 KB budget) ships this code with the progress store.
 */
type Check = (v: unknown, path: string) => unknown;

class Invalid extends Error {}
const fail = (path: string): never => {
  throw new Invalid(`${path} is not valid`);
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A time we could have written: 2000-01-01 up to 2200-01-01, in milliseconds. */
const time: Check = (v, p) => (typeof v === 'number' && v >= 946_684_800_000 && v < 7_258_118_400_000 ? v : fail(p));
/** A whole number from 0 to 10,000. */
const count: Check = (v, p) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10_000 ? v : fail(p));

/**
 * An object with these fields (others are dropped); names in `optional` may be missing. Each
 * `[score, total]` pair must have `score <= total`.
 */
const fields =
  (shape: Record<string, Check>, optional: string[] = [], pairs: [string, string][] = []): Check =>
  (v, p) => {
    if (!isObject(v)) return fail(p);
    const out: Record<string, unknown> = {};
    for (const [k, check] of Object.entries(shape)) {
      if (v[k] !== undefined || !optional.includes(k)) out[k] = check(v[k], `${p}.${k}`);
    }
    for (const [score, total] of pairs) if ((out[score] as number) > (out[total] as number)) fail(`${p}.${score}`);
    return out;
  };

/**
 * A record whose keys match `key`. Keys are tested before use, so `__proto__` can never reach the
 * copy; more than 2,000 entries means the value is not ours.
 */
const record =
  (key: RegExp, value: Check): Check =>
  (v, p) => {
    if (!isObject(v) || Object.keys(v).length > 2000) return fail(p);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k.length <= 200 && key.test(k) ? k : fail(p)] = value(v[k], `${p}.${k}`);
    return out;
  };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SCORE: [string, string] = ['score', 'total'];
const exam = fields(
  {
    at: time,
    score: count,
    total: count,
    seconds: count,
    byChapter: record(SLUG, fields({ score: count, total: count }, [], [SCORE])),
  },
  [],
  [SCORE],
);

const progress = fields({
  version: (v, p) => (v === PROGRESS_VERSION ? v : fail(p)),
  lessons: record(
    /^\/learn\/[a-z0-9-]+\/[a-z0-9-]+\/$/,
    fields({ visitedAt: time, completedAt: time }, ['completedAt']),
  ),
  goals: record(SLUG, time),
  quizzes: record(
    SLUG,
    fields(
      { attempts: count, bestScore: count, bestTotal: count, lastScore: count, lastTotal: count, lastAt: time },
      [],
      [
        ['bestScore', 'bestTotal'],
        ['lastScore', 'lastTotal'],
      ],
    ),
  ),
  review: record(/^[a-z0-9-]+\/[a-z0-9-]+$/, fields({ step: count, due: time, missedAt: time })),
  exams: (v, p) => (Array.isArray(v) && v.length <= MAX_EXAMS ? v.map((x, i) => exam(x, `${p}[${i}]`)) : fail(p)),
  prefs: fields({ quizLayout: (v, p) => (v === 'one' || v === 'all' ? v : fail(p)) }, ['quizLayout']),
});

/**
 * Reads unknown data (parsed JSON from storage or an imported file) as progress. Older versions
 * are migrated; anything else that does not fit the shape exactly is refused with a reason.
 * The result is a fresh copy holding only known fields.
 *
 * @example
 * parseProgress({ version: 2, lessons: {}, goals: {}, quizzes: {}, review: {}, exams: [], prefs: {} }, Date.now()).ok // true
 * parseProgress('{', Date.now()) // { ok: false, reason: 'progress is not valid' }
 */
export function parseProgress(data: unknown, now: number): ParsedProgress {
  try {
    const version = isObject(data) ? data['version'] : 0;
    const migrated = typeof version === 'number' && version > 0 && version < PROGRESS_VERSION;
    const value = migrated ? migrateProgress(data as Record<string, unknown>, now) : data;
    // Every field of Progress was checked above, so the cast only names what the checks proved.
    return { ok: true, progress: progress(value, 'progress') as Progress, migrated };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: e.message };
    throw e;
  }
}

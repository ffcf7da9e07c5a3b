/**
 * Migrations from older saved shapes to the current one.
 *
 * Version 1 (the first, smaller shape; kept so a reader who saved with it keeps their progress):
 * ```json
 * {
 *   "version": 1,
 *   "visited": ["/learn/tokens-at-a-glance/what-is-an-api-token/"],
 *   "completed": ["/learn/tokens-at-a-glance/what-is-an-api-token/"],
 *   "quizBest": { "tokens-at-a-glance": { "score": 4, "total": 5 } }
 * }
 * ```
 * It had no times, no goals, no review and no exams. The migration stamps the migration time on
 * everything it carries over, counts each remembered quiz as one attempt, and starts review,
 * goals, exams and preferences empty. Bad entries are dropped here; `parseProgress` then checks the result.
 */

/**
 * Turns an older saved value into a candidate of the current version. The caller validates the
 * result; this function only reshapes.
 *
 * @example
 * migrateProgress({ version: 1, visited: ['/learn/a/b/'], completed: [], quizBest: {} }, 1e12).lessons
 * // { '/learn/a/b/': { visitedAt: 1e12 } }
 */
export function migrateProgress(old: Record<string, unknown>, now: number): Record<string, unknown> {
  if (old['version'] !== 1) return old;
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  // Null-prototype records: a stored key such as `__proto__` stays a plain key (and is then refused).
  const lessons = Object.create(null) as Record<string, unknown>;
  for (const url of strings(old['visited'])) lessons[url] = { visitedAt: now };
  for (const url of strings(old['completed'])) lessons[url] = { visitedAt: now, completedAt: now };
  const quizzes = Object.create(null) as Record<string, unknown>;
  const best = old['quizBest'];
  if (typeof best === 'object' && best !== null) {
    for (const [chapter, v] of Object.entries(best)) {
      const { score, total } = (v ?? {}) as { score?: unknown; total?: unknown };
      quizzes[chapter] = {
        attempts: 1,
        bestScore: score,
        bestTotal: total,
        lastScore: score,
        lastTotal: total,
        lastAt: now,
      };
    }
  }
  return { version: 2, lessons, goals: {}, quizzes, review: {}, exams: [], prefs: {} };
}

import type { Progress } from './types.ts';

/**
 * Where a returning reader picks up: the lesson they were last in, if they have not completed it;
 * otherwise the first lesson after it, in course order, that they have not completed (looking
 * from the start of the course when none is left after it). `undefined` before the reader has
 * opened any lesson of `course`, and once they have completed all of them.
 *
 * @example
 * nextLesson(progress, ['/learn/a/one/', '/learn/a/two/']) // '/learn/a/two/' after completing one
 */
export function nextLesson(progress: Progress, course: readonly string[]): string | undefined {
  let last = -1;
  let lastAt = -Infinity;
  course.forEach((url, i) => {
    const l = progress.lessons[url];
    const at = l ? Math.max(l.visitedAt, l.completedAt ?? 0) : -Infinity;
    // Ties go to the later lesson in the course, the one a reader following it reached last.
    if (l && at >= lastAt) [last, lastAt] = [i, at];
  });
  if (last < 0) return undefined;
  const open = (url: string): boolean => progress.lessons[url]?.completedAt === undefined;
  return [...course.slice(last), ...course.slice(0, last)].find(open);
}

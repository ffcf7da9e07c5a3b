/**
 * Grades a task: every check of its goal evaluated over the playground state. The practice
 * exam's Part II records the result as it is; the task page shows the checks as "met" or
 * "not met" and announces the ones that just became met.
 */
import { checkMet, type TaskView } from './checks.ts';
import type { GradedTask, TaskResult } from './types.ts';

/**
 * The task's result for this state of the playground.
 *
 * @example
 * gradeTask({ id: 'stop-the-leak', chapter: 'running-tokens-safely', checks }, store.getState())
 * // { taskId: 'stop-the-leak', chapter: 'running-tokens-safely', met: false, checks: [{ sentence: 'The leaked token is refused with 401 E0000011.', met: false }, ...] }
 */
export function gradeTask(task: GradedTask, view: TaskView): TaskResult {
  const checks = task.checks.map((c) => ({ sentence: c.text, met: checkMet(c, view) }));
  return { taskId: task.id, chapter: task.chapter, met: checks.every((c) => c.met), checks };
}

/**
 * What to announce when a result changes: each check that just became met, and the task when
 * all are; `''` when nothing became met (a check that stops holding is shown, not announced).
 *
 * @example
 * newlyMet(before, after) // 'Check met: The new token answers 200.'
 */
export function newlyMet(before: TaskResult | null, after: TaskResult): string {
  const fresh = after.checks.filter((c, i) => c.met && !before?.checks[i]?.met).map((c) => `Check met: ${c.sentence}`);
  if (after.met && !before?.met) fresh.push('All task checks are met.');
  return fresh.join(' ');
}

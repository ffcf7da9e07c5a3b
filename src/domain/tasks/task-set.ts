/**
 * A timed set of tasks, as Part II of the Okta-format practice exam runs them: the tasks in
 * order, one time limit for the whole set, and a result per task. Time is an input (epoch ms
 * from the caller), so the set is tested in Node without a clock.
 *
 * @example
 * let set = startTaskSet(tasks, 20 * 60_000, now);
 * set = finishTask(set, gradeTask(tasks[0], playground.getState()), now + 60_000);
 * set = expireTaskSet(set, now + 21 * 60_000); // the rest are recorded as not met
 */
import type { GradedTask, TaskResult } from './types.ts';

export interface TaskSetState {
  readonly tasks: readonly GradedTask[];
  /** The task being worked on; equals `tasks.length` once the set is over. */
  readonly index: number;
  /** One result per task finished so far, in order. */
  readonly results: readonly TaskResult[];
  /** When the set started and how long it may take, in ms. */
  readonly startedAt: number;
  readonly limitMs: number;
  /** The set is over: every task was finished, or time ran out. */
  readonly done: boolean;
  /** Time ran out before every task was finished. */
  readonly timedOut: boolean;
}

/** Starts a set of tasks with one time limit for all of them. */
export function startTaskSet(tasks: readonly GradedTask[], limitMs: number, now: number): TaskSetState {
  return { tasks, index: 0, results: [], startedAt: now, limitMs, done: tasks.length === 0, timedOut: false };
}

/** Milliseconds left, never below 0. */
export function timeLeft(set: TaskSetState, now: number): number {
  return Math.max(0, set.startedAt + set.limitMs - now);
}

/** A task nobody worked on: every check not met. */
export function notAttempted(task: GradedTask): TaskResult {
  return {
    taskId: task.id,
    chapter: task.chapter,
    met: false,
    checks: task.checks.map((c) => ({ sentence: c.text, met: false })),
  };
}

/**
 * Records the current task's result and moves to the next; after the limit it ends the set
 * instead (see {@link expireTaskSet}), so a result cannot be handed in late.
 */
export function finishTask(set: TaskSetState, result: TaskResult, now: number): TaskSetState {
  if (set.done) return set;
  if (timeLeft(set, now) === 0) return expireTaskSet(set, now, result);
  const index = set.index + 1;
  return { ...set, index, results: [...set.results, result], done: index >= set.tasks.length };
}

/**
 * Ends the set when time is up: the task in progress is recorded with `current` (its result at
 * the moment time ran out) and every task not reached as not attempted. Before the limit it
 * changes nothing.
 */
export function expireTaskSet(set: TaskSetState, now: number, current?: TaskResult): TaskSetState {
  if (set.done || timeLeft(set, now) > 0) return set;
  const rest = set.tasks.slice(set.index).map((t, i) => (i === 0 && current ? current : notAttempted(t)));
  return { ...set, index: set.tasks.length, results: [...set.results, ...rest], done: true, timedOut: true };
}

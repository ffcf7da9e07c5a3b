/**
 * The grader of a task page: it subscribes to the playground store, grades the task after every
 * change (grade.ts) and publishes the result with the sentence for the live region. The island
 * that shows "Task checks" renders this small store and never grades anything itself.
 *
 * @example
 * const watch = watchTask(playgroundStore, task);
 * const stop = watch.subscribe(({ result, spoken }) => render(result, spoken));
 */
import type { PlaygroundStore } from '../playground/store.ts';
import { gradeTask, newlyMet } from './grade.ts';
import type { GradedTask, TaskResult } from './types.ts';

export interface TaskWatchState {
  readonly result: TaskResult;
  /** The last announcement: which checks just became met (kept until the next one). */
  readonly spoken: string;
}

export interface TaskWatch {
  getState(): TaskWatchState;
  /** Calls `listener` after every change of the result; returns the unsubscribe. */
  subscribe(listener: (state: TaskWatchState) => void): () => void;
  /** Stops following the playground store. */
  stop(): void;
}

/** Follows `store` and grades `task` after each of its changes. */
export function watchTask(store: PlaygroundStore, task: GradedTask): TaskWatch {
  const listeners = new Set<(state: TaskWatchState) => void>();
  let state: TaskWatchState = { result: gradeTask(task, store.getState()), spoken: '' };
  const same = (a: TaskResult, b: TaskResult) => a.checks.every((c, i) => c.met === b.checks[i]?.met);
  // Checks read only the org and the history: an edit of the request being built (a publish on
  // every keystroke) changes neither, so it is not graded again.
  let seen = store.getState();
  const stop = store.subscribe((next) => {
    const unchanged = next.org === seen.org && next.history === seen.history && next.spec === seen.spec;
    seen = next;
    if (unchanged) return;
    const result = gradeTask(task, next);
    if (same(state.result, result)) return;
    const said = newlyMet(state.result, result);
    // Repeating the same text would not be announced again, so a trailing space forces it.
    const spoken = !said ? state.spoken : said === state.spoken ? `${said}\u00a0` : said;
    state = { result, spoken };
    for (const listener of [...listeners]) listener(state);
  });
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    stop,
  };
}

/**
 * Follows a task's grader: creates the watch (src/domain/tasks/watch.ts) on the playground store
 * once it is known, re-renders on each change of the result, and stops it on unmount. Until the
 * store exists (the server render, before hydration) the task is graded as not attempted.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PlaygroundStore } from '../../domain/playground/store.ts';
import { notAttempted } from '../../domain/tasks/task-set.ts';
import type { GradedTask } from '../../domain/tasks/types.ts';
import { watchTask, type TaskWatchState } from '../../domain/tasks/watch.ts';

export function useTaskWatch(store: PlaygroundStore | null, task: GradedTask): TaskWatchState {
  const [state, setState] = useState<TaskWatchState>(() => ({ result: notAttempted(task), spoken: '' }));
  useEffect(() => {
    if (!store) return;
    const watch = watchTask(store, task);
    setState(watch.getState());
    const off = watch.subscribe(setState);
    return () => {
      off();
      watch.stop();
    };
  }, [store, task]);
  return state;
}

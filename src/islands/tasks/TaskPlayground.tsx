/**
 * A hands-on task (/tasks/<id>/): "Task checks" above the full playground, loaded with the task's
 * scenario. The playground hands its store over once (`onStore`); the grader follows that store,
 * so the checks tick from the simulated org as the reader works. This island and the grader load
 * only on task pages and in the timed task set; /playground/ never loads them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlaygroundStore } from '../../domain/playground/store.ts';
import type { ScenarioSpec } from '../../domain/scenarios/index.ts';
import type { GradedTask, TaskResult } from '../../domain/tasks/types.ts';
import PlaygroundFull from '../playground/PlaygroundFull.tsx';
import { recordGoal } from '../playground/record-goal.ts';
import { TaskChecks } from './TaskChecks.tsx';
import './tasks.css';
import { useTaskWatch } from './use-task-watch.ts';

export interface TaskPlaygroundProps {
  /** The task's scenario (its goal holds the checks). */
  scenario: ScenarioSpec;
  /** What the grader needs: id, chapter and checks. */
  task: GradedTask;
  /** Unique element-id prefix. */
  uid: string;
  /** Show "Task checks" (a task page does; the timed set of the exam does not). Default true. */
  showChecks?: boolean | undefined;
  /** Called with each new result (the timed set keeps the latest to hand in). */
  onResult?: ((result: TaskResult) => void) | undefined;
}

export default function TaskPlayground({ scenario, task, uid, showChecks = true, onResult }: TaskPlaygroundProps) {
  const [store, setStore] = useState<PlaygroundStore | null>(null);
  const state = useTaskWatch(store, task);
  const recorded = useRef(false);
  useEffect(() => {
    onResult?.(state.result);
    if (!state.result.met || recorded.current || !showChecks) return;
    recorded.current = true;
    // A finished task counts as a met goal of its scenario in the reader's progress.
    recordGoal(scenario.id, Date.now());
  }, [state.result]);
  return (
    <div class="task-play">
      {showChecks && <TaskChecks state={state} uid={uid} />}
      <PlaygroundFull scenarios={[scenario]} initial={scenario.id} uid={uid} onStore={setStore} />
    </div>
  );
}

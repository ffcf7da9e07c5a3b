/**
 * /tasks/timed/: practise Part II of the Okta-format exam on its own. A start button (the timer
 * must not run while the reader is still reading the page), then the timed task set
 * (TaskSet.tsx), then each task's result with its checks.
 */
import { useRef, useState } from 'preact/hooks';
import type { TimedTask } from '../../domain/tasks/task-set.ts';
import type { TaskResult } from '../../domain/tasks/types.ts';
import TaskResults from './TaskResults.tsx';
import TaskSet from './TaskSet.tsx';

export default function TimedPractice({ tasks, minutes }: { tasks: TimedTask[]; minutes: number }) {
  const [phase, setPhase] = useState<'ready' | 'running' | TaskResult[]>('ready');
  const results = useRef<HTMLHeadingElement>(null);
  if (phase === 'ready')
    return (
      <button type="button" class="btn btn-primary" onClick={() => setPhase('running')}>
        Start the timed set
      </button>
    );
  if (phase === 'running')
    return (
      <TaskSet
        tasks={tasks}
        minutes={minutes}
        uid="ts"
        onDone={(r) => {
          setPhase(r);
          // The results replace the task: focus their heading so keyboard and screen-reader users land there.
          requestAnimationFrame(() => results.current?.focus());
        }}
      />
    );
  return (
    <section aria-labelledby="ts-results">
      <h2 id="ts-results" tabIndex={-1} ref={results}>
        Results: {phase.filter((r) => r.met).length} of {phase.length} tasks met
      </h2>
      <TaskResults results={phase} titles={Object.fromEntries(tasks.map((t) => [t.task.id, t.title]))} level={3} />
    </section>
  );
}

/**
 * /tasks/timed/: practise Part II of the Okta-format exam on its own. A start button (the timer
 * must not run while the reader is still reading the page), then the timed task set
 * (TaskSet.tsx), then each task's result with its checks.
 */
import { useRef, useState } from 'preact/hooks';
import type { TaskResult } from '../../domain/tasks/types.ts';
import TaskSet, { type TimedTask } from './TaskSet.tsx';

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
  const title = (id: string) => tasks.find((t) => t.task.id === id)?.title ?? id;
  return (
    <section aria-labelledby="ts-results">
      <h2 id="ts-results" tabIndex={-1} ref={results}>
        Results: {phase.filter((r) => r.met).length} of {phase.length} tasks met
      </h2>
      {phase.map((r) => (
        <div>
          <h3>
            {title(r.taskId)}: {r.met ? 'met' : 'not met'}
          </h3>
          <ul aria-label={`Checks of ${title(r.taskId)}`}>
            {r.checks.map((c) => (
              <li>
                <span class="task-state">{c.met ? 'met' : 'not met'}</span> {c.sentence}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

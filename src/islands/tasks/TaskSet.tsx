/**
 * A timed set of hands-on tasks: Part II of the Okta-format practice exam. It runs the tasks one
 * after another, each in a fresh full playground with its scenario, under one visible timer for
 * the whole set. The grader follows each playground (src/domain/tasks/watch.ts) without showing
 * the checks, as in the real exam; handing a task in records its result at that moment, and when
 * time runs out the task in progress is graded as it stands and the tasks not reached count as
 * not attempted (src/domain/tasks/task-set.ts).
 *
 * Props:
 * - `tasks`: the tasks in order, each `{ task, title, brief, scenario }`: `task` is what the grader
 *   needs (`{ id, chapter, checks }`), `title` and `brief` are shown above the playground, and
 *   `scenario` is the task's scenario (its `goal.checks` are the same checks).
 * - `minutes`: the time limit for the whole set.
 * - `onDone(results)`: called once, when the last task is handed in or time runs out, with one
 *   `{ taskId, chapter, met, checks: { sentence, met }[] }` per task, in the order of `tasks`.
 * - `uid`: a unique element-id prefix.
 * - `now` (optional): the clock in epoch ms; `Date.now` unless a test passes another.
 *
 * The set starts when the component mounts: render it when the reader starts the part.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  expireTaskSet,
  finishTask,
  notAttempted,
  startTaskSet,
  timeLeft,
  type TimedTask,
} from '../../domain/tasks/task-set.ts';
import type { TaskResult } from '../../domain/tasks/types.ts';
import { timeNotice } from '../../domain/quiz/okta-exam.ts';
import TaskPlayground from './TaskPlayground.tsx';

export interface TaskSetProps {
  tasks: TimedTask[];
  minutes: number;
  onDone: (results: TaskResult[]) => void;
  uid: string;
  now?: (() => number) | undefined;
}

/** `m:ss` for a number of milliseconds, rounded up to the second. */
const clock = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export default function TaskSet({ tasks, minutes, onDone, uid, now = Date.now }: TaskSetProps) {
  const [set, setSet] = useState(() =>
    startTaskSet(
      tasks.map((t) => t.task),
      minutes * 60_000,
      now(),
    ),
  );
  const [left, setLeft] = useState(() => timeLeft(set, now()));
  const latest = useRef<TaskResult | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reported = useRef(false);

  useEffect(() => {
    if (set.done) return;
    const tick = setInterval(() => {
      const t = now();
      const rest = timeLeft(set, t);
      setLeft(rest);
      if (rest === 0) setSet(expireTaskSet(set, t, latest.current ?? undefined));
    }, 1000);
    return () => clearInterval(tick);
  }, [set]);

  useEffect(() => {
    if (!set.done || reported.current) return;
    reported.current = true;
    onDone([...set.results]);
  }, [set]);

  // The live region speaks only when its text changes: at the same marks as Part I's clock
  // (half time, five minutes, one minute), then once the set is over.
  const spoken = set.done
    ? set.timedOut
      ? 'Time is up. The tasks are graded as they stand.'
      : 'All tasks handed in.'
    : timeNotice(left, set.limitMs);
  const current = tasks[set.index];
  const handIn = () => {
    if (!current) return;
    setSet(finishTask(set, latest.current ?? notAttempted(current.task), now()));
    latest.current = null;
  };
  // The next task replaces the one handed in: its heading takes focus once it is on screen.
  useEffect(() => {
    if (set.index > 0) heading.current?.focus();
  }, [set.index]);

  return (
    <div class="task-set">
      <p class="task-timer" role="timer" id={`${uid}-timer`}>
        Time left: {clock(left)}
      </p>
      <p aria-live="polite" class="visually-hidden">
        {spoken}
      </p>
      {current && !set.done ? (
        <div key={current.task.id}>
          <h2 tabIndex={-1} ref={heading}>
            Task {set.index + 1} of {tasks.length}: {current.title}
          </h2>
          <p>{current.brief}</p>
          <TaskPlayground
            scenario={current.scenario}
            task={current.task}
            uid={`${uid}-${set.index}`}
            showChecks={false}
            onResult={(r) => {
              latest.current = r;
            }}
          />
          <button type="button" class="btn btn-primary" onClick={handIn}>
            {set.index + 1 < tasks.length ? 'Hand in and go to the next task' : 'Hand in and finish'}
          </button>
        </div>
      ) : (
        <p>{set.timedOut ? 'Time is up.' : 'All tasks handed in.'}</p>
      )}
    </div>
  );
}

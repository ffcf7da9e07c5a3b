/**
 * "Task checks": one line per check of the task's goal, each "met" or "not met" as the grader
 * says after every change of the playground, and a polite live region that says which check just
 * became met. The view grades nothing itself.
 */
import type { TaskWatchState } from '../../domain/tasks/watch.ts';

export function TaskChecks({ state, uid }: { state: TaskWatchState; uid: string }) {
  const { result, spoken } = state;
  const done = result.checks.filter((c) => c.met).length;
  return (
    <section class="task-checks" aria-labelledby={`${uid}-checks-h`}>
      <h2 id={`${uid}-checks-h`}>Task checks</h2>
      <p class="task-count">
        {done} of {result.checks.length} met{result.met ? ': task complete.' : '.'}
      </p>
      <ul aria-labelledby={`${uid}-checks-h`}>
        {result.checks.map((c) => (
          <li class={c.met ? 'is-met' : ''}>
            <span class="task-state">{c.met ? 'met' : 'not met'}</span> {c.sentence}
          </li>
        ))}
      </ul>
      <p aria-live="polite" class="visually-hidden">
        {spoken}
      </p>
    </section>
  );
}

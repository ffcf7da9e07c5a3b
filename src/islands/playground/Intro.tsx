/** The scenario's description, its goal (ticked when met), notices and the live region. */
import type { Goal } from '../../domain/playground/goal.ts';
import type { PlaygroundState } from './PlaygroundIsland.ts';

export function Intro({ state, goal, title }: { state: PlaygroundState; goal: Goal | null; title?: boolean }) {
  const { spec, met, notice, spoken } = state;
  return (
    <header class="pg-head">
      <p aria-live="polite" class="visually-hidden">
        {spoken}
      </p>
      {title && <h2 class="pg-title">Scenario: {spec.title}</h2>}
      <p>{spec.description}</p>
      {goal && (
        <p class={`pg-goal${met ? ' is-met' : ''}`}>
          <strong>Goal:</strong> {goal.text}{' '}
          <span class="pg-goal-state">{met ? '✓ Goal met' : `(${goal.outcome})`}</span>
        </p>
      )}
      {notice && <p class="pg-notice">{notice}</p>}
    </header>
  );
}

/** The scenario's description, its goal (ticked when met), notices and the live region. */
import { showsOutcome } from '../../domain/playground/goal.ts';
import type { PlaygroundStore } from '../../domain/playground/store.ts';
import { useStore } from './use-store.ts';

export function Intro({ store, title }: { store: PlaygroundStore; title?: boolean }) {
  const spec = useStore(store, (s) => s.spec);
  const goal = useStore(store, (s) => s.goal);
  const met = useStore(store, (s) => s.met);
  const notice = useStore(store, (s) => s.notice);
  const spoken = useStore(store, (s) => s.spoken);
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
          {(met || showsOutcome(goal)) && <span class="pg-goal-state">{met ? '✓ Goal met' : `(${goal.outcome})`}</span>}
        </p>
      )}
      {notice && <p class="pg-notice">{notice}</p>}
    </header>
  );
}

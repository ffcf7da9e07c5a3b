/**
 * The part both playground islands share: their props, and a hook that creates the island's
 * store (src/domain/playground/store.ts) once, starts it after hydration and times each send.
 *
 * Timing for the benchmark (scripts/bench-playground.mjs): each send sets the mark
 * `tokenlab:send`; the measure `tokenlab:send-to-render` is taken in a layout effect right after
 * the response is committed to the DOM. The same effect calls `onAnswer`, so the island can
 * bring the answer into view where the reader is looking.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SimResponse } from '../../domain/okta-sim/index.ts';
import type { PersistPort } from '../../domain/playground/saved-state.ts';
import type { ScenarioSpec } from '../../domain/scenarios/index.ts';
import { createPlaygroundStore, type PlaygroundStore, type StartFrom } from '../../domain/playground/store.ts';
import { useStore } from './use-store.ts';

export interface PlaygroundProps {
  /** Scenarios this island carries: its own in a lesson, the opening one on the full page. */
  scenarios: ScenarioSpec[];
  /**
   * Full page only: the URL of every scenario as JSON (`/playground/scenarios.json`), fetched
   * from the site when a link names a scenario the page does not carry.
   */
  catalog?: string | undefined;
  /** The scenario loaded unless the URL names another (full page only). */
  initial: string;
  /** Overrides of the scenario's goal (lesson props `goal` and `goalText`). */
  goal?: { outcome?: string | undefined; text?: string | undefined } | undefined;
  /** Unique element-id prefix for this island. */
  uid: string;
  /**
   * Receives the island's store once, before it starts: a task page's grader follows it
   * (src/islands/tasks/). Functions cannot cross from Astro, so only a wrapping island passes it.
   */
  onStore?: ((store: PlaygroundStore) => void) | undefined;
}

/** What the full page adds to the shared behaviour; a lesson embed passes none of it. */
export interface PageOptions {
  /** What the page asks to open, read once hydrated. */
  from?: () => StartFrom;
  /** Finds scenarios the page does not carry. */
  lookup?: ((id: string) => Promise<ScenarioSpec | undefined>) | undefined;
  /** Where the reader's work is saved. */
  persist?: PersistPort | undefined;
  /** Called once the store has loaded what the page asked for. */
  started?: () => void;
}

/** Records a met goal in the reader's progress; loaded on the first goal, never with the page. */
function recordGoal(scenario: string): void {
  void import('./record-goal.ts').then((m) => m.recordGoal(scenario, Date.now()));
}

/**
 * The island's store and its last response. `onAnswer` runs right after a response to a send is
 * on screen (not after a restore or reset).
 */
export function usePlayground(
  props: PlaygroundProps,
  onAnswer: () => void,
  page: PageOptions = {},
): { store: PlaygroundStore; response: SimResponse | null } {
  const timing = useRef(false);
  const [store] = useState(() =>
    createPlaygroundStore({
      scenarios: props.scenarios,
      initial: props.initial,
      goal: props.goal,
      lookup: page.lookup,
      persist: page.persist,
      onGoalMet: recordGoal,
      onSend: () => {
        timing.current = true;
        performance.mark('tokenlab:send');
      },
    }),
  );
  useEffect(() => {
    props.onStore?.(store);
    void store.start(page.from?.()).then(page.started);
  }, [store]);
  const response = useStore(store, (s) => s.response);
  useLayoutEffect(() => {
    if (!timing.current) return;
    timing.current = false;
    performance.measure('tokenlab:send-to-render', 'tokenlab:send');
    onAnswer();
  }, [response]);
  return { store, response };
}

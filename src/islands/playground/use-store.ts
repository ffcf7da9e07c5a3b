/**
 * Subscribes a component to the playground store: `useStore(store, selector)` returns the
 * selected value and re-renders the component when, after a change, the selector returns a
 * different value (`Object.is`). Selectors are memoised in the domain (selectors.ts), so an
 * unchanged part of the state gives the very same value and costs no render.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlaygroundState } from '../../domain/playground/store-state.ts';
import type { PlaygroundStore } from '../../domain/playground/store.ts';

export function useStore<T>(store: PlaygroundStore, select: (state: PlaygroundState) => T): T {
  const value = select(store.getState());
  const [, rerender] = useState(0);
  const latest = useRef({ select, value });
  latest.current = { select, value };
  useEffect(() => {
    const check = () => {
      const { select: current, value: shown } = latest.current;
      if (!Object.is(current(store.getState()), shown)) rerender((n) => n + 1);
    };
    // A change between this render and the subscription would otherwise be missed.
    check();
    return store.subscribe(check);
  }, [store]);
  return value;
}

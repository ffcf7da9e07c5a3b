/**
 * The practice page's state, framework-free: which seed is shown, its item once generated, the
 * reader's choice and whether it was checked. The island subscribes and renders; it never calls
 * the generator itself. Generation is asynchronous (the simulator answers with promises), so a
 * result that arrives after a newer seed was asked for is dropped.
 */
import type { PracticeItem, PracticeOption } from './item.ts';

export interface PracticeState {
  seed: string;
  /** What the page says about the seed it was given (shortened, or replaced), if anything. */
  note: string | null;
  /** `null` while the item for `seed` is being generated. */
  item: PracticeItem | null;
  /** The chosen option's key. */
  chosen: string | null;
  checked: boolean;
  /** A prompt for the reader, e.g. "Choose an answer first." */
  hint: string;
}

export interface PracticeStore {
  get(): PracticeState;
  subscribe(listener: (state: PracticeState) => void): () => void;
  /** Shows the item for `seed` (generating it first). */
  show(seed: string, note?: string | null): Promise<void>;
  choose(key: string): void;
  /** Grades the chosen option; with none chosen, asks for one. */
  check(): void;
}

/**
 * A store over a generator (`generateItem`, or a slower or failing one in tests).
 *
 * @example
 * const store = createPracticeStore(generateItem);
 * await store.show('rate-share-3');
 * store.choose(store.get().item!.options[0]!.key);
 * store.check();
 * chosenOption(store.get())?.correct; // true or false
 */
export function createPracticeStore(generate: (seed: string) => Promise<PracticeItem>): PracticeStore {
  let state: PracticeState = { seed: '', note: null, item: null, chosen: null, checked: false, hint: '' };
  const listeners = new Set<(s: PracticeState) => void>();
  const set = (next: Partial<PracticeState>) => {
    state = { ...state, ...next };
    for (const l of listeners) l(state);
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async show(seed, note = null) {
      set({ seed, note, item: null, chosen: null, checked: false, hint: '' });
      const item = await generate(seed);
      if (state.seed === seed && state.item === null) set({ item });
    },
    choose(key) {
      if (state.checked || !state.item?.options.some((o) => o.key === key)) return;
      set({ chosen: key, hint: '' });
    },
    check() {
      if (!state.item || state.checked) return;
      if (state.chosen === null) set({ hint: 'Choose an answer first.' });
      else set({ checked: true, hint: '' });
    },
  };
}

/** The option the reader chose, if any. */
export function chosenOption(state: PracticeState): PracticeOption | undefined {
  return state.item?.options.find((o) => o.key === state.chosen);
}

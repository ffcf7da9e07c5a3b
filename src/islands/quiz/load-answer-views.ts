/**
 * Loads answer-views.ts on the reader's first choice, in good time for the feedback that follows
 * "Check answer". Until it arrives, a checked question shows an empty (but focusable, live)
 * feedback region that fills in a moment later. A failed load is tried again on the next call.
 */
import type * as Views from './answer-views.ts';

export type AnswerViews = typeof Views;

/** The views, once loaded. */
export let answerViews: AnswerViews | undefined;
let loading: Promise<AnswerViews> | undefined;

export function loadAnswerViews(): Promise<AnswerViews> {
  loading ??= import('./answer-views.ts').then(
    (m) => (answerViews = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

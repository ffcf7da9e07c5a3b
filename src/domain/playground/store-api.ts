/**
 * What a playground store offers (store.ts builds it): its options, its state and
 * subscription, and its commands.
 */
import type { ScenarioSpec } from '../scenarios/index.ts';
import type { ConsoleAction } from './actions.ts';
import type { ConsoleCommands } from './console-commands.ts';
import type { Verdicts } from './jwt-inspect.ts';
import type { BuiltRequest } from './request.ts';
import type { PersistPort } from './saved-state.ts';
import type { ActionResult } from './session.ts';
import type { OrgView, PlaygroundState } from './store-state.ts';

export interface PlaygroundStoreOptions {
  /** Scenarios the page carries: its own in a lesson, the opening one on the full page. */
  scenarios: readonly ScenarioSpec[];
  /** The scenario loaded unless a link names another. */
  initial: string;
  /** Overrides of the scenario's goal (a lesson embed's `goal` and `goalText`). */
  goal?: { outcome?: string | undefined; text?: string | undefined } | undefined;
  /**
   * Looks up a scenario the page does not carry (the full page fetches the site's list).
   * Resolves to undefined for an unknown id; rejects when the list cannot be loaded.
   */
  lookup?: ((id: string) => Promise<ScenarioSpec | undefined>) | undefined;
  /** Called the first time the goal is met after a scenario loads (to record progress). */
  onGoalMet?: ((scenarioId: string) => void) | undefined;
  /** Called as each send starts (the island's benchmark mark). */
  onSend?: (() => void) | undefined;
  /**
   * Where the reader's work is saved after each change and read back on start (the full page
   * passes a sessionStorage wrapper; lesson embeds pass none). See saved-state.ts.
   */
  persist?: PersistPort | undefined;
}

/** A share link's fragment value, or why the session cannot be shared. */
export type ShareResult = { ok: true; fragment: string } | { ok: false; reason: string };

/** Where the page was opened from: a share link's fragment and `?scenario=`, when present. */
export interface StartFrom {
  fragment?: string | undefined;
  scenario?: string | null | undefined;
}

export interface PlaygroundStore extends ConsoleCommands {
  getState(): PlaygroundState;
  /** Calls `listener` with the new state after every change; returns the unsubscribe. */
  subscribe(listener: (state: PlaygroundState) => void): () => void;
  /**
   * Loads what the page asks for (a share link, else the saved session unless `?scenario=` names
   * another, else `?scenario=`, else the initial scenario), then marks the store ready.
   */
  start(from?: StartFrom): Promise<void>;
  /** Loads a scenario afresh, with a notice. */
  load(spec: ScenarioSpec, notice?: string): Promise<void>;
  /** Loads the current scenario afresh; the session before it can be brought back once. */
  reset(): Promise<void>;
  /** Brings back the session the last reset replaced (`state.undo` says whether there is one). */
  undoReset(): void;
  /** Replaces the request being built. */
  setRequest(request: BuiltRequest): void;
  /**
   * The Credential select: `none`, `custom` or `key:<key>`. Resolves to true when the reader
   * should now type the header (a custom value), so the view can move focus there.
   */
  chooseCredential(choice: string): boolean;
  /**
   * Sends a request (the one being built by default) `times` times in a row (1 to 500; default
   * 1) and announces the last response, with a count of each outcome for a burst.
   */
  send(request?: BuiltRequest, times?: number): Promise<void>;
  /**
   * Runs a console action; resolves to null (and shows why) when the console refuses it. On
   * success `sentence` says what happened, given the result and the org after it, and `note`
   * (if any) stays on screen as the notice.
   */
  act(
    action: ConsoleAction,
    sentence: (result: ActionResult, org: OrgView) => string,
    note?: string,
  ): Promise<ActionResult | null>;
  /** Announces text in the polite live region. */
  say(text: string): void;
  /** The share-link fragment value for this session, or (also said aloud) why it cannot be shared. */
  share(): ShareResult;
  /** The JWT inspector's two verdicts on a token, checked against a throwaway copy of the org. */
  verdicts(token: string): Promise<Verdicts>;
}

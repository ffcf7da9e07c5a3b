/**
 * The playground store: the one owner of a playground's state, framework-free and tested in
 * Node. It holds the reader's session (session.ts: the simulated org and what the reader did to
 * it) and is the only code that changes it. After every change it publishes a new immutable
 * state (store-state.ts); views subscribe, read the state and the memoised selectors
 * (selectors.ts), and send commands back. No view touches the simulator.
 *
 * The store is built synchronously, so a scenario without setup steps (the full page's opening
 * org) is already loaded when the server renders the page, and again when it hydrates; other
 * scenarios load in `start`.
 *
 * @example
 * const store = createPlaygroundStore({ scenarios: [spec], initial: spec.id });
 * const stop = store.subscribe((state) => render(state));
 * await store.start();
 * await store.createToken({ name: 'CI', creator: '', percent: 50, zone: '' });
 * await store.send(); // the new token is already in the request
 * outcome(store.getState()); // '200'
 * stop();
 */
import type { SimResponse } from '../okta-sim/index.ts';
import type { ScenarioSpec } from '../scenarios/index.ts';
import type { ConsoleAction } from './actions.ts';
import { announce, decidingStep } from './announce.ts';
import { parseAuthorization } from './authorization.ts';
import { consoleCommands } from './console-commands.ts';
import { goalMet, resolveGoal } from './goal.ts';
import { addToHistory, type HistoryEntry } from './history.ts';
import { headerFor } from './keychain.ts';
import type { BuiltRequest } from './request.ts';
import { holdsRealTokenIn, keychain, outcomeOf } from './selectors.ts';
import {
  applyAction,
  initialRequest,
  send,
  sharePayload,
  startSession,
  startSessionNow,
  type ActionResult,
  type Session,
} from './session.ts';
import { savedText } from './saved-state.ts';
import { encodeShare } from './share-link.ts';
import type { PlaygroundStore, PlaygroundStoreOptions, StartFrom } from './store-api.ts';
import { adminIds, orgView, type OrgView, type PlaygroundState } from './store-state.ts';
import { MAX_TIMES } from './times.ts';

export type { PlaygroundStore, PlaygroundStoreOptions, StartFrom } from './store-api.ts';

const REAL_TOKEN_NOTICE =
  'That request held something shaped like a real Okta token, so it was kept out of history and share links.';

/** The parts of the state a saved session holds (saved-state.ts): a change to any of them is saved. */
const PERSISTED: ReadonlySet<string> = new Set(['org', 'request', 'response', 'history', 'met', 'seen']);

/**
 * What decided a response, for the "seen" list missions read: the failing check's code, or
 * `pass-<scheme>` (`pass-ssws`, `pass-bearer`) when every check passed.
 */
function decisionKey(res: SimResponse, request: BuiltRequest): string {
  return decidingStep(res)?.check ?? `pass-${parseAuthorization(request.authorization).kind}`;
}

/** A restored session's parts beyond the org and request (a saved session or a share link). */
interface Restored {
  response?: SimResponse | null;
  history?: readonly HistoryEntry[];
  met?: boolean;
  seen?: readonly string[];
}

/** Creates the store of one playground island. Throws when no scenario is passed. */
export function createPlaygroundStore(options: PlaygroundStoreOptions): PlaygroundStore {
  const found = options.scenarios.find((s) => s.id === options.initial) ?? options.scenarios[0];
  if (!found) throw new Error('Playground: no scenarios were passed.');
  const first: ScenarioSpec = found;
  const listeners = new Set<(state: PlaygroundState) => void>();
  const goalOf = (spec: ScenarioSpec) => resolveGoal(spec.goal, options.goal);
  /** Why a scenario could not be looked up, when the list itself failed to load. */
  let missing: string | undefined;

  const opening = startSessionNow(first);
  let session: Session | null = opening?.session ?? null;
  let state: PlaygroundState = {
    spec: first,
    goal: goalOf(first),
    org: session && orgView(session, adminIds(session)),
    request: opening?.request ?? initialRequest(first),
    custom: false,
    response: null,
    history: [],
    met: false,
    seen: [],
    notice: '',
    spoken: '',
    ready: false,
    undo: false,
  };
  /** Whether the response on screen answers the last recorded request (a replay shows it again). */
  let shown = false;
  /** What "Undo reset" brings back, until the next action or send. */
  let undone: { session: Session; state: PlaygroundState; shown: boolean } | null = null;

  function publish(patch: Partial<PlaygroundState>): void {
    state = { ...state, ...patch };
    const port = options.persist;
    if (port && session && Object.keys(patch).some((k) => PERSISTED.has(k))) {
      const text = savedText(session, state, shown, holdsRealTokenIn(state.request));
      if (text !== null) port.save(text);
    }
    for (const listener of [...listeners]) listener(state);
  }

  /** The live region's next text: repeating the same text would not be announced, so a trailing space forces it. */
  const spoken = (text: string) => (state.spoken === text ? `${text}\u00a0` : text);

  /** The org after a change to the current session. */
  const reread = (s: Session) => orgView(s, state.org?.firstAdmins ?? adminIds(s));

  function adopt(s: Session, request: BuiltRequest, notice = '', restored: Restored = {}): void {
    session = s;
    undone = null;
    const response = restored.response ?? null;
    shown = response !== null;
    publish({
      spec: s.spec,
      goal: goalOf(s.spec),
      org: orgView(s, adminIds(s)),
      request,
      custom: false,
      response,
      history: restored.history ?? [],
      met: restored.met ?? false,
      seen: restored.seen ?? [],
      notice,
      undo: false,
    });
  }

  async function load(spec: ScenarioSpec, notice?: string): Promise<void> {
    const started = await startSession(spec);
    adopt(started.session, started.request, notice);
  }

  /** The scenario with this id: one the page carries, else from `lookup`. */
  async function find(id: string): Promise<ScenarioSpec | undefined> {
    const own = options.scenarios.find((s) => s.id === id);
    if (own || !options.lookup) return own;
    try {
      return await options.lookup(id);
    } catch {
      missing = `The list of scenarios could not be loaded (are you offline?), so "${first.title}" is loaded instead.`;
      return undefined;
    }
  }

  async function open({ fragment = '', scenario }: StartFrom): Promise<void> {
    if (fragment.startsWith('#s=')) {
      // The share-link reader loads only when a page opens with a link.
      const { openShareLink } = await import('./restore.ts');
      const r = await openShareLink(fragment, find, first);
      return 'session' in r
        ? adopt(r.session, r.request, r.notice, { response: r.response })
        : load(first, missing ?? r.notice);
    }
    // The reader's own work comes back after a reload, Back or a trip through a link, unless
    // the page asks for another scenario than the one saved.
    const saved = options.persist?.load();
    if (saved) {
      const { openSaved } = await import('./saved-session.ts');
      const r = await openSaved(saved, find, scenario).catch(() => null);
      if (r) return adopt(r.session, r.request, '', r);
    }
    const spec = scenario ? await find(scenario) : undefined;
    if (scenario && !spec)
      return load(first, missing ?? `There is no scenario "${scenario}"; "${first.title}" is loaded instead.`);
    if (!spec) return session ? undefined : load(first);
    // A scenario from the fetched list that does not set up (a damaged file) falls back too.
    return load(spec).catch(() =>
      load(first, `The scenario "${spec.id}" could not be loaded; "${first.title}" is loaded instead.`),
    );
  }

  const say = (text: string): void => publish({ spoken: spoken(text) });

  async function act(
    action: ConsoleAction,
    sentence: (result: ActionResult, org: OrgView) => string,
    note = '',
  ): Promise<ActionResult | null> {
    const s = session;
    if (!s) return null;
    let result: ActionResult;
    try {
      result = await applyAction(s, action);
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      if (s === session) publish({ notice: text, spoken: spoken(text) });
      return null;
    }
    // A reset or another scenario replaced the session meanwhile: this result is not shown.
    if (s !== session) return null;
    const org = reread(s);
    // A new credential (API or access token) is saved and selected for the next request.
    const request = 'entry' in result ? { ...state.request, authorization: headerFor(result.entry) } : state.request;
    undone = null;
    publish({ org, request, notice: note, spoken: spoken(sentence(result, org)), undo: false });
    return result;
  }

  const store: PlaygroundStore = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async start(from = {}) {
      try {
        await open(from);
      } finally {
        publish({ ready: true });
      }
    },
    load,
    async reset() {
      const before = session && { session, state, shown };
      await load(state.spec, 'The scenario was reset.');
      undone = before;
      if (before) publish({ undo: true, spoken: spoken('The scenario was reset. You can undo the reset once.') });
    },
    undoReset() {
      const u = undone;
      if (!u) return;
      undone = null;
      session = u.session;
      shown = u.shown;
      publish({ ...u.state, undo: false, notice: 'The reset was undone.', spoken: spoken('The reset was undone.') });
    },
    setRequest: (request) => publish({ request }),
    chooseCredential(choice) {
      const custom = choice === 'custom';
      const entry = keychain(state).find((e) => `key:${e.key}` === choice);
      if (entry) publish({ custom, request: { ...state.request, authorization: headerFor(entry) } });
      else if (choice === 'none') publish({ custom, request: { ...state.request, authorization: '' } });
      else publish({ custom });
      return !entry && choice !== 'none';
    },
    async send(request = state.request, times = 1) {
      const s = session;
      if (!s) return;
      options.onSend?.();
      const real = holdsRealTokenIn(request);
      const n = Math.min(MAX_TIMES, Math.max(1, Math.floor(times) || 1));
      let { history, seen } = state;
      let response: SimResponse | undefined;
      let hit = false;
      const counts = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        ({ response } = await send(s, request, real));
        if (s !== session) return;
        const label = outcomeOf(response);
        counts.set(label, (counts.get(label) ?? 0) + 1);
        if (!real) history = addToHistory(history, { request, outcome: label, at: s.sim.now() });
        const key = decisionKey(response, request);
        if (!seen.includes(key)) seen = [...seen, key];
        hit ||= goalMet(state.goal, label);
      }
      if (!response) return;
      const firstHit = hit && !state.met;
      const burst =
        n > 1
          ? `Sent ${n} times: ${[...counts].map(([label, count]) => `${count} × ${label}`).join(', ')}. Last: `
          : '';
      shown = !real;
      undone = null;
      publish({
        org: reread(s),
        response,
        history,
        seen,
        notice: real ? REAL_TOKEN_NOTICE : '',
        met: state.met || hit,
        undo: false,
        spoken: spoken(`${burst}${announce(response, outcomeOf(response))}${hit ? ' Goal met.' : ''}`),
      });
      if (firstHit) options.onGoalMet?.(s.spec.id);
    },
    act,
    say,
    share() {
      if (!session) return { ok: false, reason: 'The playground has not loaded yet.' };
      const p = sharePayload(session, state.request, holdsRealTokenIn(state.request));
      if (p.ok) return { ok: true, fragment: encodeShare(p.payload) };
      say(p.reason);
      return p;
    },
    async verdicts(token) {
      const s = session;
      if (!s) throw new Error('The playground has no org yet.');
      // The inspector's checks load with the JWT inspector, the first time a Bearer JWT is shown.
      const inspect = await import('./jwt-inspect.ts');
      return inspect.verdicts(s.sim, token);
    },
    ...consoleCommands(() => state, act, say),
  };
  return store;
}

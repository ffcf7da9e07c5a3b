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
import type { ScenarioSpec } from '../scenarios/index.ts';
import type { ConsoleAction } from './actions.ts';
import { announce } from './announce.ts';
import { consoleCommands } from './console-commands.ts';
import { goalMet, resolveGoal } from './goal.ts';
import { addToHistory } from './history.ts';
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
import { encodeShare } from './share-link.ts';
import type { PlaygroundStore, PlaygroundStoreOptions, StartFrom } from './store-api.ts';
import { adminIds, orgView, type OrgView, type PlaygroundState } from './store-state.ts';

export type { PlaygroundStore, PlaygroundStoreOptions, StartFrom } from './store-api.ts';

const REAL_TOKEN_NOTICE =
  'That request held something shaped like a real Okta token, so it was kept out of history and share links.';

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
    notice: '',
    spoken: '',
    ready: false,
  };

  function publish(patch: Partial<PlaygroundState>): void {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener(state);
  }

  /** The live region's next text: repeating the same text would not be announced, so a trailing space forces it. */
  const spoken = (text: string) => (state.spoken === text ? `${text}\u00a0` : text);

  /** The org after a change to the current session. */
  const reread = (s: Session) => orgView(s, state.org?.firstAdmins ?? adminIds(s));

  function adopt(s: Session, request: BuiltRequest, notice = ''): void {
    session = s;
    publish({
      spec: s.spec,
      goal: goalOf(s.spec),
      org: orgView(s, adminIds(s)),
      request,
      custom: false,
      response: null,
      history: [],
      met: false,
      notice,
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
      return 'session' in r ? adopt(r.session, r.request, r.notice) : load(first, missing ?? r.notice);
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
    publish({ org, request, notice: '', spoken: spoken(sentence(result, org)) });
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
    reset: () => load(state.spec, 'The scenario was reset.'),
    setRequest: (request) => publish({ request }),
    chooseCredential(choice) {
      const custom = choice === 'custom';
      const entry = keychain(state).find((e) => `key:${e.key}` === choice);
      if (entry) publish({ custom, request: { ...state.request, authorization: headerFor(entry) } });
      else if (choice === 'none') publish({ custom, request: { ...state.request, authorization: '' } });
      else publish({ custom });
      return !entry && choice !== 'none';
    },
    async send(request = state.request) {
      const s = session;
      if (!s) return;
      options.onSend?.();
      const real = holdsRealTokenIn(request);
      const { response } = await send(s, request, real);
      if (s !== session) return;
      const label = outcomeOf(response);
      const hit = goalMet(state.goal, label);
      const firstHit = hit && !state.met;
      const org = reread(s);
      publish({
        org,
        response,
        history: real ? state.history : addToHistory(state.history, { request, outcome: label, at: org.now }),
        notice: real ? REAL_TOKEN_NOTICE : '',
        met: state.met || hit,
        spoken: spoken(`${announce(response, label)}${hit ? ' Goal met.' : ''}`),
      });
      if (firstHit) options.onGoalMet?.(s.spec.id);
    },
    act,
    say,
    share() {
      if (!session) return null;
      const p = sharePayload(session, state.request, holdsRealTokenIn(state.request));
      if (p.ok) return encodeShare(p.payload);
      say(p.reason);
      return null;
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

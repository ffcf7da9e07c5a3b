/**
 * The playground's state, shared by the full page and the compact lesson embed: the session
 * (src/domain/playground/session.ts), the request being built, the last response, history, the
 * live-region text and the goal. Components stay thin: they get the island as their `api`
 * (types.ts) and call `act`, `send` and `setReq`.
 *
 * A class component, not hooks: the islands then need only Preact's core, and the playground
 * page does not download `preact/hooks` (about 1.2 KB gzip) for state a class holds as well.
 *
 * Timing for the benchmark: `send` sets the mark `tokenlab:send`; the measure
 * `tokenlab:send-to-render` is taken in `componentDidUpdate`, right after the response is
 * committed to the DOM.
 */
import { Component } from 'preact';
import type { SimResponse } from '../../domain/okta-sim/index.ts';
import type { ConsoleAction } from '../../domain/playground/actions.ts';
import { announce } from '../../domain/playground/announce.ts';
import { goalMet, outcomeLabel, resolveGoal, type Goal } from '../../domain/playground/goal.ts';
import { addToHistory, type HistoryEntry } from '../../domain/playground/history.ts';
import { headerFor } from '../../domain/playground/keychain.ts';
import type { BuiltRequest } from '../../domain/playground/request.ts';
import {
  applyAction,
  initialRequest,
  send,
  startSession,
  startSessionNow,
  type ActionResult,
  type Session,
} from '../../domain/playground/session.ts';
import type { ScenarioSpec } from '../../domain/scenarios/index.ts';
import type { PlaygroundApi } from './types.ts';

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
}

export interface PlaygroundState {
  spec: ScenarioSpec;
  req: BuiltRequest;
  res: SimResponse | null;
  history: HistoryEntry[];
  /** The polite live region's text. */
  spoken: string;
  notice: string;
  met: boolean;
  /** The reader picked "Custom value" in the Credential select. */
  custom: boolean;
  /** Changes whenever the org changes, for parts that derive data from it. */
  version: number;
  /** Hydrated, and the scenario the page asked for is loaded (`data-ready` for tests). */
  ready: boolean;
}

export abstract class PlaygroundIsland extends Component<PlaygroundProps, PlaygroundState> implements PlaygroundApi {
  /**
   * Null until the scenario has loaded. A scenario without setup steps (the full page's opening
   * org) loads at once, on the server too, so the server's HTML already shows its console.
   */
  session: Session | null = null;
  /** The scenario loaded on hydration unless the URL names another. */
  readonly first: ScenarioSpec;
  private timing = false;

  constructor(props: PlaygroundProps) {
    super(props);
    const first = props.scenarios.find((s) => s.id === props.initial) ?? props.scenarios[0];
    if (!first) throw new Error('Playground: no scenarios were passed.');
    this.first = first;
    const now = startSessionNow(first);
    this.session = now?.session ?? null;
    this.state = {
      spec: first,
      req: now?.request ?? initialRequest(first),
      res: null,
      history: [],
      spoken: '',
      notice: '',
      met: false,
      custom: false,
      version: 0,
      ready: false,
    };
  }

  /** What to load on hydration (unless it loaded at once); the full page reads the URL first. */
  start(): Promise<void> {
    return this.session ? Promise.resolve() : this.load(this.first);
  }

  override componentDidMount(): void {
    void this.start().finally(() => this.setState({ ready: true }));
  }

  override componentDidUpdate(): void {
    if (!this.timing) return;
    this.timing = false;
    performance.measure('tokenlab:send-to-render', 'tokenlab:send');
  }

  /** The goal in force: the scenario's, unless the embed overrides it. */
  goal(): Goal | null {
    return resolveGoal(this.state.spec.goal, this.props.goal);
  }

  /** Adopts an already prepared session (share links, Reset, hydration), with a notice. */
  adopt(s: Session, req: BuiltRequest, notice = ''): void {
    this.session = s;
    this.setState(({ version }) => ({
      spec: s.spec,
      req,
      res: null,
      history: [],
      met: false,
      custom: false,
      notice,
      version: version + 1,
    }));
  }

  /** Loads a scenario afresh, with a notice. */
  load = async (s: ScenarioSpec, notice?: string): Promise<void> => {
    const { session, request } = await startSession(s);
    this.adopt(session, request, notice);
  };

  /** Repeating the same text would not be announced again; a trailing space forces it. */
  say = (text: string): void => this.setState(({ spoken }) => ({ spoken: spoken === text ? `${text}\u00a0` : text }));

  setReq = (req: BuiltRequest): void => this.setState({ req });

  act = async (a: ConsoleAction, done: (r: ActionResult) => string): Promise<ActionResult | null> => {
    const s = this.session;
    if (!s) return null;
    try {
      const r = await applyAction(s, a);
      // A new credential (API or access token) is saved and selected for the next request.
      const selected = 'entry' in r ? headerFor(r.entry) : null;
      this.setState(({ version, req }) => ({
        notice: '',
        version: version + 1,
        req: selected === null ? req : { ...req, authorization: selected },
      }));
      this.say(done(r));
      return r;
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      this.setState({ notice: text });
      this.say(text);
      return null;
    }
  };

  send = async (r: BuiltRequest = this.state.req): Promise<void> => {
    const s = this.session;
    if (!s) return;
    performance.mark('tokenlab:send');
    const { response, real } = await send(s, r);
    const hit = goalMet(this.goal(), response);
    const first = hit && !this.state.met;
    this.timing = true;
    this.setState(({ history, met, version }) => ({
      history: real ? history : addToHistory(history, { request: r, outcome: outcomeLabel(response), at: s.sim.now() }),
      res: response,
      notice: real
        ? 'That request held something shaped like a real Okta token, so it was kept out of history and share links.'
        : '',
      met: met || hit,
      version: version + 1,
    }));
    this.say(`${announce(response)}${hit ? ' Goal met.' : ''}`);
    if (first) {
      void import('./record-goal.ts').then((m) => m.recordGoal(s.spec.id, Date.now()));
    }
  };

  /** Element-id prefix (part of {@link PlaygroundApi}: the island itself is what its parts share). */
  get uid(): string {
    return this.props.uid;
  }

  /** The request being built. */
  get req(): BuiltRequest {
    return this.state.req;
  }
}

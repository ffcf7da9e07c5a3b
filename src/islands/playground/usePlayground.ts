/**
 * The playground's state, shared by the full page and the compact lesson embed: the session
 * (src/domain/playground/session.ts), the request being built, the last response, history, the
 * live-region text and the goal. Components stay thin: they call `act`, `send` and `setReq`.
 *
 * Timing for the benchmark: `send` sets the mark `tokenlab:send`; the measure
 * `tokenlab:send-to-render` is taken in a layout effect, right after the response is committed
 * to the DOM.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SimResponse } from '../../domain/okta-sim/index';
import type { Action } from '../../domain/playground/actions';
import { announce } from '../../domain/playground/announce';
import { goalMet, outcomeLabel, resolveGoal, type Goal } from '../../domain/playground/goal';
import { addToHistory, type HistoryEntry } from '../../domain/playground/history';
import type { BuiltRequest } from '../../domain/playground/request';
import {
  applyAction,
  initialRequest,
  send,
  startSession,
  type ActionResult,
  type Session,
} from '../../domain/playground/session';
import type { ScenarioSpec } from '../../domain/scenarios/index';
import type { PlaygroundApi } from './types';

export interface PlaygroundProps {
  /** Scenarios this island may load: every one on the full page, its own in a lesson. */
  scenarios: ScenarioSpec[];
  /** The scenario loaded unless the URL names another (full page only). */
  initial: string;
  /** Overrides of the scenario's goal (lesson props `goal` and `goalText`). */
  goal?: { outcome?: string | undefined; text?: string | undefined } | undefined;
  /** Unique element-id prefix for this island. */
  uid: string;
}

export interface PlaygroundState {
  api: PlaygroundApi;
  spec: ScenarioSpec;
  goal: Goal | null;
  met: boolean;
  res: SimResponse | null;
  history: HistoryEntry[];
  spoken: string;
  notice: string;
  /** Changes whenever the org changes, for parts that derive data from it. */
  version: number;
  custom: boolean;
  setCustom: (c: boolean) => void;
  /** Loads a scenario afresh (Reset), with a notice. */
  load: (s: ScenarioSpec, notice?: string) => Promise<void>;
  /** Adopts an already prepared session (share links). */
  adopt: (s: Session, r: BuiltRequest, notice?: string) => void;
}

/**
 * @param pickStart decides what to load on hydration (the full page reads the URL); by default
 * the `initial` scenario.
 */
export function usePlayground(
  { scenarios, initial, goal: goalOverride, uid }: PlaygroundProps,
  pickStart?: (state: Pick<PlaygroundState, 'load' | 'adopt'>, first: ScenarioSpec) => Promise<void>,
): PlaygroundState {
  const first = scenarios.find((s) => s.id === initial) ?? scenarios[0];
  if (!first) throw new Error('Playground: no scenarios were passed.');
  const [spec, setSpec] = useState(first);
  const session = useRef<Session | null>(null);
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  const [req, setReq] = useState<BuiltRequest>(() => initialRequest(first, []));
  const [res, setRes] = useState<SimResponse | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [spoken, setSpoken] = useState('');
  const [notice, setNotice] = useState('');
  const [met, setMet] = useState(false);
  const [custom, setCustom] = useState(false);
  const timing = useRef(false);
  const goal = resolveGoal(spec.goal, goalOverride);

  // Repeating the same text would not be announced again; a trailing space forces it.
  const say = useCallback((text: string) => setSpoken((prev) => (prev === text ? `${text}\u00a0` : text)), []);

  const adopt = (s: Session, r: BuiltRequest, message = '') => {
    session.current = s;
    setSpec(s.spec);
    setReq(r);
    setRes(null);
    setHistory([]);
    setMet(false);
    setCustom(false);
    setNotice(message);
    bump();
  };

  const load = async (s: ScenarioSpec, message = '') => {
    const { session: ses, request } = await startSession(s);
    adopt(ses, request, message);
  };

  useEffect(() => {
    void (pickStart ? pickStart({ load, adopt }, first) : load(first));
    // Runs once, on hydration.
  }, []);

  const act = useCallback(
    async (a: Action, done: (r: ActionResult) => string) => {
      const s = session.current;
      if (!s) return null;
      try {
        const r = await applyAction(s, a);
        setNotice('');
        say(done(r));
        bump();
        return r;
      } catch (e) {
        const text = e instanceof Error ? e.message : String(e);
        setNotice(text);
        say(text);
        return null;
      }
    },
    [say],
  );

  const doSend = useCallback(
    async (r: BuiltRequest = req) => {
      const s = session.current;
      if (!s) return;
      performance.mark('tokenlab:send');
      const { response, real } = await send(s, r);
      const hit = goalMet(goal, response);
      if (!real) setHistory((h) => addToHistory(h, { request: r, outcome: outcomeLabel(response), at: s.sim.now() }));
      timing.current = true;
      setRes(response);
      setNotice(
        real
          ? 'That request held something shaped like a real Okta token, so it was kept out of history and share links.'
          : '',
      );
      say(`${announce(response)}${hit ? ' Goal met.' : ''}`);
      if (hit && !met) {
        setMet(true);
        void import('../progress-store').then((m) =>
          m.dispatch({ type: 'goal-met', scenario: s.spec.id, at: Date.now() }),
        );
      }
      bump();
    },
    [req, goal, met, say],
  );

  useLayoutEffect(() => {
    if (!timing.current) return;
    timing.current = false;
    performance.measure('tokenlab:send-to-render', 'tokenlab:send');
  }, [res]);

  return {
    api: { uid, session: session.current, req, setReq, act, send: doSend, say },
    spec,
    goal,
    met,
    res,
    history,
    spoken,
    notice,
    version,
    custom,
    setCustom,
    load,
    adopt,
  };
}

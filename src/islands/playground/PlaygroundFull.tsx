/**
 * The full playground (/playground/): the simulated Admin Console next to "your app" (request
 * builder, response, trace, tools and history). On hydration it loads, in this order of
 * preference, a share link (`#s=...`), the scenario named by `?scenario=<id>`, or `initial`.
 *
 * Loaded on first need, never on page load: the share-link reader (only when the URL has one),
 * the service-app panel (OAuth) and the JWT inspector (when a Bearer JWT is in the header).
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './playground.css';
import { looksLikeJwt, parseAuthorization } from '../../domain/playground/authorization';
import type { OktaSim } from '../../domain/okta-sim/index';
import { AdminsPanel } from './AdminsPanel';
import { ClockPanel } from './ClockPanel';
import { HistoryPanel } from './HistoryPanel';
import { Intro } from './Intro';
import { RequestBuilder } from './RequestBuilder';
import { ResponseView } from './ResponseView';
import { SystemLogPanel } from './SystemLogPanel';
import { TokensPanel } from './TokensPanel';
import { ToolsBar } from './ToolsBar';
import type { PlaygroundApi } from './types';
import { usePlayground, type PlaygroundProps, type PlaygroundState } from './usePlayground';

type Lazy<P> = FunctionComponent<P> | null;

/** What to load on hydration: a share link, `?scenario=`, or the default. */
async function pickStart(
  { load, adopt }: Pick<PlaygroundState, 'load' | 'adopt'>,
  first: PlaygroundProps['scenarios'][number],
  all: PlaygroundProps['scenarios'],
) {
  if (location.hash.startsWith('#s=')) {
    const [{ decodeShare }, { restoreSession, fromTuple }] = await Promise.all([
      import('../../domain/playground/share-decode'),
      import('../../domain/playground/session'),
    ]);
    const decoded = decodeShare(location.hash);
    if (!decoded.ok) return load(first, decoded.reason);
    const spec = all.find((x) => x.id === decoded.payload.scenario);
    if (!spec) return load(first, `The link names an unknown scenario; "${first.title}" is loaded instead.`);
    const { session, error } = await restoreSession(spec, decoded.payload.actions);
    return adopt(session, fromTuple(decoded.payload.request, session.keychain), error ?? 'Restored from a share link.');
  }
  const wanted = new URLSearchParams(location.search).get('scenario');
  const spec = wanted ? all.find((x) => x.id === wanted) : undefined;
  if (wanted && !spec) return load(first, `There is no scenario "${wanted}"; "${first.title}" is loaded instead.`);
  return load(spec ?? first);
}

export default function PlaygroundFull(props: PlaygroundProps) {
  const state = usePlayground(props, (s, first) => pickStart(s, first, props.scenarios));
  const { api, spec } = state;
  const [admins, setAdmins] = useState<ReadonlySet<string>>(new Set());
  const [Apps, setApps] = useState<Lazy<{ api: PlaygroundApi }>>(null);
  const [Inspector, setInspector] = useState<Lazy<{ token: string; sim: OktaSim; version: number }>>(null);
  const session = api.session;

  // People shown in the Admins table: whoever was an admin when the scenario loaded stays listed.
  useEffect(() => {
    if (session) setAdmins(new Set(session.sim.console.listAdmins().map((a) => a.id)));
  }, [session]);

  const auth = parseAuthorization(api.req.authorization);
  const jwt = auth.kind === 'bearer' && looksLikeJwt(auth.credential) ? auth.credential.trim() : '';
  useEffect(() => {
    if (jwt && !Inspector) void import('./JwtInspector').then((m) => setInspector(() => m.default));
  }, [jwt, Inspector]);
  const openApps = () => {
    if (!Apps) void import('./AppsPanel').then((m) => setApps(() => m.AppsPanel));
  };

  return (
    <div class="pg pg-full" data-ready={session ? '' : undefined}>
      <Intro state={state} title />
      <div class="pg-grid">
        <section class="pg-console" aria-label="Admin Console (simulated)">
          <h2>Admin Console (simulated)</h2>
          <ClockPanel api={api} />
          <TokensPanel api={api} />
          <AdminsPanel api={api} shown={admins} />
          <details class="pg-more" onToggle={openApps}>
            <summary>Service apps (OAuth 2.0)</summary>
            {Apps ? <Apps api={api} /> : <p class="pg-note">Loading…</p>}
          </details>
          <SystemLogPanel api={api} />
        </section>
        <div class="pg-app">
          <h2>Your app</h2>
          <RequestBuilder api={api} custom={state.custom} setCustom={state.setCustom} />
          {Inspector && jwt && session && <Inspector token={jwt} sim={session.sim} version={state.version} />}
          <ResponseView res={state.res} uid={api.uid} />
          <ToolsBar
            api={api}
            onReset={() => {
              if (location.hash) window.history.replaceState(null, '', location.pathname + location.search);
              void state.load(spec, 'The scenario was reset.');
            }}
          />
          <HistoryPanel api={api} history={state.history} />
        </div>
      </div>
    </div>
  );
}

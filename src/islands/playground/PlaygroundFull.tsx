/**
 * The full playground (/playground/): the simulated Admin Console next to "your app" (request
 * builder, response, trace, tools and history). On hydration it loads, in this order of
 * preference, a share link (`#s=...`), the scenario named by `?scenario=<id>`, or `initial`.
 * The page carries only its opening scenario; any other is looked up in `catalog`.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './playground.css';
import { looksLikeJwt, parseAuthorization } from '../../domain/playground/authorization.ts';
import type { ScenarioSpec } from '../../domain/scenarios/index.ts';
import { AdminsPanel } from './AdminsPanel.tsx';
import { ClockPanel } from './ClockPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { Intro } from './Intro.tsx';
import { RequestBuilder } from './RequestBuilder.tsx';
import { ResponseView } from './ResponseView.tsx';
import { SystemLogPanel } from './SystemLogPanel.tsx';
import { TokensPanel } from './TokensPanel.tsx';
import { ToolsBar } from './ToolsBar.tsx';
import type { PanelProps } from './types.ts';
import { usePlayground, type PlaygroundProps } from './use-playground.ts';
import { useStore } from './use-store.ts';

/** The Bearer JWT in the Authorization field, or `''`. */
function bearerJwt(header: string): string {
  const auth = parseAuthorization(header);
  return auth.kind === 'bearer' && looksLikeJwt(auth.credential) ? auth.credential.trim() : '';
}

/** The scenario with this id from the site's list; rejects when the list cannot be loaded. */
async function fromCatalog(catalog: string, id: string): Promise<ScenarioSpec | undefined> {
  const res = await fetch(catalog);
  const list: unknown = res.ok ? await res.json() : null;
  if (!Array.isArray(list)) throw new Error(`HTTP ${res.status}`);
  return (list as ScenarioSpec[]).find((x) => typeof x === 'object' && x !== null && x.id === id);
}

/** Where the page was opened from. */
const startFrom = () => ({
  fragment: location.hash,
  scenario: new URLSearchParams(location.search).get('scenario'),
});

export default function PlaygroundFull(props: PlaygroundProps) {
  const { catalog, uid } = props;
  const { store, response } = usePlayground(props, startFrom, catalog ? (id) => fromCatalog(catalog, id) : undefined);
  const ready = useStore(store, (s) => s.ready);
  const jwt = useStore(store, (s) => bearerJwt(s.request.authorization));

  // The OAuth and JWT parts load on first need, never with the page: the service-app panel when
  // its section is opened, the JWT inspector when a Bearer JWT is first in the header.
  const [Apps, setApps] = useState<ComponentType<PanelProps> | null>(null);
  const [Inspector, setInspector] = useState<ComponentType<PanelProps & { token: string }> | null>(null);
  const openApps = () => {
    if (!Apps) void import('./AppsPanel.tsx').then((m) => setApps(() => m.AppsPanel));
  };
  useEffect(() => {
    if (jwt && !Inspector) void import('./JwtInspector.tsx').then((m) => setInspector(() => m.JwtInspector));
  }, [jwt, Inspector]);

  const reset = () => {
    if (location.hash) window.history.replaceState(null, '', location.pathname + location.search);
    void store.reset();
  };

  return (
    <div class="pg pg-full" data-ready={ready ? '' : undefined}>
      <Intro store={store} title />
      <div class="pg-grid">
        <section class="pg-console" aria-label="Admin Console (simulated)">
          <h2>Admin Console (simulated)</h2>
          <ClockPanel store={store} uid={uid} />
          <TokensPanel store={store} uid={uid} />
          <AdminsPanel store={store} uid={uid} />
          <details class="pg-more" onToggle={openApps}>
            <summary>Service apps (OAuth 2.0)</summary>
            {Apps ? <Apps store={store} uid={uid} /> : <p class="pg-note">Loading…</p>}
          </details>
          <SystemLogPanel store={store} uid={uid} />
        </section>
        <div class="pg-app">
          <h2>Your app</h2>
          <RequestBuilder store={store} uid={uid} />
          {Inspector && jwt && <Inspector store={store} uid={uid} token={jwt} />}
          <ResponseView res={response} uid={uid} />
          <ToolsBar store={store} uid={uid} onReset={reset} />
          <HistoryPanel store={store} uid={uid} />
        </div>
      </div>
    </div>
  );
}

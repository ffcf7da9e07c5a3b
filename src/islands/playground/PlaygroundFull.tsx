/**
 * The full playground (/playground/): the simulated Admin Console next to "your app" (request
 * builder, tools), the response with its trace, and the history. On hydration it loads, in this
 * order of preference, a share link (`#s=...`), the reader's saved session (unless `?scenario=`
 * names another), the scenario named by `?scenario=<id>`, or `initial`. The page carries only
 * its opening scenario; any other is looked up in `catalog`.
 *
 * On narrow screens the three parts are tabs (TabList.tsx); a send then opens the Response tab
 * and moves focus to the status line. On wide screens the status line is scrolled into view.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import './playground.css';
import { looksLikeJwt, parseAuthorization } from '../../domain/playground/authorization.ts';
import type { ScenarioSpec } from '../../domain/scenarios/index.ts';
import { AdminsPanel } from './AdminsPanel.tsx';
import { ClockPanel } from './ClockPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { Intro } from './Intro.tsx';
import { RequestBuilder } from './RequestBuilder.tsx';
import { ResponseView } from './ResponseView.tsx';
import { reveal } from './reveal.ts';
import { SendTimes } from './SendTimes.tsx';
import { sessionPort } from './session-port.ts';
import { SystemLogPanel } from './SystemLogPanel.tsx';
import { panel, TabList, type Tab } from './TabList.tsx';
import { TokensPanel } from './TokensPanel.tsx';
import { ToolsBar } from './ToolsBar.tsx';
import type { PanelProps } from './types.ts';
import { useMedia } from './use-media.ts';
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

/** A share link has been opened: from now on a reload restores the saved session, not the link. */
function forgetLink(): void {
  if (location.hash.startsWith('#s=')) history.replaceState(history.state, '', location.pathname + location.search);
}

type Lazy<P> = ComponentType<PanelProps & P> | null;

export default function PlaygroundFull(props: PlaygroundProps) {
  const { catalog, uid } = props;
  const narrow = useMedia('(max-width: 62rem)');
  const [tab, setTab] = useState<Tab>('app');
  /** After a send on a narrow screen, the status line takes focus once the Response tab shows. */
  const focusStatus = useRef(false);
  const status = () => document.getElementById(`${uid}-status`);
  const { store, response } = usePlayground(
    props,
    () => {
      if (!narrow) return reveal(status());
      focusStatus.current = true;
      setTab('response');
    },
    {
      from: startFrom,
      lookup: catalog ? (id) => fromCatalog(catalog, id) : undefined,
      // Only /playground/ (the page with a catalog) keeps the reader's work across reloads: a
      // task page starts its task afresh and must not overwrite the playground's saved session.
      persist: catalog ? sessionPort : undefined,
      started: forgetLink,
    },
  );
  useEffect(() => {
    // Only once the Response tab is on screen: a hidden element cannot take focus.
    if (!focusStatus.current || tab !== 'response') return;
    focusStatus.current = false;
    status()?.focus();
  });
  const ready = useStore(store, (s) => s.ready);
  const free = useStore(store, (s) => s.spec.id === 'playground');
  const jwt = useStore(store, (s) => bearerJwt(s.request.authorization));

  // The OAuth and JWT parts load on first need, never with the page: the service-app panel when
  // its section is opened, the JWT inspector when a Bearer JWT is first in the header; the
  // missions when their list is opened.
  const [Apps, setApps] = useState<Lazy<object>>(null);
  const [Inspector, setInspector] = useState<Lazy<{ token: string }>>(null);
  const [Missions, setMissions] = useState<Lazy<{ onFill: () => void }>>(null);
  const openApps = () => {
    if (!Apps) void import('./AppsPanel.tsx').then((m) => setApps(() => m.AppsPanel));
  };
  const openMissions = () => {
    if (!Missions) void import('./MissionsPanel.tsx').then((m) => setMissions(() => m.MissionsPanel));
  };
  useEffect(() => {
    if (jwt && !Inspector) void import('./JwtInspector.tsx').then((m) => setInspector(() => m.JwtInspector));
  }, [jwt, Inspector]);

  const reset = () => {
    if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
    void store.reset();
  };
  const selected = narrow ? tab : null;

  return (
    <div class="pg pg-full" data-ready={ready ? '' : undefined}>
      <Intro store={store} title />
      {free && (
        <details class="pg-more pg-missions" onToggle={openMissions}>
          <summary>Missions</summary>
          {Missions ? (
            <Missions store={store} uid={uid} onFill={() => setTab('app')} />
          ) : (
            <p class="pg-note">Loading…</p>
          )}
        </details>
      )}
      <div class="pg-grid">
        {selected && <TabList uid={uid} selected={selected} select={setTab} />}
        <section class="pg-console" aria-label="Admin Console (simulated)" {...panel(uid, 'console', selected)}>
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
        <div class="pg-side">
          <div class="pg-app" {...panel(uid, 'app', selected)}>
            <h2>Your app</h2>
            <RequestBuilder store={store} uid={uid} />
            <SendTimes store={store} uid={uid} />
            <ToolsBar store={store} uid={uid} onReset={reset} />
          </div>
          <div class="pg-answer" {...panel(uid, 'response', selected)}>
            <ResponseView res={response} uid={uid} />
            {Inspector && jwt && <Inspector store={store} uid={uid} token={jwt} />}
            <HistoryPanel store={store} uid={uid} />
          </div>
        </div>
      </div>
    </div>
  );
}

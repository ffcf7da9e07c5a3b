/**
 * The full playground (/playground/): the simulated Admin Console next to "your app" (request
 * builder, response, trace, tools and history). On hydration it loads, in this order of
 * preference, a share link (`#s=...`), the scenario named by `?scenario=<id>`, or `initial`.
 * The page carries only its opening scenario; any other is looked up in `catalog`.
 *
 * Loaded on first need, never on page load: the share-link reader (only when the URL has one),
 * the service-app panel (OAuth) and the JWT inspector (when a Bearer JWT is in the header).
 */
import type { ComponentType } from 'preact';
import './playground.css';
import type { OktaSim } from '../../domain/okta-sim/index.ts';
import { looksLikeJwt, parseAuthorization } from '../../domain/playground/authorization.ts';
import type { BuiltRequest } from '../../domain/playground/request.ts';
import type { Session } from '../../domain/playground/session.ts';
import type { ScenarioSpec } from '../../domain/scenarios/index.ts';
import { AdminsPanel } from './AdminsPanel.tsx';
import { ClockPanel } from './ClockPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { Intro } from './Intro.tsx';
import { PlaygroundIsland } from './PlaygroundIsland.ts';
import { RequestBuilder } from './RequestBuilder.tsx';
import { ResponseView } from './ResponseView.tsx';
import { SystemLogPanel } from './SystemLogPanel.tsx';
import { TokensPanel } from './TokensPanel.tsx';
import { ToolsBar } from './ToolsBar.tsx';
import type { PlaygroundApi } from './types.ts';

/** The Bearer JWT in the Authorization field, or `''`. */
function bearerJwt(header: string): string {
  const auth = parseAuthorization(header);
  return auth.kind === 'bearer' && looksLikeJwt(auth.credential) ? auth.credential.trim() : '';
}

/** Everyone who is an admin in the session's org now. */
function adminIds(s: Session): ReadonlySet<string> {
  return new Set(s.sim.console.listAdmins().map((a) => a.id));
}

export default class PlaygroundFull extends PlaygroundIsland {
  /** People shown in the Admins table: whoever was an admin when the scenario loaded stays listed. */
  private admins: ReadonlySet<string> = this.session ? adminIds(this.session) : new Set();
  private Apps: ComponentType<{ api: PlaygroundApi }> | null = null;
  private Inspector: ComponentType<{ token: string; sim: OktaSim; version: number }> | null = null;

  override async start(): Promise<void> {
    const { first } = this;
    if (location.hash.startsWith('#s=')) {
      const { openShareLink } = await import('../../domain/playground/restore.ts');
      const r = await openShareLink(location.hash, (id) => this.scenario(id), first);
      return 'session' in r ? this.adopt(r.session, r.request, r.notice) : this.load(first, this.missing ?? r.notice);
    }
    const wanted = new URLSearchParams(location.search).get('scenario');
    const spec = wanted ? await this.scenario(wanted) : undefined;
    if (wanted && !spec)
      return this.load(first, this.missing ?? `There is no scenario "${wanted}"; "${first.title}" is loaded instead.`);
    if (!spec) return this.session ? undefined : this.load(first);
    // A scenario from the fetched list that does not set up (a damaged file) falls back too.
    return this.load(spec).catch(() =>
      this.load(first, `The scenario "${spec.id}" could not be loaded; "${first.title}" is loaded instead.`),
    );
  }

  /** Why a scenario could not be looked up, when the list itself failed to load. */
  private missing: string | undefined;

  /**
   * The scenario with this id: from the props, else from the `catalog` JSON the site serves
   * (fetched once, only for links that name another scenario).
   */
  private async scenario(id: string): Promise<ScenarioSpec | undefined> {
    const own = this.props.scenarios.find((x) => x.id === id);
    if (own || !this.props.catalog) return own;
    try {
      const res = await fetch(this.props.catalog);
      const list: unknown = res.ok ? await res.json() : null;
      if (!Array.isArray(list)) throw new Error(`HTTP ${res.status}`);
      return (list as ScenarioSpec[]).find((x) => typeof x === 'object' && x !== null && x.id === id);
    } catch {
      this.missing = `The list of scenarios could not be loaded (are you offline?), so "${this.first.title}" is loaded instead.`;
      return undefined;
    }
  }

  override adopt(s: Session, req: BuiltRequest, notice?: string): void {
    this.admins = adminIds(s);
    super.adopt(s, req, notice);
  }

  override componentDidUpdate(): void {
    super.componentDidUpdate();
    if (!this.Inspector && bearerJwt(this.state.req.authorization)) {
      void import('./JwtInspector.tsx').then((m) => {
        this.Inspector = m.default;
        this.forceUpdate();
      });
    }
  }

  private openApps = () => {
    if (!this.Apps) {
      void import('./AppsPanel.tsx').then((m) => {
        this.Apps = m.AppsPanel;
        this.forceUpdate();
      });
    }
  };

  override render() {
    const { state, session, Apps, Inspector } = this;
    const jwt = bearerJwt(state.req.authorization);
    return (
      <div class="pg pg-full" data-ready={state.ready ? '' : undefined}>
        <Intro state={state} goal={this.goal()} title />
        <div class="pg-grid">
          <section class="pg-console" aria-label="Admin Console (simulated)">
            <h2>Admin Console (simulated)</h2>
            <ClockPanel api={this} />
            <TokensPanel api={this} />
            <AdminsPanel api={this} shown={this.admins} />
            <details class="pg-more" onToggle={this.openApps}>
              <summary>Service apps (OAuth 2.0)</summary>
              {Apps ? <Apps api={this} /> : <p class="pg-note">Loading…</p>}
            </details>
            <SystemLogPanel api={this} />
          </section>
          <div class="pg-app">
            <h2>Your app</h2>
            <RequestBuilder api={this} custom={state.custom} setCustom={(custom) => this.setState({ custom })} />
            {Inspector && jwt && session && <Inspector token={jwt} sim={session.sim} version={state.version} />}
            <ResponseView res={state.res} uid={this.uid} />
            <ToolsBar
              api={this}
              onReset={() => {
                if (location.hash) window.history.replaceState(null, '', location.pathname + location.search);
                void this.load(state.spec, 'The scenario was reset.');
              }}
            />
            <HistoryPanel api={this} history={state.history} />
          </div>
        </div>
      </div>
    );
  }
}

/**
 * What the playground store publishes (store.ts): one immutable object per change. Views read
 * it and the selectors in selectors.ts; nothing in it is ever changed in place, so "did this part
 * change?" is an identity check.
 */
import type { ConsoleApiToken, ConsoleUser, LogEvent, ServiceApp, SimResponse } from '../okta-sim/index.ts';
import type { ScenarioSpec } from '../scenarios/index.ts';
import type { Goal } from './goal.ts';
import type { HistoryEntry } from './history.ts';
import type { KeychainEntry } from './keychain.ts';
import type { BuiltRequest } from './request.ts';
import type { Session } from './session.ts';

/**
 * The org as the views show it, read from the simulator once per change of the org (a console
 * action or a send) and never again: a request edit keeps the same object.
 */
export interface OrgView {
  /** Simulated time, epoch ms. */
  readonly now: number;
  /** Every user, with role and status (Directory > People). */
  readonly users: readonly ConsoleUser[];
  /** Every API token ever created, in creation order (revoke refers to this order). */
  readonly tokens: readonly ConsoleApiToken[];
  /** The System Log, oldest first. */
  readonly log: readonly LogEvent[];
  /** The reader's saved credentials, scenario keys first. */
  readonly keychain: readonly KeychainEntry[];
  /** Service apps, in creation order (the scenario's, then the reader's). */
  readonly apps: readonly ServiceApp[];
  /** Network zones of the org, for the token form. */
  readonly zones: readonly { id: string; name: string }[];
  /** A group id from the seeded org, for path suggestions. */
  readonly groupId: string | undefined;
  /** Who was an admin when the scenario loaded: the Admins table keeps listing them. */
  readonly firstAdmins: ReadonlySet<string>;
}

export interface PlaygroundState {
  /** The scenario loaded (or loading). */
  readonly spec: ScenarioSpec;
  /** The goal in force: the scenario's, unless a lesson embed overrides it. */
  readonly goal: Goal | null;
  /** Null until the scenario's org exists (a scenario with setup steps loads asynchronously). */
  readonly org: OrgView | null;
  /** The request being built. */
  readonly request: BuiltRequest;
  /** The reader picked "Custom value" in the Credential select (kept while the header is empty). */
  readonly custom: boolean;
  /** The last response, or null before the first send. */
  readonly response: SimResponse | null;
  /** Requests sent since the scenario loaded, newest first. */
  readonly history: readonly HistoryEntry[];
  /** The goal was met since the scenario loaded. */
  readonly met: boolean;
  /**
   * What decided each response since the scenario loaded, first time each: a failing check's
   * code (`auth-header`, `rate-limit`, ...) or `pass-<scheme>` for a response every check passed.
   * Missions (missions.ts) tick from it, so a tick stays when history moves on.
   */
  readonly seen: readonly string[];
  /** A visible notice (a refusal, a restored link, a reset). */
  readonly notice: string;
  /** The polite live region's sentence. */
  readonly spoken: string;
  /** The scenario the page asked for is loaded (`data-ready` for tests). */
  readonly ready: boolean;
  /** The last reset can still be undone (until the next console action or send). */
  readonly undo: boolean;
}

/** Reads the org from the simulator: the only place the store's published state meets it. */
export function orgView(session: Session, firstAdmins: ReadonlySet<string>): OrgView {
  const { sim } = session;
  return {
    now: sim.now(),
    users: sim.console.listUsers(),
    tokens: sim.console.listApiTokens(),
    log: sim.systemLog(),
    keychain: session.keychain,
    apps: session.apps,
    zones: session.zones,
    groupId: session.groupId,
    firstAdmins,
  };
}

/** Everyone who holds an admin role in the session's org now. */
export function adminIds(session: Session): ReadonlySet<string> {
  return new Set(session.sim.console.listAdmins().map((a) => a.id));
}

/**
 * The Admin Console's commands, as the playground store offers them: each reads the form as the
 * reader left it, fills in the console's defaults, runs one recorded action through the store's
 * `act` and says what happened in words.
 */
import type { AdminRole, ConsoleUserStatus } from '../okta-sim/index.ts';
import type { ConsoleAction } from './actions.ts';
import { formatDate } from './dates.ts';
import { defaultCreator, tokens, users } from './selectors.ts';
import type { ActionResult } from './session.ts';
import type { OrgView, PlaygroundState } from './store-state.ts';

const DAY_MS = 86_400_000;

/** Security > API > Tokens > Create token, as the form holds it. */
export interface TokenForm {
  /** Empty: "Token <n>". */
  name: string;
  /** The signed-in admin's login; empty: the default creator (a super admin). */
  creator: string;
  /** Share of each rate-limit bucket, in percent (50 is Okta's default). */
  percent: number;
  /** A network zone id the calls must come from; empty: any IP. */
  zone: string;
}

/** Applications > Create App Integration > API Services, as the form holds it. */
export interface AppForm {
  /** Empty: "Service app <n>". */
  name: string;
  scopes: readonly string[];
  role: AdminRole | null;
}

export interface ConsoleCommands {
  /** Creates an API token; resolves to its name and value (shown once), or null when refused. */
  createToken(form: TokenForm): Promise<{ name: string; value: string } | null>;
  /** Revokes the token at this position of the token list. */
  revokeToken(index: number): Promise<void>;
  /** Moves the simulated clock forward. */
  advanceClock(days: number): Promise<void>;
  /** Assigns an admin role, or removes it with null. */
  setRole(login: string, role: AdminRole | null): Promise<void>;
  setStatus(login: string, status: ConsoleUserStatus): Promise<void>;
  /** Creates a service app; resolves to whether it was created. */
  createApp(form: AppForm): Promise<boolean>;
  /**
   * Issues an access token to the app at this position, with all its granted scopes; resolves to
   * the token (for the token-request view), or null when refused.
   */
  issueAccessToken(index: number): Promise<string | null>;
}

type Act = (
  action: ConsoleAction,
  sentence: (result: ActionResult, org: OrgView) => string,
  note?: string,
) => Promise<ActionResult | null>;

/**
 * Who makes the console's status changes: the simulator records the first active super admin
 * as the actor (okta-sim console.ts), so this is whom the System Log names.
 */
const consoleActor = (state: PlaygroundState) =>
  users(state).find((u) => u.role === 'SUPER_ADMIN' && u.status === 'ACTIVE');

/** The commands, given the store's state, its `act` and its `say`. */
export function consoleCommands(
  getState: () => PlaygroundState,
  act: Act,
  say: (text: string) => void,
): ConsoleCommands {
  const nameOf = (login: string) => users(getState()).find((u) => u.login === login)?.displayName ?? login;
  const apps = () => getState().org?.apps ?? [];
  return {
    async createToken({ name, creator, percent, zone }) {
      const tokenName = name.trim() || `Token ${tokens(getState()).length + 1}`;
      const login = creator || defaultCreator(getState());
      const r = await act(
        ['token', tokenName, login, percent === 50 ? null : percent, zone || null],
        () =>
          `Token ${tokenName} created. Its value is shown once; it is saved in your app's keychain and selected for the next request.`,
      );
      return r?.kind === 'token' ? { name: tokenName, value: r.entry.value } : null;
    },
    async revokeToken(index) {
      const name = tokens(getState())[index]?.name ?? '';
      await act(['revoke', index], () => `Token ${name} revoked.`);
    },
    async advanceClock(days) {
      await act(
        ['clock', Math.round(days * DAY_MS)],
        (_, org) => `Clock advanced ${days} day${days === 1 ? '' : 's'}. It is now ${formatDate(org.now)}.`,
      );
    },
    async setRole(login, role) {
      const name = nameOf(login);
      await act(['role', login, role], () => `${name} is now ${role ?? 'without an admin role'}.`);
    },
    async setStatus(login, status) {
      const name = nameOf(login);
      // The lab lets the admin who makes the change suspend or deactivate their own account, so
      // readers can see what that does to their tokens; it says so rather than staying silent.
      const self = status !== 'ACTIVE' && consoleActor(getState())?.login === login;
      const note = self
        ? `${name} is the admin making these console changes, so they just set their own account to ${status} (the System Log shows them as both actor and target). The lab allows it to show what happens to their tokens.`
        : '';
      await act(['status', login, status], () => `${name} is now ${status}.${note && ` ${note}`}`, note);
    },
    async createApp({ name, scopes, role }) {
      const appName = name.trim() || `Service app ${apps().length + 1}`;
      if (!scopes.length) {
        say('Pick at least one scope.');
        return false;
      }
      return (await act(['app', appName, [...scopes], role], () => `Service app ${appName} created.`)) !== null;
    },
    async issueAccessToken(index) {
      const app = apps()[index];
      if (!app) return null;
      const r = await act(
        ['issue', index, app.grantedScopes],
        () => `Access token issued to ${app.name}, saved to the keychain and selected.`,
      );
      return r?.kind === 'access' ? r.entry.value : null;
    },
  };
}

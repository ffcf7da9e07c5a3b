/**
 * The Admin Console: what a person does with a mouse. Okta has no API to create API tokens
 * ("You can only create Okta API tokens (SSWS) via the Admin UI", fact no-create-token-endpoint), so
 * lessons create them here. Actions a real console would refuse throw a {@link ConsoleError}.
 */
import { displayName, findUser, newUser } from '../org/queries.ts';
import type { SimCore } from '../org/sim-core.ts';
import { ConsoleError } from './console-error.ts';
import { newId } from '../org/ids.ts';
import { networkProblem } from '../ssws/network.ts';
import { clone, type TokenRecord, type UserRecord } from '../org/state.ts';
import { sha256Hex } from '../ssws/sha256.ts';
import { CONSOLE_IP, lifecycleEvent, tokenTarget, userActor, writeLog } from '../org/system-log.ts';
import { newTokenValue } from '../ssws/token-value.ts';
import {
  ADMIN_ROLES,
  type AdminRole,
  type ApiTokenNetwork,
  type ConsoleApiToken,
  type ConsoleUser,
  type ConsoleUserStatus,
  type LogActor,
  type ServiceApp,
} from '../types.ts';
import { setStatus } from '../org/user-status.ts';
import { consoleToken } from '../org/views.ts';

/** The Admin Console of one simulated org. */
export interface OktaConsole {
  /** Users that hold an admin role. */
  listAdmins(): ConsoleUser[];
  /** Every user, with role and status (the console's Directory > People). */
  listUsers(): ConsoleUser[];
  /** Creates an ACTIVE user at `login` holding `role`. */
  createAdmin(opts: { login: string; role: AdminRole }): ConsoleUser;
  /** Assigns a role, or removes the admin role with `null`. */
  setAdminRole(adminId: string, role: AdminRole | null): ConsoleUser;
  /** Activates, suspends or deactivates a user (DEACTIVATED is shown as DEPROVISIONED). */
  setUserStatus(userId: string, status: ConsoleUserStatus): ConsoleUser;
  /**
   * Security > API > Tokens > Create token, signed in as `adminId`. The value is returned only
   * here: the org keeps its SHA-256 hash. Default share of each rate-limit bucket: 50%.
   */
  createApiToken(opts: {
    name: string;
    adminId: string;
    rateLimitPercent?: number | undefined;
    network?: ApiTokenNetwork | undefined;
  }): Promise<{ token: ConsoleApiToken; value: string }>;
  /** The trash icon on the Tokens page. `actorId` defaults to the token's creator. */
  revokeApiToken(tokenId: string, actorId?: string): ConsoleApiToken;
  /** Every token ever created, with a lab `status` (real Okta lists only live tokens). */
  listApiTokens(): ConsoleApiToken[];
  /** Creates an API Services app with granted Okta API scopes and an admin role. */
  createServiceApp(opts: { name: string; grantedScopes: string[]; role: AdminRole | null }): ServiceApp;
  /**
   * The app's public keys for `private_key_jwt` (up to 50, public members only) and whether its
   * token requests must carry DPoP proofs: what the lab server's `POST /oauth2/v1/token` checks.
   * Replaces the keys registered before.
   */
  registerAppKeys(clientId: string, opts: { publicKeys: unknown[]; requireDpop?: boolean | undefined }): Promise<void>;
  /** Client credentials at the org authorization server: a signed RS256 access token. */
  issueAccessToken(opts: { clientId: string; scopes: string[]; ttlSeconds?: number | undefined }): Promise<string>;
  /** Creates an OpenID Connect web app, which users sign in to; it has no scopes and no role. */
  createWebApp(opts: { name: string }): Promise<{ clientId: string; name: string }>;
  /** An ID token for `userId` signing in to the web app `clientId`; a service app gets none. */
  issueIdToken(opts: { userId: string; clientId: string }): Promise<string>;
}

const view = (u: UserRecord): ConsoleUser => ({
  id: u.id,
  login: u.profile['login'] ?? '',
  displayName: displayName(u),
  status: u.status,
  role: u.role,
});

function needRole(role: unknown, allowNull: boolean): void {
  if ((role === null && allowNull) || ADMIN_ROLES.includes(role as AdminRole)) return;
  throw new ConsoleError(
    'invalid',
    `Unknown admin role ${JSON.stringify(role)}; use one of ${ADMIN_ROLES.join(', ')}.`,
  );
}

function needName(name: unknown, what: string): void {
  if (typeof name !== 'string' || !name.trim()) throw new ConsoleError('invalid', `${what} needs a name.`);
}

export function createConsole(core: SimCore): OktaConsole {
  const { state } = core;
  const oauth = () => import('../oauth/issue.ts');

  function needUser(id: string): UserRecord {
    const user = state.users.find((u) => u.id === id);
    if (!user) throw new ConsoleError('not-found', `No user has id "${id}".`);
    return user;
  }

  /** Whoever "uses the console" for actions without an explicit admin: the first active super admin. */
  const consoleActor = () =>
    state.users.find((u) => u.role === 'SUPER_ADMIN' && u.status === 'ACTIVE') ?? state.users[0];

  const log = (eventType: string, displayMessage: string, actor: UserRecord, target: LogActor) =>
    writeLog(core, { eventType, displayMessage, actor: userActor(actor), target: [target], ip: CONSOLE_IP });

  /** Security > API > Tokens > Create token; the value leaves the org only here. */
  function createToken({
    name,
    adminId,
    rateLimitPercent = 50,
    network = { connection: 'ANYWHERE' },
  }: Parameters<OktaConsole['createApiToken']>[0]) {
    const admin = needUser(adminId);
    const login = admin.profile['login'];
    if (admin.status !== 'ACTIVE') {
      throw new ConsoleError('not-allowed', `${login} is ${admin.status} and cannot sign in to the Admin Console.`);
    }
    // Every admin role the lab models may create API tokens (current help text, fact
    // roles-that-create-tokens: super, org, group, group membership and read-only admins); others may not.
    if (!admin.role) throw new ConsoleError('not-allowed', `${login} has no admin role that may create API tokens.`);
    needName(name, 'A token');
    // The Token rate limits slider goes from 5% to 100%; 0% is not saved (fact token-rate-limit-slider).
    if (!Number.isInteger(rateLimitPercent) || rateLimitPercent < 5 || rateLimitPercent > 100) {
      throw new ConsoleError(
        'invalid',
        `rateLimitPercent must be a whole number from 5 to 100, not ${rateLimitPercent}.`,
      );
    }
    const problem = networkProblem(network, state.zones);
    if (problem) throw new ConsoleError('invalid', problem);
    const value = newTokenValue(state.rng);
    const token: TokenRecord = {
      id: newId(state.rng, '00T'),
      name,
      userId: admin.id,
      hash: sha256Hex(value),
      created: state.now,
      lastUpdated: state.now,
      lastUsed: null,
      revoked: null,
      rateLimitPercent,
      network: clone(network),
    };
    state.tokens.push(token);
    core.byHash.set(token.hash, token);
    log('system.api_token.create', 'Create API token', admin, tokenTarget(token));
    return { token: consoleToken(core, token), value };
  }

  return {
    listAdmins: () => state.users.filter((u) => u.role !== null).map(view),
    listUsers: () => state.users.map(view),

    createAdmin({ login, role }) {
      needRole(role, false);
      if (typeof login !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(login)) {
        throw new ConsoleError(
          'invalid',
          `"${String(login)}" is not a valid login; use an email address such as kim@example.com.`,
        );
      }
      if (findUser(core, login)) throw new ConsoleError('duplicate', `A user with login ${login} already exists.`);
      const [first = login, last = ''] = login.split('@')[0]?.split(/[._-]/) ?? [];
      const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
      const user = newUser(state.rng, state.now, cap(first), cap(last) || 'Admin', login, 'ACTIVE', role);
      state.users.push(user);
      state.groups.find((g) => g.type === 'BUILT_IN')?.userIds.push(user.id);
      return view(user);
    },

    setAdminRole(adminId, role) {
      needRole(role, true);
      const user = needUser(adminId);
      const before = user.role;
      const actor = consoleActor();
      user.role = role;
      user.lastUpdated = state.now;
      // Assigning a role is `user.account.privilege.grant` (fact leaked-token-persistence-events,
      // events to check after a leak; the catalogue's text is "User's admin privilege granted.").
      if (role && role !== before && actor)
        log('user.account.privilege.grant', "User's admin privilege granted", actor, userActor(user));
      return view(user);
    },

    setUserStatus(userId, status) {
      const user = needUser(userId);
      const next = status === 'DEACTIVATED' ? 'DEPROVISIONED' : status;
      if (next !== 'ACTIVE' && next !== 'SUSPENDED' && next !== 'DEPROVISIONED') {
        throw new ConsoleError(
          'invalid',
          `Unknown status ${JSON.stringify(status)}; use ACTIVE, SUSPENDED or DEACTIVATED.`,
        );
      }
      const before = user.status;
      setStatus(core, user, next);
      const actor = consoleActor();
      if (before !== next && actor) {
        const { eventType, displayMessage } = lifecycleEvent(
          next === 'SUSPENDED'
            ? 'suspend'
            : next === 'DEPROVISIONED'
              ? 'deactivate'
              : before === 'SUSPENDED'
                ? 'unsuspend'
                : 'activate',
        );
        log(eventType, displayMessage, actor, userActor(user));
      }
      return view(user);
    },

    // Synchronous inside (the executor runs at once); the promise keeps the contract open to an
    // asynchronous hash later, and turns every refusal into a rejected promise.
    createApiToken: (opts) => new Promise((resolve) => resolve(createToken(opts))),

    revokeApiToken(tokenId, actorId) {
      const token = state.tokens.find((t) => t.id === tokenId);
      if (!token) throw new ConsoleError('not-found', `No API token has id "${tokenId}".`);
      if (token.revoked !== null) throw new ConsoleError('not-found', `Token "${token.name}" is already revoked.`);
      const actor = actorId === undefined ? (findUser(core, token.userId) ?? consoleActor()) : needUser(actorId);
      token.revoked = state.now;
      if (actor) log('system.api_token.revoke', 'Revoke API token', actor, tokenTarget(token));
      return consoleToken(core, token);
    },

    listApiTokens: () => state.tokens.map((t) => consoleToken(core, t)),

    createServiceApp({ name, grantedScopes, role }) {
      needRole(role, true);
      needName(name, 'An app');
      const bad = (Array.isArray(grantedScopes) ? grantedScopes : [grantedScopes]).filter(
        (s) => typeof s !== 'string' || !/^okta\.[A-Za-z]+\.(read|manage)(\.self)?$/.test(s),
      );
      if (bad.length || !Array.isArray(grantedScopes)) {
        throw new ConsoleError(
          'invalid',
          `Not Okta API scopes: ${bad.map(String).join(', ')} (expected okta.<resource>.<read|manage>).`,
        );
      }
      const clientId = newId(state.rng, '0oa');
      state.apps.push({
        clientId,
        name,
        grantedScopes: [...grantedScopes],
        role,
        created: state.now,
        rateLimitPercent: 50,
      });
      return { clientId, name, grantedScopes: [...grantedScopes], role };
    },

    // Loaded on first use, like the rest of the OAuth code: the playground never registers keys.
    registerAppKeys: async (clientId, opts) =>
      (await import('../oauth/app-keys.ts')).registerAppKeys(core, clientId, opts),
    issueAccessToken: async (opts) => (await oauth()).issueAccessToken(core, opts),
    async createWebApp({ name }) {
      needName(name, 'An app');
      return (await oauth()).createWebApp(core, { name });
    },
    issueIdToken: async (opts) => (await oauth()).issueIdToken(core, opts),
  };
}

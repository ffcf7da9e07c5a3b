/**
 * The Admin Console: what a person does with a mouse. Okta has no API to create API tokens
 * ("You can only create Okta API tokens (SSWS) via the Admin UI", fact sheet section 2), so
 * lessons create them here. Actions a real console would refuse throw a {@link ConsoleError}.
 */
import { displayName, findUser, type SimCore } from './core.ts';
import { ConsoleError } from './console-error.ts';
import { newId } from './ids.ts';
import { networkProblem } from './network.ts';
import { TOKEN_CREATOR_ROLES } from './permissions.ts';
import type { AppRecord, TokenRecord, UserRecord } from './state.ts';
import { sha256Hex } from './sha256.ts';
import { tokenTarget, userActor, writeLog } from './system-log.ts';
import { newTokenValue } from './token-value.ts';
import {
  ADMIN_ROLES,
  type AdminRole,
  type ApiTokenNetwork,
  type ConsoleApiToken,
  type ConsoleUser,
  type ConsoleUserStatus,
  type ServiceApp,
} from './types.ts';
import { setStatus } from './user-status.ts';
import { consoleToken } from './views.ts';

/** The console's IP in System Log events (TEST-NET-3 "Office" zone). */
const CONSOLE_IP = '203.0.113.24';

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
  /** Client credentials at the org authorization server: a signed RS256 access token. */
  issueAccessToken(opts: { clientId: string; scopes: string[]; ttlSeconds?: number | undefined }): Promise<string>;
  /** An ID token for `userId` signing in to the app `clientId`. */
  issueIdToken(opts: { userId: string; clientId: string }): Promise<string>;
}

function view(u: UserRecord): ConsoleUser {
  return { id: u.id, login: u.profile['login'] ?? '', displayName: displayName(u), status: u.status, role: u.role };
}

function appView(a: AppRecord): ServiceApp {
  return { clientId: a.clientId, name: a.name, grantedScopes: [...a.grantedScopes], role: a.role };
}

function needUser(core: SimCore, id: string): UserRecord {
  const user = core.state.users.find((u) => u.id === id);
  if (!user) throw new ConsoleError('not-found', `No user has id "${id}".`);
  return user;
}

function needRole(role: unknown, allowNull: boolean): void {
  if ((role === null && allowNull) || ADMIN_ROLES.includes(role as AdminRole)) return;
  throw new ConsoleError(
    'invalid',
    `Unknown admin role ${JSON.stringify(role)}; use one of ${ADMIN_ROLES.join(', ')}.`,
  );
}

/** Whoever "uses the console" for actions without an explicit admin: the first active super admin. */
function consoleActor(core: SimCore): UserRecord | undefined {
  return core.state.users.find((u) => u.role === 'SUPER_ADMIN' && u.status === 'ACTIVE') ?? core.state.users[0];
}

export function createConsole(core: SimCore): OktaConsole {
  const { state } = core;
  const oauth = () => import('./oauth/issue.ts');

  /** Security > API > Tokens > Create token; the value leaves the org only here. */
  function createToken(name: string, adminId: string, rateLimitPercent: number, network: ApiTokenNetwork) {
    const admin = needUser(core, adminId);
    if (admin.status !== 'ACTIVE') {
      throw new ConsoleError(
        'not-allowed',
        `${admin.profile['login']} is ${admin.status} and cannot sign in to the Admin Console.`,
      );
    }
    if (!admin.role || !TOKEN_CREATOR_ROLES.includes(admin.role)) {
      throw new ConsoleError('not-allowed', `${admin.profile['login']} has no admin role that may create API tokens.`);
    }
    if (typeof name !== 'string' || !name.trim()) throw new ConsoleError('invalid', 'A token needs a name.');
    // The Token rate limits slider goes from 5% to 100%; 0% is not saved (section 2).
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
      network: JSON.parse(JSON.stringify(network)) as ApiTokenNetwork,
    };
    state.tokens.push(token);
    core.byHash.set(token.hash, token);
    writeLog(core, {
      eventType: 'system.api_token.create',
      displayMessage: 'Create API token',
      actor: userActor(admin),
      target: [tokenTarget(token)],
      ip: CONSOLE_IP,
    });
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
      const now = state.now;
      const user: UserRecord = {
        id: newId(state.rng, '00u'),
        status: 'ACTIVE',
        created: now,
        activated: now,
        statusChanged: now,
        lastLogin: null,
        lastUpdated: now,
        passwordChanged: now,
        profile: {
          firstName: cap(first),
          lastName: cap(last) || 'Admin',
          email: login,
          login,
          mobilePhone: null,
          secondEmail: null,
        },
        role,
        reactivated: null,
      };
      state.users.push(user);
      state.groups.find((g) => g.type === 'BUILT_IN')?.userIds.push(user.id);
      return view(user);
    },

    setAdminRole(adminId, role) {
      needRole(role, true);
      const user = needUser(core, adminId);
      user.role = role;
      user.lastUpdated = state.now;
      return view(user);
    },

    setUserStatus(userId, status) {
      const user = needUser(core, userId);
      const next = status === 'DEACTIVATED' ? 'DEPROVISIONED' : status;
      if (next !== 'ACTIVE' && next !== 'SUSPENDED' && next !== 'DEPROVISIONED') {
        throw new ConsoleError(
          'invalid',
          `Unknown status ${JSON.stringify(status)}; use ACTIVE, SUSPENDED or DEACTIVATED.`,
        );
      }
      const before = user.status;
      setStatus(core, user, next);
      const actor = consoleActor(core);
      if (before !== next && actor) {
        const [eventType, message] =
          next === 'SUSPENDED'
            ? ['user.lifecycle.suspend', 'Suspend Okta user']
            : next === 'DEPROVISIONED'
              ? ['user.lifecycle.deactivate', 'Deactivate Okta user']
              : before === 'SUSPENDED'
                ? ['user.lifecycle.unsuspend', 'Unsuspend Okta user']
                : ['user.lifecycle.activate', 'Activate Okta user'];
        writeLog(core, {
          eventType,
          displayMessage: message,
          actor: userActor(actor),
          target: [userActor(user)],
          ip: CONSOLE_IP,
        });
      }
      return view(user);
    },

    createApiToken({ name, adminId, rateLimitPercent = 50, network = { connection: 'ANYWHERE' } }) {
      // Synchronous inside; the promise keeps the contract open to an asynchronous hash later.
      try {
        return Promise.resolve(createToken(name, adminId, rateLimitPercent, network));
      } catch (err) {
        return Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
    },

    revokeApiToken(tokenId, actorId) {
      const token = state.tokens.find((t) => t.id === tokenId);
      if (!token) throw new ConsoleError('not-found', `No API token has id "${tokenId}".`);
      if (token.revoked !== null) throw new ConsoleError('not-found', `Token "${token.name}" is already revoked.`);
      const actor =
        actorId === undefined ? (findUser(core, token.userId) ?? consoleActor(core)) : needUser(core, actorId);
      token.revoked = state.now;
      if (actor) {
        writeLog(core, {
          eventType: 'system.api_token.revoke',
          displayMessage: 'Revoke API token',
          actor: userActor(actor),
          target: [tokenTarget(token)],
          ip: CONSOLE_IP,
        });
      }
      return consoleToken(core, token);
    },

    listApiTokens: () => state.tokens.map((t) => consoleToken(core, t)),

    createServiceApp({ name, grantedScopes, role }) {
      needRole(role, true);
      if (typeof name !== 'string' || !name.trim()) throw new ConsoleError('invalid', 'An app needs a name.');
      const bad = (Array.isArray(grantedScopes) ? grantedScopes : [grantedScopes]).filter(
        (s) => typeof s !== 'string' || !/^okta\.[A-Za-z]+\.(read|manage)(\.self)?$/.test(s),
      );
      if (bad.length || !Array.isArray(grantedScopes)) {
        throw new ConsoleError(
          'invalid',
          `Not Okta API scopes: ${bad.map(String).join(', ')} (expected okta.<resource>.<read|manage>).`,
        );
      }
      const app: AppRecord = {
        clientId: newId(state.rng, '0oa'),
        name,
        grantedScopes: [...grantedScopes],
        role,
        created: state.now,
        rateLimitPercent: 50,
      };
      state.apps.push(app);
      return appView(app);
    },

    async issueAccessToken(opts) {
      return (await oauth()).issueAccessToken(core, opts);
    },

    async issueIdToken(opts) {
      return (await oauth()).issueIdToken(core, opts);
    },
  };
}

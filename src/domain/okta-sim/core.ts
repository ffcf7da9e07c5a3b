/**
 * The simulator's working object: the plain-JSON state plus indexes rebuilt from it. Every
 * module receives this; nothing reads a global clock or global randomness.
 */
import { newId } from './org/ids.ts';
import type { RngState } from './org/prng.ts';
import type { OrgState, TokenRecord, UserRecord } from './org/state.ts';
import type { AdminRole, UserStatus } from './types.ts';

export interface SimCore {
  state: OrgState;
  /** Token records by SHA-256 hash of their value; rebuilt from `state.tokens`, never saved. */
  byHash: Map<string, TokenRecord>;
}

export const DAY_MS = 86_400_000;

/** The 30-day sliding window of API tokens (fact sheet section 2). */
export const TOKEN_WINDOW_MS = 30 * DAY_MS;

/** The caller's address when a request names none (TEST-NET-1, never a real network). */
export const DEFAULT_IP = '192.0.2.10';

export function makeCore(state: OrgState): SimCore {
  const byHash = new Map<string, TokenRecord>();
  for (const t of state.tokens) byHash.set(t.hash, t);
  return { state, byHash };
}

const isoCache = new Map<number, string>();

/**
 * ISO-8601 with milliseconds, the format Okta uses for timestamps. Memoised: listing users
 * formats the same few dozen instants on every call, and `toISOString` dominated the profile.
 */
export function iso(ms: number): string {
  let text = isoCache.get(ms);
  if (text === undefined) {
    if (isoCache.size >= 4096) isoCache.clear();
    text = new Date(ms).toISOString();
    isoCache.set(ms, text);
  }
  return text;
}

let lastHttpDate: [number, string] = [Number.NaN, ''];

/** The `Date` header's format (RFC 9110 IMF-fixdate); the last value is reused while the clock stands still. */
export function httpDate(ms: number): string {
  if (lastHttpDate[0] !== ms) lastHttpDate = [ms, new Date(ms).toUTCString()];
  return lastHttpDate[1];
}

/** A user by id, or by login (case-insensitive), as `/api/v1/users/{idOrLogin}` accepts. */
export function findUser(core: SimCore, idOrLogin: string): UserRecord | undefined {
  const lower = idOrLogin.toLowerCase();
  return core.state.users.find((u) => u.id === idOrLogin || u.profile['login']?.toLowerCase() === lower);
}

/** `First Last`, as the System Log's `displayName` shows users. */
export function displayName(u: UserRecord): string {
  return `${u.profile['firstName'] ?? ''} ${u.profile['lastName'] ?? ''}`.trim();
}

/** When an API token stops working unless used: 30 days after its last use (or creation). */
export function tokenExpiresAt(t: TokenRecord): number {
  return (t.lastUsed ?? t.created) + TOKEN_WINDOW_MS;
}

/** A user record created, activated and last changed at `at`, never signed in. */
export function newUser(
  rng: RngState,
  at: number,
  firstName: string,
  lastName: string,
  login: string,
  status: UserStatus,
  role: AdminRole | null,
): UserRecord {
  return {
    id: newId(rng, '00u'),
    status,
    created: at,
    activated: at,
    statusChanged: at,
    lastLogin: null,
    lastUpdated: at,
    passwordChanged: at,
    profile: { firstName, lastName, email: login, login, mobilePhone: null, secondEmail: null },
    role,
    reactivated: null,
  };
}

/** Lookups and small constructors over the org's records, shared by the pipeline, console and operations. */
import { DAY_MS } from '../pipeline/dates.ts';
import type { AdminRole, UserStatus } from '../types.ts';
import { newId } from './ids.ts';
import type { RngState } from './prng.ts';
import type { SimCore } from './sim-core.ts';
import type { TokenRecord, UserRecord } from './state.ts';

/** The 30-day sliding window of API tokens (fact token-sliding-window). */
const TOKEN_WINDOW_MS = 30 * DAY_MS;

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

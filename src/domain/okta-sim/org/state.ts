/**
 * The org's whole state as plain JSON: what `sim.snapshot()` returns and `createOktaSim({ state })`
 * restores. Times are epoch milliseconds from the simulated clock; the API renders them as ISO
 * strings. Bump `v` and write a migration if this shape ever changes.
 */
import type { RngState } from './prng.ts';
import type { AdminRole, ApiTokenNetwork, LogEvent, UserStatus } from '../types.ts';

export interface UserRecord {
  id: string;
  status: UserStatus;
  created: number;
  activated: number | null;
  statusChanged: number | null;
  lastLogin: number | null;
  lastUpdated: number;
  passwordChanged: number | null;
  /** Profile attributes; `login`, `email`, `firstName`, `lastName` are always present. */
  profile: Record<string, string | null>;
  role: AdminRole | null;
  /** Last time the user went back to ACTIVE from SUSPENDED or DEPROVISIONED, if ever. */
  reactivated: number | null;
}

export interface GroupRecord {
  id: string;
  type: 'OKTA_GROUP' | 'BUILT_IN';
  name: string;
  description: string;
  created: number;
  lastUpdated: number;
  lastMembershipUpdated: number;
  userIds: string[];
}

export interface TokenRecord {
  id: string;
  name: string;
  userId: string;
  /** SHA-256 (hex) of the value; the value itself is never stored. */
  hash: string;
  created: number;
  lastUpdated: number;
  lastUsed: number | null;
  revoked: number | null;
  rateLimitPercent: number;
  network: ApiTokenNetwork;
}

export interface AppRecord {
  clientId: string;
  name: string;
  grantedScopes: string[];
  role: AdminRole | null;
  created: number;
  /** Share of each bucket, in percent; Okta's default for apps is 50. */
  rateLimitPercent: number;
  /** Public keys registered for `private_key_jwt` client authentication (oauth/public-jwk.ts). */
  jwks?: PublicJwk[];
  /** The app requires DPoP-bound access tokens (oauth/dpop-proof.ts). */
  dpop?: boolean;
  /**
   * `web`: an OpenID Connect web app, which signs users in and so gets ID tokens (fact
   * id-token-from-oidc-sign-in). Absent on an API Services app, which has no user sign-in.
   */
  kind?: 'web';
}

/** A public JSON Web Key as registered on an app: string members only (`kty`, `n`, `e`, `kid`, ...). */
export type PublicJwk = Record<string, string>;

export interface ZoneRecord {
  id: string;
  name: string;
  /** IPv4 CIDR ranges, e.g. `203.0.113.0/24`. */
  gateways: string[];
}

/** One caller's counter in one rate-limit bucket. */
export interface RateWindow {
  start: number;
  count: number;
}

export interface OrgState {
  v: 1;
  orgUrl: string;
  now: number;
  rng: RngState;
  /** `oty…` id of the default user type, shown in user objects. */
  userTypeId: string;
  users: UserRecord[];
  groups: GroupRecord[];
  tokens: TokenRecord[];
  apps: AppRecord[];
  zones: ZoneRecord[];
  logs: LogEvent[];
  /** Keyed by `<principal id> <bucket id>`. */
  rate: Record<string, RateWindow>;
  /** Which embedded lab key pair signs JWTs (0 or 1) and the `kid` it is published under. */
  keyIndex: number;
  kid: string;
  /**
   * `jti` values of client assertions and DPoP proofs already accepted, each with the time after
   * which a replay would fail its own time checks anyway and the entry can go (oauth/replay.ts).
   */
  usedJti?: Record<string, number>;
}

/** A deep copy through JSON, the one format the state (and everything in it) must always survive. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Throws a TypeError unless `value` looks like a snapshot this version can restore. */
export function assertSnapshot(value: unknown): asserts value is OrgState {
  const s = value as Partial<OrgState> | null;
  if (
    !s ||
    typeof s !== 'object' ||
    s.v !== 1 ||
    typeof s.now !== 'number' ||
    !Array.isArray(s.rng) ||
    !Array.isArray(s.users) ||
    !Array.isArray(s.tokens)
  ) {
    throw new TypeError('createOktaSim: `state` is not a Token Lab simulator snapshot (version 1).');
  }
}

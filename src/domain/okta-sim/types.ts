/**
 * Public types of the simulated Okta org. Everything here is plain, JSON-serialisable data so
 * islands can pass it around as props and tests can compare it byte for byte.
 */
import type { Basis, TraceCheck } from './pipeline/trace-checks.ts';

export type { Basis } from './pipeline/trace-checks.ts';

/** Any JSON value: what response bodies and snapshots are made of. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Admin role types, spelled as Okta spells them. */
export type AdminRole = 'SUPER_ADMIN' | 'ORG_ADMIN' | 'GROUP_ADMIN' | 'GROUP_MEMBERSHIP_ADMIN' | 'READ_ONLY_ADMIN';

/** Every admin role the simulator models. */
export const ADMIN_ROLES: readonly AdminRole[] = [
  'SUPER_ADMIN',
  'ORG_ADMIN',
  'GROUP_ADMIN',
  'GROUP_MEMBERSHIP_ADMIN',
  'READ_ONLY_ADMIN',
];

/** User statuses the simulator models (a subset of Okta's). `DEPROVISIONED` is "deactivated". */
export type UserStatus = 'STAGED' | 'PROVISIONED' | 'ACTIVE' | 'SUSPENDED' | 'DEPROVISIONED';

/** What an admin can pick in the console's user menu; `DEACTIVATED` becomes `DEPROVISIONED`. */
export type ConsoleUserStatus = 'ACTIVE' | 'SUSPENDED' | 'DEACTIVATED';

/** One check of the request pipeline, as shown in the playground's trace. */
export interface TraceStep {
  /** Stable code from {@link TraceCheck}; never match on `summary`. */
  check: TraceCheck;
  outcome: 'pass' | 'fail' | 'skip';
  /** One plain-English sentence for this check and outcome (25 words at most). */
  summary: string;
  /**
   * The id of the fact this outcome rests on (`/facts/#<fact>` shows it). Skipped steps cite
   * the lab's undocumented first-failure model.
   */
  fact: string;
  /** Derived from the fact's status: confirmed → documented, observed → observed, else assumption. */
  basis: Basis;
  /** Facts about this particular request (bucket used, which claim failed, ...), if any. */
  detail?: string;
}

/** A request to the simulated Management API. */
export interface SimRequest {
  /** HTTP method; compared case-insensitively. */
  method: string;
  /** A path (`/api/v1/users?limit=2`) or a full URL; the host is ignored. */
  url: string;
  /** Header names are matched case-insensitively. */
  headers?: Record<string, string> | undefined;
  /** Raw request body; omit for no body. */
  body?: string | undefined;
  /** The caller's IPv4 address, for network-zone checks; default `192.0.2.10`. */
  ip?: string | undefined;
}

/** The simulated response. */
export interface SimResponse {
  status: number;
  statusText: string;
  /** Canonical-case header names, e.g. `X-Okta-Request-Id`. */
  headers: Record<string, string>;
  /** Parsed JSON body, or `null` when the response has no body (204, 411, Bearer errors). */
  body: JsonValue | null;
  /** Every check of the pipeline in order; the first `fail` decided the response. */
  trace: TraceStep[];
}

/** Okta's error body, exactly these five fields. */
export type OktaErrorBody = {
  errorCode: string;
  errorSummary: string;
  errorLink: string;
  errorId: string;
  errorCauses: { errorSummary: string }[];
};

/**
 * Where an API token may be used from, in the API's shape. `include`/`exclude` list network
 * zone ids, or `ALL_ZONES` for "any zone defined in Okta".
 */
export type ApiTokenNetwork =
  { connection: 'ANYWHERE' } | { connection: 'ZONE'; include?: string[]; exclude?: string[] };

/** API token metadata as `GET /api/v1/api-tokens` returns it (never the value). */
export type ApiTokenMetadata = {
  id: string;
  name: string;
  userId: string;
  clientName: string;
  tokenWindow: 'P30D';
  network: ApiTokenNetwork;
  created: string;
  lastUpdated: string;
  expiresAt: string;
};

/** The console's view of a token: the metadata plus what the Tokens page shows. */
export type ConsoleApiToken = ApiTokenMetadata & {
  /** When the token last authenticated a call, or `null` if never. */
  lastUsed: string | null;
  /** The token's share of each rate-limit bucket, in percent (default 50). */
  rateLimitPercent: number;
  /** Lab-only summary; real Okta simply stops listing revoked and expired tokens. */
  status: 'ACTIVE' | 'EXPIRED' | 'REVOKED';
};

/** A user as the console lists it. */
export interface ConsoleUser {
  id: string;
  login: string;
  displayName: string;
  status: UserStatus;
  /** The admin role, or `null` for a user without one. */
  role: AdminRole | null;
}

/** An OAuth 2.0 service app (API Services app using client credentials). */
export interface ServiceApp {
  clientId: string;
  name: string;
  /** Okta API scopes a super admin granted on the app's "Okta API Scopes" tab. */
  grantedScopes: string[];
  /** The admin role assigned on the app's "Admin roles" tab, or `null`. */
  role: AdminRole | null;
}

/** A System Log event, in the (trimmed) shape of Okta's LogEvent. */
export type LogEvent = {
  uuid: string;
  published: string;
  eventType: string;
  version: '0';
  severity: 'INFO' | 'WARN';
  displayMessage: string;
  actor: LogActor;
  client: { ipAddress: string | null };
  outcome: { result: 'SUCCESS' | 'FAILURE' | 'DENY' };
  target: LogActor[];
  transaction: { type: 'WEB'; id: string; detail: { requestApiTokenId?: string } };
};

/** An actor or target of a System Log event. */
export type LogActor = {
  id: string;
  type: string;
  alternateId: string;
  displayName: string;
};

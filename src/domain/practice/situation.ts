/**
 * A practice situation: everything that decides how the simulated org answers one request, as
 * plain data. Templates draw situations from a seed; `simulate.ts` builds the org a situation
 * describes and sends its request; `describe.ts` turns it into the sentences a reader sees.
 */
import type { AdminRole } from '../okta-sim/index.ts';

/** What the Authorization header carries. */
export type HeaderKind =
  /** `SSWS <the token>`. */
  | 'ssws'
  /** `ssws <the token>`: the scheme word in lower case. */
  | 'ssws-lowercase'
  /** `SSWS <the token with its last character mistyped>`. */
  | 'ssws-typo'
  /** `SSWS <an OAuth access token>`: a JWT after the API-token scheme. */
  | 'ssws-access-token'
  /** `Bearer <the API token>`: an API token after the OAuth scheme. */
  | 'bearer-api-token'
  /** `Bearer <an OAuth access token>` issued to the service app. */
  | 'bearer-access-token'
  /** `Basic <user:password in base64>`. */
  | 'basic'
  /** No Authorization header at all. */
  | 'none';

/** The token's network condition (Security > API > Tokens > Edit). */
export type NetworkRule =
  | 'anywhere'
  /** Only from the "Office" zone (203.0.113.0/24). */
  | 'office-only'
  /** From any network zone defined in Okta. */
  | 'any-zone'
  /** From anywhere except the "Build servers" zone (198.51.100.0/24). */
  | 'not-build-servers';

/** Where the call comes from. */
export type Place = 'office' | 'build-server' | 'elsewhere';

/** The caller's IPv4 address for each place (documentation ranges, RFC 5737). */
export const PLACE_IP: Record<Place, string> = {
  office: '203.0.113.25',
  'build-server': '198.51.100.7',
  elsewhere: '192.0.2.10',
};

/** The request body. `absent` sends neither a body nor a Content-Length header. */
export type BodyKind = 'absent' | 'malformed' | 'invalid' | 'valid';

/** The creator's account status, as the Admin Console offers it. */
export type CreatorStatus = 'ACTIVE' | 'SUSPENDED' | 'DEACTIVATED';

export interface Situation {
  /** The admin who created the API token: their role and status at the time of the call. */
  creator: { role: AdminRole | null; status: CreatorStatus };
  token: {
    createdDaysAgo: number;
    /** Days since the token's last successful call, or `null` if it was never used. */
    lastUsedDaysAgo: number | null;
    revoked: boolean;
    network: NetworkRule;
    /** The token's share of each rate-limit bucket, in percent. */
    ratePercent: number;
  };
  /** Calls with the same request already sent in this window, and how many seconds ago they began. */
  burst: { count: number; secondsAgo: number };
  /** A service app, for situations with an OAuth access token. */
  app: { granted: string[]; requested: string[]; role: AdminRole | null } | null;
  request: {
    method: string;
    /**
     * Path and query. Placeholders: `{ownToken}` (the token's id), `{otherToken}` (a token a
     * super admin created), `{user}` (an existing user's id), `{missingUser}` (an id no user has).
     */
    path: string;
    header: HeaderKind;
    body: BodyKind;
    from: Place;
  };
}

/** An ordinary situation: an active super admin's token, used yesterday, reading users. */
export const BASE_SITUATION: Situation = {
  creator: { role: 'SUPER_ADMIN', status: 'ACTIVE' },
  token: { createdDaysAgo: 10, lastUsedDaysAgo: 1, revoked: false, network: 'anywhere', ratePercent: 50 },
  burst: { count: 0, secondsAgo: 0 },
  app: null,
  request: { method: 'GET', path: '/api/v1/users', header: 'ssws', body: 'absent', from: 'elsewhere' },
};

/** Whether the situation's request needs an access token from the service app. */
export function usesAccessToken(s: Situation): boolean {
  return s.request.header === 'bearer-access-token' || s.request.header === 'ssws-access-token';
}

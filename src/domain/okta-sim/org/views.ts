/** Renders stored records in the shapes Okta's API returns. */
import { iso } from '../pipeline/dates.ts';
import { tokenExpiresAt } from './queries.ts';
import type { SimCore } from './sim-core.ts';
import { clone, type GroupRecord, type TokenRecord, type UserRecord } from './state.ts';
import type { ApiTokenMetadata, ConsoleApiToken, JsonValue } from '../types.ts';

const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

export function userView(core: SimCore, u: UserRecord): JsonValue {
  return {
    id: u.id,
    status: u.status,
    created: iso(u.created),
    activated: isoOrNull(u.activated),
    statusChanged: isoOrNull(u.statusChanged),
    lastLogin: isoOrNull(u.lastLogin),
    lastUpdated: iso(u.lastUpdated),
    passwordChanged: isoOrNull(u.passwordChanged),
    type: { id: core.state.userTypeId },
    profile: { ...u.profile },
    credentials: { provider: { type: 'OKTA', name: 'OKTA' } },
    _links: { self: { href: `${core.state.orgUrl}/api/v1/users/${u.id}` } },
  };
}

export function groupView(core: SimCore, g: GroupRecord): JsonValue {
  return {
    id: g.id,
    created: iso(g.created),
    lastUpdated: iso(g.lastUpdated),
    lastMembershipUpdated: iso(g.lastMembershipUpdated),
    objectClass: ['okta:user_group'],
    type: g.type,
    profile: { name: g.name, description: g.description },
    _links: { self: { href: `${core.state.orgUrl}/api/v1/groups/${g.id}` } },
  };
}

export function tokenMetadata(t: TokenRecord): ApiTokenMetadata {
  return {
    id: t.id,
    name: t.name,
    userId: t.userId,
    clientName: 'Okta API',
    tokenWindow: 'P30D',
    network: clone(t.network),
    created: iso(t.created),
    lastUpdated: iso(t.lastUpdated),
    expiresAt: iso(tokenExpiresAt(t)),
  };
}

export function consoleToken(core: SimCore, t: TokenRecord): ConsoleApiToken {
  const status = t.revoked !== null ? 'REVOKED' : core.state.now > tokenExpiresAt(t) ? 'EXPIRED' : 'ACTIVE';
  return { ...tokenMetadata(t), lastUsed: isoOrNull(t.lastUsed), rateLimitPercent: t.rateLimitPercent, status };
}

/** Whether a token still works as far as its own record goes (creator checks aside). */
export function tokenUsable(core: SimCore, t: TokenRecord): boolean {
  return t.revoked === null && core.state.now <= tokenExpiresAt(t);
}

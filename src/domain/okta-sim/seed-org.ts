/**
 * The seeded org every simulator starts from.
 *
 * People (all logins at the fictional `example.com`; ids differ per seed, logins never do):
 * | handle | login | status | role |
 * | --- | --- | --- | --- |
 * | super-admin | alex.rivera@example.com | ACTIVE | SUPER_ADMIN |
 * | org-admin | priya.shah@example.com | ACTIVE | ORG_ADMIN |
 * | read-only-admin | jordan.lee@example.com | ACTIVE | READ_ONLY_ADMIN |
 * | group-admin | mei.chen@example.com | ACTIVE | GROUP_ADMIN |
 * | group-membership-admin | omar.haddad@example.com | ACTIVE | GROUP_MEMBERSHIP_ADMIN |
 * | | sofia.garcia@example.com | ACTIVE | |
 * | | liam.oconnor@example.com | ACTIVE | |
 * | | noah.kim@example.com | ACTIVE | |
 * | | ava.patel@example.com | ACTIVE | |
 * | | emma.novak@example.com | SUSPENDED | |
 * | | lucas.martin@example.com | DEPROVISIONED | |
 *
 * Groups: Everyone (built in), Engineering, Finance, Support. Network zones: "Office"
 * (203.0.113.0/24) and "Build servers" (198.51.100.0/24), both documentation address ranges.
 * The System Log starts with a few events from the days before the start time. There are no
 * API tokens and no service apps: lessons create them.
 */
import type { OrgState, UserRecord } from './state.ts';
import { DAY_MS, displayName, iso } from './core.ts';
import { newId, newRequestId, newUuid } from './ids.ts';
import { nextU32, randomChars, seedRng, type RngState } from './prng.ts';
import type { AdminRole, LogEvent, UserStatus } from './types.ts';

/** Scenario handles of the seeded admins, mapped to their logins. */
export const SEEDED_ADMINS = {
  'super-admin': 'alex.rivera@example.com',
  'org-admin': 'priya.shah@example.com',
  'read-only-admin': 'jordan.lee@example.com',
  'group-admin': 'mei.chen@example.com',
  'group-membership-admin': 'omar.haddad@example.com',
} as const;

/** Default start time: Monday 2 March 2026, 09:00 UTC. Never the real clock. */
export const DEFAULT_NOW = Date.UTC(2026, 2, 2, 9, 0, 0);

/** Default org URL: clearly fictional (`.example` is reserved, RFC 2606). */
export const DEFAULT_ORG_URL = 'https://tokenlab.okta.example';

type Person = [first: string, last: string, status: UserStatus, role: AdminRole | null, groups: string];

const PEOPLE: Person[] = [
  ['Alex', 'Rivera', 'ACTIVE', 'SUPER_ADMIN', 'E'],
  ['Priya', 'Shah', 'ACTIVE', 'ORG_ADMIN', 'E'],
  ['Jordan', 'Lee', 'ACTIVE', 'READ_ONLY_ADMIN', 'F'],
  ['Mei', 'Chen', 'ACTIVE', 'GROUP_ADMIN', 'S'],
  ['Omar', 'Haddad', 'ACTIVE', 'GROUP_MEMBERSHIP_ADMIN', 'S'],
  ['Sofia', 'Garcia', 'ACTIVE', null, 'E'],
  ['Liam', "O'Connor", 'ACTIVE', null, 'F'],
  ['Noah', 'Kim', 'ACTIVE', null, 'ES'],
  ['Ava', 'Patel', 'ACTIVE', null, 'F'],
  ['Emma', 'Novak', 'SUSPENDED', null, 'S'],
  ['Lucas', 'Martin', 'DEPROVISIONED', null, 'E'],
];

const GROUPS: [key: string, name: string, description: string][] = [
  ['E', 'Engineering', 'Builds and runs the product'],
  ['F', 'Finance', 'Budgets, invoices and payroll'],
  ['S', 'Support', 'Helps customers every day'],
];

function loginOf(first: string, last: string): string {
  return `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.com';
}

/** Builds the seeded org for a seed, a start time and an org URL. */
export function createSeedState(seed: string, now: number, orgUrl: string): OrgState {
  const rng = seedRng(seed);
  const created = now - 400 * DAY_MS;
  const users: UserRecord[] = PEOPLE.map(([firstName, lastName, status, role], i) => {
    const login = loginOf(firstName, lastName);
    const joined = created + i * DAY_MS;
    return {
      id: newId(rng, '00u'),
      status,
      created: joined,
      activated: joined,
      statusChanged: status === 'ACTIVE' ? joined : now - (12 - i) * DAY_MS,
      lastLogin: status === 'ACTIVE' ? now - (i + 1) * 3_600_000 : null,
      lastUpdated: joined,
      passwordChanged: joined,
      profile: { firstName, lastName, email: login, login, mobilePhone: null, secondEmail: null },
      role,
      reactivated: null,
    };
  });
  const everyone = {
    id: newId(rng, '00g'),
    type: 'BUILT_IN' as const,
    name: 'Everyone',
    description: 'All users in your organization',
    created,
    lastUpdated: created,
    lastMembershipUpdated: created + 10 * DAY_MS,
    userIds: users.map((u) => u.id),
  };
  const groups = [
    everyone,
    ...GROUPS.map(([key, name, description]) => ({
      id: newId(rng, '00g'),
      type: 'OKTA_GROUP' as const,
      name,
      description,
      created,
      lastUpdated: created,
      lastMembershipUpdated: created + 10 * DAY_MS,
      userIds: users.filter((_, i) => PEOPLE[i]?.[4].includes(key)).map((u) => u.id),
    })),
  ];
  const zones = [
    { id: newId(rng, 'nzo'), name: 'Office', gateways: ['203.0.113.0/24'] },
    { id: newId(rng, 'nzo'), name: 'Build servers', gateways: ['198.51.100.0/24'] },
  ];
  const state: OrgState = {
    v: 1,
    orgUrl,
    now,
    rng,
    userTypeId: newId(rng, 'oty'),
    users,
    groups,
    tokens: [],
    apps: [],
    zones,
    logs: [],
    rate: {},
    keyIndex: nextU32(rng) % 2,
    kid: randomChars(rng, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
  };
  state.logs = seedLogs(state, rng);
  return state;
}

/** A few past events so `GET /api/v1/logs` has something to show from the start. */
function seedLogs(state: OrgState, rng: RngState): LogEvent[] {
  const [alex, , , , , sofia, , , , emma, lucas] = state.users;
  if (!alex || !sofia || !emma || !lucas) return [];
  const actor = (u: UserRecord) => ({
    id: u.id,
    type: 'User',
    alternateId: u.profile['login'] ?? '',
    displayName: displayName(u),
  });
  const event = (at: number, eventType: string, displayMessage: string, target: UserRecord): LogEvent => ({
    uuid: newUuid(rng),
    published: iso(at),
    eventType,
    version: '0',
    severity: 'INFO',
    displayMessage,
    actor: actor(alex),
    client: { ipAddress: '203.0.113.24' },
    outcome: { result: 'SUCCESS' },
    target: [actor(target)],
    transaction: { type: 'WEB', id: newRequestId(rng), detail: {} },
  });
  return [
    event(emma.statusChanged ?? state.now, 'user.lifecycle.suspend', 'Suspend Okta user', emma),
    event(lucas.statusChanged ?? state.now, 'user.lifecycle.deactivate', 'Deactivate Okta user', lucas),
    event(state.now - 2 * DAY_MS, 'user.account.update_profile', 'Update user profile for Okta', sofia),
    event(state.now - 3_600_000, 'user.session.start', 'User login to Okta', alex),
  ].sort((a, b) => a.published.localeCompare(b.published));
}

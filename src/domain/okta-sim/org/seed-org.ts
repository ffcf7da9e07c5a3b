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
import { DAY_MS } from '../pipeline/dates.ts';
import { newUser } from './queries.ts';
import { newId } from './ids.ts';
import { BASE62, nextU32, randomChars, seedRng } from './prng.ts';
import type { GroupRecord, OrgState, UserRecord } from './state.ts';
import { CONSOLE_IP, lifecycleEvent, userActor, writeLog } from './system-log.ts';
import type { AdminRole, UserStatus } from '../types.ts';

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

const ZONES: [name: string, gateway: string][] = [
  ['Office', '203.0.113.0/24'],
  ['Build servers', '198.51.100.0/24'],
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
  const users = PEOPLE.map(([first, last, status, role], i) => {
    const user = newUser(rng, created + i * DAY_MS, first, last, loginOf(first, last), status, role);
    if (status === 'ACTIVE') user.lastLogin = now - (i + 1) * 3_600_000;
    else user.statusChanged = now - (12 - i) * DAY_MS;
    return user;
  });
  const group = (type: GroupRecord['type'], name: string, description: string, userIds: string[]): GroupRecord => ({
    id: newId(rng, '00g'),
    type,
    name,
    description,
    created,
    lastUpdated: created,
    lastMembershipUpdated: created + 10 * DAY_MS,
    userIds,
  });
  const groups = [
    group(
      'BUILT_IN',
      'Everyone',
      'All users in your organization',
      users.map((u) => u.id),
    ),
    ...GROUPS.map(([key, name, description]) =>
      group(
        'OKTA_GROUP',
        name,
        description,
        users.filter((_, i) => PEOPLE[i]?.[4].includes(key)).map((u) => u.id),
      ),
    ),
  ];
  const zones = ZONES.map(([name, gateway]) => ({ id: newId(rng, 'nzo'), name, gateways: [gateway] }));
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
    // A key id of 43 base64url characters.
    kid: randomChars(rng, 43, BASE62 + '-_'),
  };
  // A few past events, written oldest first, so `GET /api/v1/logs` has something to show from the
  // start: Emma's suspension (3 days ago), Lucas's deactivation and Sofia's profile update (2 days
  // ago), Alex's sign-in (an hour ago).
  const [alex, , , , , sofia, , , , emma, lucas] = users as [UserRecord, ...UserRecord[]] & UserRecord[];
  const past = (at: number, event: { eventType: string; displayMessage: string }, target: UserRecord | undefined) => {
    if (target)
      writeLog({ state }, { ...event, actor: userActor(alex), target: [userActor(target)], ip: CONSOLE_IP, at });
  };
  past(emma?.statusChanged ?? now, lifecycleEvent('suspend'), emma);
  past(lucas?.statusChanged ?? now, lifecycleEvent('deactivate'), lucas);
  past(
    now - 2 * DAY_MS,
    { eventType: 'user.account.update_profile', displayMessage: 'Update user profile for Okta' },
    sofia,
  );
  past(now - 3_600_000, { eventType: 'user.session.start', displayMessage: 'User login to Okta' }, alex);
  return state;
}

/**
 * The practice templates. Each one draws a situation from a seeded source, varying the
 * parameters its lesson is about, and names the check to watch and the neighbours its
 * distractors come from. The answers are never written here: `item.ts` asks the simulator.
 */
import type { AdminRole, TraceCheck } from '../okta-sim/index.ts';
import type { NeighbourName } from './neighbours.ts';
import { logsShare } from './neighbours.ts';
import { BASE_SITUATION, type Situation } from './situation.ts';

/** Seeded choices (see quiz/shuffle.ts for the generator). */
export interface Draw {
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

export interface Template {
  /** Kebab-case; seeds of this template start with it (`thirty-day-window-417`). */
  id: string;
  title: string;
  /** The check the template is about: the explanation names it when every check passes. */
  focus: TraceCheck;
  draw(d: Draw): Situation;
  /** Where distractors come from, tried in a seeded order. */
  neighbours: readonly NeighbourName[];
}

const READERS: readonly AdminRole[] = ['SUPER_ADMIN', 'ORG_ADMIN', 'READ_ONLY_ADMIN', 'GROUP_ADMIN'];
const ALL_ROLES: readonly (AdminRole | null)[] = [
  'SUPER_ADMIN',
  'ORG_ADMIN',
  'GROUP_ADMIN',
  'GROUP_MEMBERSHIP_ADMIN',
  'READ_ONLY_ADMIN',
  null,
];
const READS = ['/api/v1/users', '/api/v1/groups', '/api/v1/logs', '/api/v1/users/me', '/api/v1/api-tokens'] as const;

/** Days of idleness on either side of the 30-day line, never exactly 30 (the boundary day). */
function idleDays(d: Draw): number {
  return d.pick([d.int(1, 29), d.int(31, 90)]);
}

/** Token history with `idle` days since the last use, sometimes a token never used at all. */
function history(d: Draw, idle: number): Pick<Situation['token'], 'createdDaysAgo' | 'lastUsedDaysAgo'> {
  const neverUsed = d.int(0, 3) === 0;
  return neverUsed
    ? { createdDaysAgo: idle, lastUsedDaysAgo: null }
    : // The last use fell inside the window the token had then (under 30 days after creation).
      { createdDaysAgo: idle + d.int(1, 29), lastUsedDaysAgo: idle };
}

/**
 * A recent, unremarkable history, for templates about something else: a few fixed shapes, so
 * the items differ in what the template is about rather than in days nobody needs to reason on.
 */
function recent(d: Draw): Pick<Situation['token'], 'createdDaysAgo' | 'lastUsedDaysAgo'> {
  return d.pick([
    { createdDaysAgo: 12, lastUsedDaysAgo: 2 },
    { createdDaysAgo: 5, lastUsedDaysAgo: null },
    { createdDaysAgo: 20, lastUsedDaysAgo: 1 },
  ]);
}

const S = BASE_SITUATION;
const get = (path: string): Situation['request'] => ({ ...S.request, method: 'GET', path });

export const TEMPLATES: readonly Template[] = [
  {
    id: 'thirty-day-window',
    title: 'Days since last use',
    focus: 'token-not-expired',
    draw: (d) => ({
      ...S,
      creator: { role: d.pick(READERS), status: 'ACTIVE' },
      token: { ...S.token, ...history(d, idleDays(d)) },
      request: get(d.pick(READS)),
    }),
    neighbours: ['fresh', 'expired', 'revoked', 'suspended', 'deactivated', 'bearerApiToken', 'noRole'],
  },
  {
    id: 'revoked-or-expired',
    title: 'Revoked, expired, or both',
    focus: 'token-not-revoked',
    draw: (d) => ({
      ...S,
      creator: { role: d.pick(READERS), status: 'ACTIVE' },
      token: { ...S.token, ...history(d, idleDays(d)), revoked: d.int(0, 4) > 1 },
      request: get(d.pick(READS)),
    }),
    neighbours: ['unrevoked', 'revoked', 'fresh', 'expired', 'typo', 'deactivated', 'noHeader'],
  },
  {
    id: 'creator-status',
    title: "The creator's status",
    focus: 'creator-active',
    draw: (d) => ({
      ...S,
      creator: { role: d.pick(READERS), status: d.pick(['ACTIVE', 'SUSPENDED', 'DEACTIVATED'] as const) },
      token: { ...S.token, ...recent(d) },
      request: get(d.pick(READS)),
    }),
    neighbours: ['active', 'suspended', 'deactivated', 'revoked', 'expired', 'noRole', 'typo'],
  },
  {
    id: 'creator-role',
    title: "The creator's role",
    focus: 'creator-role',
    draw: (d) => {
      const [method, path] = d.pick([
        ['POST', '/api/v1/users'],
        ['POST', '/api/v1/groups'],
        ['POST', '/api/v1/users/{user}/lifecycle/suspend'],
        ['GET', '/api/v1/users'],
        ['GET', '/api/v1/logs'],
        ['GET', '/api/v1/users/me'],
      ] as const);
      return {
        ...S,
        creator: { role: d.pick(ALL_ROLES), status: 'ACTIVE' },
        token: { ...S.token, ...recent(d) },
        request: { ...S.request, method, path, body: method === 'POST' ? 'valid' : 'absent' },
      };
    },
    neighbours: ['superAdmin', 'readOnly', 'groupAdmin', 'noRole', 'deactivated', 'invalidBody', 'revoked'],
  },
  {
    id: 'network-zone',
    title: 'Network zone',
    focus: 'network-zone',
    draw: (d) => ({
      ...S,
      creator: { role: d.pick(READERS), status: 'ACTIVE' },
      token: {
        ...S.token,
        ...recent(d),
        network: d.pick(['anywhere', 'office-only', 'any-zone', 'not-build-servers'] as const),
      },
      request: { ...get(d.pick(READS)), from: d.pick(['office', 'build-server', 'elsewhere'] as const) },
    }),
    neighbours: ['fromOffice', 'fromBuild', 'fromElsewhere', 'anywhere', 'officeOnly', 'revoked', 'expired', 'typo'],
  },
  {
    id: 'auth-scheme',
    title: 'Scheme and header',
    focus: 'auth-scheme',
    draw: (d) => ({
      ...S,
      creator: { role: d.pick(READERS), status: 'ACTIVE' },
      token: { ...S.token, ...recent(d) },
      request: {
        ...get(d.pick(READS)),
        header: d.pick(['ssws', 'ssws-lowercase', 'basic', 'none', 'bearer-api-token', 'ssws-typo'] as const),
      },
    }),
    neighbours: ['ssws', 'basic', 'noHeader', 'bearerApiToken', 'typo', 'revoked', 'unknownPath'],
  },
  {
    id: 'rate-share',
    title: 'Requests already sent this minute',
    focus: 'rate-limit',
    draw: (d) => {
      const ratePercent = d.pick([5, 10]);
      const share = logsShare(ratePercent);
      return {
        ...S,
        creator: { role: d.pick(READERS), status: 'ACTIVE' },
        token: { ...S.token, ...recent(d), ratePercent },
        // Half the time the burst stays under the share, half the time it reaches it or goes past.
        burst: {
          count: d.pick([d.int(0, share - 1), d.int(share, share + 2)]),
          secondsAgo: d.pick([5, 20, 45, 59, 61, 90]),
        },
        request: get('/api/v1/logs'),
      };
    },
    neighbours: ['shareUsed', 'windowReset', 'fullShare', 'revoked', 'noRole', 'typo'],
  },
  {
    id: 'method-and-path',
    title: 'Method and path',
    focus: 'route',
    draw: (d) => {
      const method = d.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const);
      return {
        ...S,
        creator: { role: d.pick(['SUPER_ADMIN', 'ORG_ADMIN', 'READ_ONLY_ADMIN'] as const), status: 'ACTIVE' },
        request: {
          ...S.request,
          method,
          path: d.pick([
            '/api/v1/users',
            '/api/v1/groups',
            '/api/v1/logs',
            '/api/v1/users/me',
            '/api/v1/user',
            '/api/v1/groupz',
          ]),
          header: d.pick(['ssws', 'ssws', 'ssws', 'none'] as const),
          body: method === 'POST' || method === 'PUT' ? 'valid' : 'absent',
        },
      };
    },
    // Most neighbours of a request that fails at the route fail there too, so these change the
    // request line and one more thing.
    neighbours: ['getUsers', 'getUsersNoHeader', 'getUsersTypo', 'postUsersNoBody', 'noHeader', 'patch', 'readOnly'],
  },
  {
    id: 'request-body',
    title: 'The request body',
    focus: 'body-well-formed',
    draw: (d) => ({
      ...S,
      creator: {
        role: d.pick(['SUPER_ADMIN', 'ORG_ADMIN', 'GROUP_ADMIN', 'READ_ONLY_ADMIN'] as const),
        status: 'ACTIVE',
      },
      request: {
        ...S.request,
        method: 'POST',
        path: d.pick(['/api/v1/users', '/api/v1/groups']),
        body: d.pick(['absent', 'malformed', 'invalid', 'valid'] as const),
      },
    }),
    neighbours: [
      'noBody',
      'malformed',
      'invalidBody',
      'validBody',
      'readOnly',
      'superAdmin',
      'malformedSuperAdmin',
      'noHeader',
    ],
  },
  {
    id: 'resource-exists',
    title: 'Does the user exist?',
    focus: 'resource-exists',
    draw: (d) => ({
      ...S,
      creator: { role: d.pick(READERS), status: 'ACTIVE' },
      request: {
        ...get(
          d.pick([
            '/api/v1/users/{user}',
            '/api/v1/users/{missingUser}',
            '/api/v1/users/noah.kim@example.com',
            '/api/v1/users/nobody@example.com',
          ]),
        ),
        header: d.pick(['ssws', 'ssws', 'none', 'ssws-typo'] as const),
      },
    }),
    neighbours: ['missingUser', 'ssws', 'noHeader', 'typo', 'revoked', 'suspended'],
  },
  {
    id: 'revoke-a-token',
    title: 'Revoking a token by API',
    focus: 'creator-role',
    draw: (d) => ({
      ...S,
      creator: { role: d.pick(ALL_ROLES), status: 'ACTIVE' },
      request: {
        ...S.request,
        method: 'DELETE',
        path: d.pick(['/api/v1/api-tokens/{ownToken}', '/api/v1/api-tokens/{otherToken}']),
      },
    }),
    neighbours: ['ownToken', 'otherToken', 'superAdmin', 'readOnly', 'noRole', 'revoked', 'noHeader'],
  },
  {
    id: 'oauth-scope',
    title: 'Scope and role of a service app',
    focus: 'scope',
    draw: (d) => {
      const [method, path] = d.pick([
        ['GET', '/api/v1/users'],
        ['GET', '/api/v1/groups'],
        ['GET', '/api/v1/logs'],
        ['POST', '/api/v1/users'],
      ] as const);
      const granted = d.pick([['okta.users.read'], ['okta.users.manage'], ['okta.groups.read'], ['okta.logs.read']]);
      return {
        ...S,
        app: {
          granted,
          requested: granted,
          role: d.pick(['SUPER_ADMIN', 'ORG_ADMIN', 'READ_ONLY_ADMIN', null] as const),
        },
        request: {
          ...S.request,
          method,
          path,
          header: 'bearer-access-token',
          body: method === 'POST' ? 'valid' : 'absent',
        },
      };
    },
    neighbours: [
      'appGroupsScope',
      'appUsersManage',
      'appNoRole',
      'appSuperAdmin',
      'sswsAccessToken',
      'bearerApiToken',
      'noHeader',
    ],
  },
];

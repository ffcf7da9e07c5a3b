/**
 * Neighbouring situations: one change to a situation, with the words that name it. A distractor
 * is the simulator's answer to a neighbour of the item's situation, so every wrong option is a
 * response the org really gives, and the feedback can say when it would be the right one.
 */
import type { AdminRole } from '../okta-sim/index.ts';
import type { BodyKind, CreatorStatus, HeaderKind, NetworkRule, Place, Situation } from './situation.ts';

export interface Neighbour {
  /** Completes "This is the answer …", e.g. "if an admin had revoked the token". */
  when: string;
  apply(s: Situation): Situation;
}

const creator = (role: AdminRole | null, status?: CreatorStatus) => (s: Situation) => ({
  ...s,
  creator: { role, status: status ?? s.creator.status },
});
const status = (value: CreatorStatus) => (s: Situation) => ({ ...s, creator: { ...s.creator, status: value } });
const token = (change: Partial<Situation['token']>) => (s: Situation) => ({ ...s, token: { ...s.token, ...change } });
const request = (change: Partial<Situation['request']>) => (s: Situation) => ({
  ...s,
  request: { ...s.request, ...change },
});
const header = (kind: HeaderKind) => request({ header: kind });
const body = (kind: BodyKind) => request({ body: kind });
const from = (place: Place) => request({ from: place });
const network = (rule: NetworkRule) => token({ network: rule });

/** The share of the lab's 120-a-minute `/api/v1/logs` bucket a token with `percent` may use. */
export function logsShare(percent: number): number {
  return Math.max(1, Math.floor((120 * percent) / 100));
}

const n = (when: string, apply: (s: Situation) => Situation): Neighbour => ({ when, apply });

/** Every neighbour a template may use, by name. */
export const NEIGHBOURS = {
  revoked: n('if an admin had revoked the token', token({ revoked: true })),
  unrevoked: n('if nobody had revoked the token', token({ revoked: false })),
  expired: n(
    'if the token had been created 50 days ago and last used 45 days ago',
    token({ createdDaysAgo: 50, lastUsedDaysAgo: 45 }),
  ),
  fresh: n(
    'if the token had been created 10 days ago and last used yesterday',
    token({ createdDaysAgo: 10, lastUsedDaysAgo: 1 }),
  ),
  active: n('if the creator were active', status('ACTIVE')),
  suspended: n('if the creator were suspended', status('SUSPENDED')),
  deactivated: n('if the creator were deactivated', status('DEACTIVATED')),
  superAdmin: n('if the creator were a super admin', creator('SUPER_ADMIN')),
  readOnly: n("if the creator's role were read-only admin", creator('READ_ONLY_ADMIN')),
  groupAdmin: n("if the creator's role were group admin", creator('GROUP_ADMIN')),
  noRole: n('if the creator held no admin role at all', creator(null)),
  anywhere: n('if the token could be used from any IP', network('anywhere')),
  officeOnly: n('if the token could be used only from the Office zone', network('office-only')),
  fromOffice: n('if the call came from the Office zone (203.0.113.25)', from('office')),
  fromBuild: n('if the call came from a build server (198.51.100.7)', from('build-server')),
  fromElsewhere: n('if the call came from 192.0.2.10, outside every zone', from('elsewhere')),
  ssws: n('if the header were SSWS followed by the token', header('ssws')),
  noHeader: n('if the request had no Authorization header', header('none')),
  basic: n('if the header used the Basic scheme', header('basic')),
  bearerApiToken: n('if the API token were sent after Bearer instead of SSWS', header('bearer-api-token')),
  typo: n("if the token's last character were mistyped", header('ssws-typo')),
  sswsAccessToken: n('if the access token were sent after SSWS instead of Bearer', header('ssws-access-token')),
  unknownPath: n('if the path had a typo (/api/v1/user)', request({ path: '/api/v1/user' })),
  patch: n('if the method were PATCH', request({ method: 'PATCH' })),
  getUsers: n(
    'if the request were GET /api/v1/users',
    request({ method: 'GET', path: '/api/v1/users', body: 'absent' }),
  ),
  getUsersNoHeader: n(
    'if the request were GET /api/v1/users with no Authorization header',
    request({ method: 'GET', path: '/api/v1/users', body: 'absent', header: 'none' }),
  ),
  getUsersTypo: n(
    "if the request were GET /api/v1/users with the token's last character mistyped",
    request({ method: 'GET', path: '/api/v1/users', body: 'absent', header: 'ssws-typo' }),
  ),
  postUsersNoBody: n(
    'if the request were POST /api/v1/users with no body and no Content-Length',
    request({ method: 'POST', path: '/api/v1/users', body: 'absent', header: 'ssws' }),
  ),
  noBody: n('if the request sent no body and no Content-Length', body('absent')),
  malformed: n('if the body were cut off mid-JSON', body('malformed')),
  invalidBody: n('if the body were an empty profile', body('invalid')),
  malformedSuperAdmin: n("if a super admin's token had sent a body cut off mid-JSON", (s) =>
    body('malformed')(creator('SUPER_ADMIN')(s)),
  ),
  validBody: n('if the body were a complete, valid profile', body('valid')),
  missingUser: n('if no user had the id in the path', request({ path: '/api/v1/users/{missingUser}' })),
  ownToken: n("if the token to revoke were the caller's own", request({ path: '/api/v1/api-tokens/{ownToken}' })),
  otherToken: n("if the token to revoke were another admin's", request({ path: '/api/v1/api-tokens/{otherToken}' })),
  shareUsed: n('if the token had already used its whole share in this window', (s) => ({
    ...s,
    burst: { count: logsShare(s.token.ratePercent), secondsAgo: 20 },
  })),
  windowReset: n('if the earlier calls had begun 61 seconds ago', (s) => ({
    ...s,
    burst: { ...s.burst, secondsAgo: 61 },
  })),
  fullShare: n("if the token's share were 100%", token({ ratePercent: 100 })),
  appNoRole: n('if the service app held no admin role', (s) => ({ ...s, app: s.app && { ...s.app, role: null } })),
  appSuperAdmin: n('if the service app were a super admin', (s) => ({
    ...s,
    app: s.app && { ...s.app, role: 'SUPER_ADMIN' },
  })),
  appGroupsScope: n('if the app had asked only for okta.groups.read', (s) => ({
    ...s,
    app: s.app && { ...s.app, granted: ['okta.groups.read'], requested: ['okta.groups.read'] },
  })),
  appUsersManage: n('if the app had been granted and asked for okta.users.manage', (s) => ({
    ...s,
    app: s.app && { ...s.app, granted: ['okta.users.manage'], requested: ['okta.users.manage'] },
  })),
} satisfies Record<string, Neighbour>;

export type NeighbourName = keyof typeof NEIGHBOURS;

/**
 * Neighbours tried after a template's own, so every item finds enough distractors: each of
 * these fails at a different early check, whatever the situation.
 */
export const FALLBACK_NEIGHBOURS: readonly NeighbourName[] = ['noHeader', 'basic', 'unknownPath', 'typo', 'revoked'];

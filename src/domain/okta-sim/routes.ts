/**
 * The endpoints the simulator knows, with what each needs: a permission (see permissions.ts),
 * the OAuth scopes that grant it, and its rate-limit bucket.
 *
 * Rate limits: Okta no longer publishes its numbers (the Console's Reports > Rate Limits shows
 * an org's own). The sizes below are the last published per-minute Workforce limits, removed
 * from Okta's docs in 2025 (fact sheet section 8). Which bucket a lifecycle call, a single group
 * or an API-token call falls in is not in that table: lifecycle calls share the user-write
 * bucket, `/groups/{id}` the groups bucket and the rest "most other /api/v1" (assumptions).
 *
 * Scopes follow `okta.<resource>.<read|manage>`; `manage` also covers reads (section 5).
 */
import type { JsonValue } from './types.ts';

/** A rate-limit bucket: an id (shown in traces) and its per-minute size for the whole org. */
export interface Bucket {
  id: string;
  limit: number;
}

export const BUCKETS = {
  users: { id: 'GET|POST /api/v1/users', limit: 600 },
  userGet: { id: 'GET /api/v1/users/{idOrLogin}', limit: 2000 },
  userWrite: { id: 'POST|PUT|DELETE /api/v1/users/{id}', limit: 600 },
  groups: { id: '/api/v1/groups', limit: 500 },
  logs: { id: '/api/v1/logs', limit: 120 },
  other: { id: 'other /api/v1 endpoints', limit: 1200 },
} as const satisfies Record<string, Bucket>;

export type OpName =
  | 'listUsers'
  | 'createUser'
  | 'getMe'
  | 'getUser'
  | 'updateUser'
  | 'replaceUser'
  | 'deleteUser'
  | 'lifecycle'
  | 'listGroups'
  | 'createGroup'
  | 'getGroup'
  | 'listLogs'
  | 'listTokens'
  | 'getToken'
  | 'revokeToken'
  | 'revokeCurrentToken'
  | 'updateToken';

/** What an operation needs from the caller's admin role (see permissions.ts). */
export type Permission = 'self' | 'read' | 'users.write' | 'groups.write' | 'tokens.manage';

export interface Operation {
  op: OpName;
  perm: Permission;
  /** Any one of these scopes lets a Bearer token through; empty means "SSWS only". */
  scopes: readonly string[];
  bucket: Bucket;
  /** The operation reads a JSON body. */
  json?: true;
}

export interface RouteMatch {
  operation: Operation | undefined;
  params: Record<string, string>;
  /** Methods the path accepts (for the trace detail of a 405). */
  allowed: string[];
}

const USERS_READ = ['okta.users.read', 'okta.users.manage'];
const USERS_MANAGE = ['okta.users.manage'];
const GROUPS_READ = ['okta.groups.read', 'okta.groups.manage'];
const TOKENS_READ = ['okta.apiTokens.read', 'okta.apiTokens.manage'];
const TOKENS_MANAGE = ['okta.apiTokens.manage'];

type RouteDef = [pattern: string, ops: Record<string, Operation>];

const ROUTES: RouteDef[] = [
  [
    '/api/v1/users',
    {
      GET: { op: 'listUsers', perm: 'read', scopes: USERS_READ, bucket: BUCKETS.users },
      POST: { op: 'createUser', perm: 'users.write', scopes: USERS_MANAGE, bucket: BUCKETS.users, json: true },
    },
  ],
  [
    '/api/v1/users/me',
    {
      GET: {
        op: 'getMe',
        perm: 'self',
        scopes: ['okta.users.read.self', ...USERS_READ],
        bucket: BUCKETS.userGet,
      },
    },
  ],
  [
    '/api/v1/users/:id',
    {
      GET: { op: 'getUser', perm: 'read', scopes: USERS_READ, bucket: BUCKETS.userGet },
      POST: { op: 'updateUser', perm: 'users.write', scopes: USERS_MANAGE, bucket: BUCKETS.userWrite, json: true },
      PUT: { op: 'replaceUser', perm: 'users.write', scopes: USERS_MANAGE, bucket: BUCKETS.userWrite, json: true },
      DELETE: { op: 'deleteUser', perm: 'users.write', scopes: USERS_MANAGE, bucket: BUCKETS.userWrite },
    },
  ],
  ...['activate', 'deactivate', 'suspend', 'unsuspend'].map((action): RouteDef => [
    `/api/v1/users/:id/lifecycle/${action}`,
    { POST: { op: 'lifecycle', perm: 'users.write', scopes: USERS_MANAGE, bucket: BUCKETS.userWrite } },
  ]),
  [
    '/api/v1/groups',
    {
      GET: { op: 'listGroups', perm: 'read', scopes: GROUPS_READ, bucket: BUCKETS.groups },
      POST: {
        op: 'createGroup',
        perm: 'groups.write',
        scopes: ['okta.groups.manage'],
        bucket: BUCKETS.groups,
        json: true,
      },
    },
  ],
  ['/api/v1/groups/:id', { GET: { op: 'getGroup', perm: 'read', scopes: GROUPS_READ, bucket: BUCKETS.groups } }],
  ['/api/v1/logs', { GET: { op: 'listLogs', perm: 'read', scopes: ['okta.logs.read'], bucket: BUCKETS.logs } }],
  ['/api/v1/api-tokens', { GET: { op: 'listTokens', perm: 'read', scopes: TOKENS_READ, bucket: BUCKETS.other } }],
  [
    '/api/v1/api-tokens/current',
    { DELETE: { op: 'revokeCurrentToken', perm: 'self', scopes: [], bucket: BUCKETS.other } },
  ],
  [
    '/api/v1/api-tokens/:id',
    {
      GET: { op: 'getToken', perm: 'read', scopes: TOKENS_READ, bucket: BUCKETS.other },
      DELETE: { op: 'revokeToken', perm: 'tokens.manage', scopes: TOKENS_MANAGE, bucket: BUCKETS.other },
      PUT: { op: 'updateToken', perm: 'tokens.manage', scopes: TOKENS_MANAGE, bucket: BUCKETS.other, json: true },
    },
  ],
];

const COMPILED = ROUTES.map(([pattern, ops]) => ({ segs: pattern.split('/').slice(1), ops }));

/**
 * Finds the route for a path. Literal segments win over `:id` parameters (`/users/me` before
 * `/users/{id}`), as in Okta's API. Returns `undefined` for an unknown path.
 */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const segs = path.split('/').slice(1);
  let best: { ops: Record<string, Operation>; params: Record<string, string>; literals: number } | undefined;
  for (const route of COMPILED) {
    if (route.segs.length !== segs.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let ok = true;
    for (let i = 0; i < segs.length && ok; i++) {
      const want = route.segs[i] as string;
      const got = segs[i] as string;
      if (want.startsWith(':')) {
        if (got === '') ok = false;
        else params[want.slice(1)] = safeDecode(got);
      } else if (want === got) literals++;
      else ok = false;
    }
    if (ok && (!best || literals > best.literals)) best = { ops: route.ops, params, literals };
  }
  if (!best) return undefined;
  return { operation: best.ops[method], params: best.params, allowed: Object.keys(best.ops) };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A body that is a JSON object, or `undefined`. */
export function asObject(v: JsonValue | undefined): Record<string, JsonValue> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

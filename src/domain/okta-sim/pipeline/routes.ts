/**
 * The endpoints the simulator knows, with what each needs: a permission (see policy/permissions.ts) and
 * its rate-limit bucket. The OAuth scopes that grant each operation live with the Bearer code
 * (oauth/scopes.ts), which SSWS requests never load.
 *
 * Rate limits: Okta no longer publishes its numbers (the Console's Reports > Rate Limits shows
 * an org's own). The sizes below are the last published per-minute Workforce limits, removed
 * from Okta's docs in 2025 (fact rate-limit-historic-numbers). Which bucket a lifecycle call, a single group
 * or an API-token call falls in is not in that table: lifecycle calls share the user-write
 * bucket, `/groups/{id}` the groups bucket and the rest "most other /api/v1" (assumptions).
 */
import type { JsonValue } from '../types.ts';

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

/** What an operation needs from the caller's admin role (see policy/permissions.ts). */
export type Permission = 'self' | 'read' | 'users.write' | 'groups.write' | 'tokens.manage';

/** One method of one endpoint. */
export interface Operation {
  /** `GET`, `POST`, `PUT` or `DELETE`. */
  method: string;
  /** The path pattern, e.g. `/api/v1/users/:id`; `:id` stands for one path segment. */
  path: string;
  /** The handler's name, shown in trace details. */
  op: OpName;
  perm: Permission;
  bucket: Bucket;
  /** The operation reads a JSON body. */
  json: boolean;
}

export interface RouteMatch {
  operation: Operation | undefined;
  params: Record<string, string>;
  /** Methods the path accepts (for the trace detail of a 405). */
  allowed: string[];
}

type Row = [method: string, path: string, op: OpName, perm: Permission, bucket: keyof typeof BUCKETS, json?: 'json'];

/** Every endpoint, one row per method (see {@link ROUTES}). */
const ROWS: Row[] = [
  ['GET', '/api/v1/users', 'listUsers', 'read', 'users'],
  ['POST', '/api/v1/users', 'createUser', 'users.write', 'users', 'json'],
  ['GET', '/api/v1/users/me', 'getMe', 'self', 'userGet'],
  ['GET', '/api/v1/users/:id', 'getUser', 'read', 'userGet'],
  ['POST', '/api/v1/users/:id', 'updateUser', 'users.write', 'userWrite', 'json'],
  ['PUT', '/api/v1/users/:id', 'replaceUser', 'users.write', 'userWrite', 'json'],
  ['DELETE', '/api/v1/users/:id', 'deleteUser', 'users.write', 'userWrite'],
  ['POST', '/api/v1/users/:id/lifecycle/activate', 'lifecycle', 'users.write', 'userWrite'],
  ['POST', '/api/v1/users/:id/lifecycle/deactivate', 'lifecycle', 'users.write', 'userWrite'],
  ['POST', '/api/v1/users/:id/lifecycle/suspend', 'lifecycle', 'users.write', 'userWrite'],
  ['POST', '/api/v1/users/:id/lifecycle/unsuspend', 'lifecycle', 'users.write', 'userWrite'],
  ['GET', '/api/v1/groups', 'listGroups', 'read', 'groups'],
  ['POST', '/api/v1/groups', 'createGroup', 'groups.write', 'groups', 'json'],
  ['GET', '/api/v1/groups/:id', 'getGroup', 'read', 'groups'],
  ['GET', '/api/v1/logs', 'listLogs', 'read', 'logs'],
  ['GET', '/api/v1/api-tokens', 'listTokens', 'read', 'other'],
  ['GET', '/api/v1/api-tokens/:id', 'getToken', 'read', 'other'],
  ['DELETE', '/api/v1/api-tokens/:id', 'revokeToken', 'tokens.manage', 'other'],
  ['PUT', '/api/v1/api-tokens/:id', 'updateToken', 'tokens.manage', 'other', 'json'],
  ['DELETE', '/api/v1/api-tokens/current', 'revokeCurrentToken', 'self', 'other'],
];

/**
 * Every operation the simulator serves, grouped by path; a path's methods are in the order a
 * 405 lists them. Request builders can offer these paths as suggestions.
 *
 * @example
 * ROUTES.filter((r) => r.path === '/api/v1/users').map((r) => r.method) // ['GET', 'POST']
 */
export const ROUTES: readonly Operation[] = ROWS.map(([method, path, op, perm, bucket, json]) => ({
  method,
  path,
  op,
  perm,
  bucket: BUCKETS[bucket],
  json: !!json,
}));

/** Each distinct path pattern with its segments, split once. */
const PATTERNS = [...new Set(ROWS.map((r) => r[1]))].map((path) => ({ path, segs: path.split('/') }));

/**
 * Finds the route for a path. Literal segments win over `:id` parameters (`/users/me` before
 * `/users/{id}`), as in Okta's API. Returns `undefined` for an unknown path.
 */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const segs = path.split('/');
  let best: { path: string; params: Record<string, string>; literals: number } | undefined;
  for (const pattern of PATTERNS) {
    if (pattern.segs.length !== segs.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const ok = pattern.segs.every((want, i) => {
      const got = segs[i] ?? '';
      if (want.startsWith(':')) {
        if (!got) return false;
        params[want.slice(1)] = safeDecode(got);
      } else if (want === got) literals++;
      else return false;
      return true;
    });
    if (ok && (!best || literals > best.literals)) best = { path: pattern.path, params, literals };
  }
  if (!best) return undefined;
  const { path: pattern, params } = best;
  const ops = ROUTES.filter((r) => r.path === pattern);
  return { operation: ops.find((r) => r.method === method), params, allowed: ops.map((r) => r.method) };
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

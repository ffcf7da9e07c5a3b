/**
 * The lab's control endpoints under the reserved prefix `/__lab/`, modelled on Stripe's test
 * clocks: JSON in, JSON out, a 4xx with `{ error, message }` for bad input. These names are a
 * public contract (README, "Test your own code against the lab"); add, never rename.
 *
 * | method and path | body | answer |
 * | --- | --- | --- |
 * | GET /__lab/ | | this list |
 * | GET /__lab/admins | | `[{ id, login, role, status }]` |
 * | POST /__lab/admins/<id or login> | `{ role }` (a role or null) or `{ status }` | the admin |
 * | GET /__lab/tokens | | every token's metadata and lab status (never values) |
 * | POST /__lab/tokens | `{ name, adminId?, rateLimitPercent? }` | `{ id, value, ... }` |
 * | DELETE /__lab/tokens/<id> | | the revoked token's metadata |
 * | GET /__lab/clock | | `{ now, mode }` |
 * | POST /__lab/clock | `{ advance: "P31D" }` or `{ advance: 31 }` (days) | `{ now, mode }` |
 * | POST /__lab/apps | `{ name, scopes, jwks: { keys }, dpop?, role? }` | `{ clientId, ... }` |
 * | POST /__lab/reset | | `{ now, token }` |
 * | GET /__lab/scenarios | | `[{ id, title }]` |
 * | POST /__lab/scenario/<id> | | `{ id, title, now, keychain, request }` |
 * | GET /__lab/trace/<X-Okta-Request-Id> | | the request's full trace |
 * | GET /__lab/logs | | the System Log, oldest first |
 */
import { ConsoleError, type AdminRole, type ConsoleUser } from '../domain/okta-sim/index.ts';
import { appKeysProblem } from '../domain/okta-sim/oauth/public-jwk.ts';
import { parseAdvance } from './duration.ts';
import type { LabOrg } from './lab-org.ts';
import { loadScenario, scenarioIds } from './scenarios.ts';

export const CONTROL_PREFIX = '/__lab/';

export interface ControlReply {
  status: number;
  body: unknown;
}

const ENDPOINTS = [
  'GET /__lab/admins',
  'POST /__lab/admins/<id or login>  { "role": "READ_ONLY_ADMIN" } or { "status": "DEACTIVATED" }',
  'GET /__lab/tokens',
  'POST /__lab/tokens  { "name": "ci", "adminId": "<id>" }',
  'DELETE /__lab/tokens/<id>',
  'GET /__lab/clock',
  'POST /__lab/clock  { "advance": "P31D" } or { "advance": 31 }',
  'POST /__lab/apps  { "name": "sync", "scopes": ["okta.users.read"], "jwks": { "keys": [<public JWK>] }, "dpop": false }',
  'POST /__lab/reset',
  'GET /__lab/scenarios',
  'POST /__lab/scenario/<id>',
  'GET /__lab/trace/<X-Okta-Request-Id>',
  'GET /__lab/logs',
];

const fail = (status: number, error: string, message: string): ControlReply => ({ status, body: { error, message } });

const CONSOLE_STATUS = { 'not-found': 404, 'not-allowed': 403, invalid: 400, duplicate: 409 } as const;

const admin = (u: ConsoleUser) => ({ id: u.id, login: u.login, role: u.role, status: u.status });

function findAdmin(org: LabOrg, idOrLogin: string): ConsoleUser | undefined {
  const lower = idOrLogin.toLowerCase();
  return org.sim.console.listUsers().find((u) => u.id === idOrLogin || u.login.toLowerCase() === lower);
}

/** Reads a JSON object body; an empty body is `{}`. */
function objectBody(raw: string): Record<string, unknown> | ControlReply {
  if (raw.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  return fail(400, 'invalid_json', 'The body must be a JSON object.');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const isReply = (x: unknown): x is ControlReply =>
  x !== null && typeof x === 'object' && 'status' in x && 'body' in x && typeof x.status === 'number';

/**
 * Answers one control request. `path` has the prefix, without the query; `body` is the raw text.
 * Console refusals keep their message and map to 400/403/404/409.
 */
export async function control(org: LabOrg, method: string, path: string, raw: string): Promise<ControlReply> {
  const parts = path.slice(CONTROL_PREFIX.length).split('/').filter(Boolean).map(safeDecode);
  const [resource = '', id, extra] = parts;
  const route = `${method} ${resource}${id === undefined ? '' : '/:id'}${extra === undefined ? '' : '/…'}`;
  const body = method === 'POST' ? objectBody(raw) : {};
  if (isReply(body)) return body;
  try {
    switch (route) {
      case 'GET ':
        return { status: 200, body: { endpoints: ENDPOINTS } };
      case 'GET admins':
        return { status: 200, body: org.sim.console.listAdmins().map(admin) };
      case 'POST admins/:id':
        return setAdmin(org, id ?? '', body);
      case 'GET tokens':
        return { status: 200, body: org.sim.console.listApiTokens() };
      case 'POST tokens':
        return await createToken(org, body);
      case 'DELETE tokens/:id':
        return { status: 200, body: org.sim.console.revokeApiToken(id ?? '') };
      case 'GET clock':
        return { status: 200, body: clockView(org) };
      case 'POST clock': {
        const advance = parseAdvance(body['advance']);
        if ('error' in advance) return fail(400, 'invalid_advance', advance.error);
        org.advance(advance.ms);
        return { status: 200, body: clockView(org) };
      }
      case 'POST apps':
        return await createApp(org, body);
      case 'POST reset': {
        const token = await org.reset();
        return { status: 200, body: { now: new Date(org.sim.now()).toISOString(), token } };
      }
      case 'GET scenarios':
        return {
          status: 200,
          body: scenarioIds().map((s) => ({ id: s, title: loadScenario(s)?.title ?? '' })),
        };
      case 'POST scenario/:id': {
        const load = await org.useScenario(id ?? '');
        if (!load)
          return fail(404, 'unknown_scenario', `There is no scenario "${id}"; GET /__lab/scenarios lists them.`);
        const { spec, keychain, request } = load;
        return {
          status: 200,
          body: { id: spec.id, title: spec.title, now: new Date(org.sim.now()).toISOString(), keychain, request },
        };
      }
      case 'GET trace/:id': {
        const record = org.trace(id ?? '');
        return record
          ? { status: 200, body: record }
          : fail(404, 'unknown_request', `No trace kept for request id "${id}" (the lab keeps the last 1,000).`);
      }
      case 'GET logs':
        return { status: 200, body: org.sim.systemLog() };
      default:
        return fail(
          404,
          'unknown_control',
          `${method} ${path} is not a control endpoint. They are: ${ENDPOINTS.map((e) => e.split('  ')[0]).join('; ')}.`,
        );
    }
  } catch (err) {
    if (err instanceof ConsoleError) return fail(CONSOLE_STATUS[err.code], err.code, err.message);
    if (err instanceof Error && err.name === 'ScenarioError') return fail(500, 'scenario_failed', err.message);
    throw err;
  }
}

function clockView(org: LabOrg) {
  return { now: new Date(org.sim.now()).toISOString(), mode: org.clock };
}

function setAdmin(org: LabOrg, idOrLogin: string, body: Record<string, unknown>): ControlReply {
  const user = findAdmin(org, idOrLogin);
  if (!user) return fail(404, 'not-found', `No user has id or login "${idOrLogin}".`);
  const hasRole = 'role' in body;
  const hasStatus = 'status' in body;
  if (hasRole === hasStatus) return fail(400, 'invalid', 'Send exactly one of { "role": … } or { "status": … }.');
  const next = hasRole
    ? org.sim.console.setAdminRole(user.id, body['role'] as AdminRole | null)
    : org.sim.console.setUserStatus(user.id, body['status'] as 'ACTIVE' | 'SUSPENDED' | 'DEACTIVATED');
  return { status: 200, body: admin(next) };
}

async function createToken(org: LabOrg, body: Record<string, unknown>): Promise<ControlReply> {
  const adminRef = body['adminId'] ?? org.token?.adminId ?? findAdmin(org, 'alex.rivera@example.com')?.id;
  const user = typeof adminRef === 'string' ? findAdmin(org, adminRef) : undefined;
  if (!user) return fail(404, 'not-found', `No user has id or login ${JSON.stringify(adminRef)}.`);
  const percent = body['rateLimitPercent'];
  const { token, value } = await org.sim.console.createApiToken({
    name: body['name'] as string,
    adminId: user.id,
    rateLimitPercent: percent === undefined ? undefined : (percent as number),
  });
  return {
    status: 201,
    body: { id: token.id, value, name: token.name, userId: token.userId, expiresAt: token.expiresAt },
  };
}

async function createApp(org: LabOrg, body: Record<string, unknown>): Promise<ControlReply> {
  const jwks = body['jwks'];
  const keys =
    jwks === undefined ? [] : jwks !== null && typeof jwks === 'object' ? (jwks as { keys?: unknown }).keys : undefined;
  if (!Array.isArray(keys)) return fail(400, 'invalid', 'jwks must be a JWK Set: { "keys": [ <public JWK>, … ] }.');
  if (body['dpop'] !== undefined && typeof body['dpop'] !== 'boolean')
    return fail(400, 'invalid', 'dpop must be true or false.');
  // Without a role the app would pass the scope check and fail every call. Okta's "Public client
  // app admins" setting gives service apps SUPER_ADMIN once scopes are granted (fact
  // public-client-app-admins-setting); the lab does the same unless `role` says otherwise.
  const role = 'role' in body ? (body['role'] as AdminRole | null) : 'SUPER_ADMIN';
  // The keys are checked before the app exists, so a refused request leaves no keyless app behind.
  const problem = appKeysProblem(keys);
  if (problem) return fail(400, 'invalid', `Public keys: ${problem}.`);
  const { console } = org.sim;
  const app = console.createServiceApp({
    name: body['name'] as string,
    grantedScopes: body['scopes'] as string[],
    role,
  });
  await console.registerAppKeys(app.clientId, { publicKeys: keys, requireDpop: body['dpop'] === true });
  return {
    status: 201,
    body: {
      clientId: app.clientId,
      name: app.name,
      scopes: app.grantedScopes,
      role: app.role,
      dpop: body['dpop'] === true,
    },
  };
}

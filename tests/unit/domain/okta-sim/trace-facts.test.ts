/**
 * Every trace step outcome cites a fact, and its badge is the basis that fact's status allows.
 * The walk drives real requests through `createOktaSim` for each pass and each fail sub-case of
 * every check in `TRACE_CHECKS` (SSWS and Bearer), then checks every step against the facts
 * collection (src/content/facts/*.yaml), not against the generated table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFactStatuses } from '../../../../scripts/sync-fact-status.ts';
import { TRACE_CHECKS, type OktaSim, type SimResponse, type TraceStep } from '../../../../src/domain/okta-sim/index.ts';
import { signJwt } from '../../../../src/domain/okta-sim/oauth/jwt.ts';
import { makeCore } from '../../../../src/domain/okta-sim/org/sim-core.ts';
import { basisOf, type FactStatus } from '../../../../src/domain/okta-sim/pipeline/fact-basis.ts';
import { adminId, appToken, DAY, newSim, send, tokenFor } from './helpers.ts';

const USERS = '/api/v1/users';
const NEW_USER = '{"profile":{"firstName":"Kim","lastName":"Ng","email":"kim@example.com","login":"kim@example.com"}}';

/** A JWT signed with the lab key, with claims or header fields changed. */
async function forged(sim: OktaSim, claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
  const core = makeCore(sim.snapshot());
  const { app } = await appToken(sim, ['okta.users.read'], 'SUPER_ADMIN');
  const now = Math.floor(sim.now() / 1000);
  const base = { ver: 1, jti: 'AT.x', iss: core.state.orgUrl, aud: core.state.orgUrl, iat: now, exp: now + 3600 };
  return signJwt(core, { ...base, cid: app.clientId, scp: ['okta.users.read'], sub: app.clientId, ...claims }, header);
}

/** Calls `url` until the response is a 429; returns it. */
async function exhaust(sim: OktaSim, url: string, authorization: string): Promise<SimResponse> {
  for (let i = 0; i < 2000; i++) {
    const res = await send(sim, 'GET', url, authorization);
    if (res.status === 429) return res;
  }
  throw new Error('never limited');
}

/** The walk: one named response per pass or fail sub-case. */
async function walk(): Promise<Map<string, SimResponse>> {
  const out = new Map<string, SimResponse>();
  const run = async (name: string, make: (sim: OktaSim) => Promise<SimResponse>) => {
    out.set(name, await make(newSim()));
  };
  // Shared HTTP checks and the SSWS branch.
  await run('unknown path', (sim) => send(sim, 'GET', '/api/v1/nothing'));
  await run('wrong method', (sim) => send(sim, 'PATCH', USERS));
  await run('no length', async (sim) => send(sim, 'POST', USERS, `SSWS ${(await tokenFor(sim, 'super-admin')).value}`));
  await run('no header', (sim) => send(sim, 'GET', USERS));
  await run('Basic scheme', (sim) => send(sim, 'GET', USERS, 'Basic dXNlcjpwYXNz'));
  await run('lower-case scheme', async (sim) =>
    send(sim, 'GET', USERS, `ssws ${(await tokenFor(sim, 'super-admin')).value}`),
  );
  await run('empty value', (sim) => send(sim, 'GET', USERS, 'SSWS'));
  await run('non-ASCII value', (sim) => send(sim, 'GET', USERS, 'SSWS 00lab.é'));
  await run('unknown value', (sim) => send(sim, 'GET', USERS, 'SSWS 00lab.nothing'));
  await run('JWT sent as SSWS', async (sim) =>
    send(sim, 'GET', USERS, `SSWS ${(await appToken(sim, ['okta.users.read'])).at}`),
  );
  await run('revoked', async (sim) => {
    const { value, id } = await tokenFor(sim, 'super-admin');
    sim.console.revokeApiToken(id);
    return send(sim, 'GET', USERS, `SSWS ${value}`);
  });
  await run('expired', async (sim) => {
    const { value } = await tokenFor(sim, 'super-admin');
    sim.advanceTime(31 * DAY);
    return send(sim, 'GET', USERS, `SSWS ${value}`);
  });
  await run('creator suspended', async (sim) => {
    const { value } = await tokenFor(sim, 'org-admin');
    sim.console.setUserStatus(adminId(sim, 'org-admin'), 'SUSPENDED');
    return send(sim, 'GET', USERS, `SSWS ${value}`);
  });
  await run('creator deactivated', async (sim) => {
    const { value } = await tokenFor(sim, 'org-admin');
    sim.console.setUserStatus(adminId(sim, 'org-admin'), 'DEACTIVATED');
    return send(sim, 'GET', USERS, `SSWS ${value}`);
  });
  await run('creator reactivated', async (sim) => {
    const { value } = await tokenFor(sim, 'org-admin');
    sim.console.setUserStatus(adminId(sim, 'org-admin'), 'DEACTIVATED');
    sim.console.setUserStatus(adminId(sim, 'org-admin'), 'ACTIVE');
    return send(sim, 'GET', USERS, `SSWS ${value}`);
  });
  await run('creator deleted', async (sim) => {
    const { value } = await tokenFor(sim, 'org-admin');
    const admin = `SSWS ${(await tokenFor(sim, 'super-admin')).value}`;
    await send(sim, 'DELETE', `${USERS}/${adminId(sim, 'org-admin')}`, admin);
    await send(sim, 'DELETE', `${USERS}/${adminId(sim, 'org-admin')}`, admin);
    return send(sim, 'GET', USERS, `SSWS ${value}`);
  });
  await run('outside zone', async (sim) => {
    const office = sim.snapshot().zones.find((z) => z.name === 'Office');
    const { value } = await sim.console.createApiToken({
      name: 'Office only',
      adminId: adminId(sim, 'super-admin'),
      network: { connection: 'ZONE', include: [office?.id ?? ''] },
    });
    return send(sim, 'GET', USERS, `SSWS ${value}`, { ip: '192.0.2.99' });
  });
  await run('token share used up', async (sim) =>
    exhaust(sim, '/api/v1/logs', `SSWS ${(await tokenFor(sim, 'super-admin')).value}`),
  );
  await run('super admin', async (sim) =>
    send(sim, 'GET', USERS, `SSWS ${(await tokenFor(sim, 'super-admin')).value}`),
  );
  await run('org admin', async (sim) => send(sim, 'GET', USERS, `SSWS ${(await tokenFor(sim, 'org-admin')).value}`));
  await run('group admin creating a group', async (sim) =>
    send(sim, 'POST', '/api/v1/groups', `SSWS ${(await tokenFor(sim, 'group-admin')).value}`, {
      body: '{"profile":{"name":"A"}}',
    }),
  );
  await run('read-only admin writing', async (sim) =>
    send(sim, 'POST', USERS, `SSWS ${(await tokenFor(sim, 'read-only-admin')).value}`, { body: NEW_USER }),
  );
  await run('creator with no admin role', async (sim) => {
    const { value } = await tokenFor(sim, 'org-admin');
    sim.console.setAdminRole(adminId(sim, 'org-admin'), null);
    return send(sim, 'GET', USERS, `SSWS ${value}`);
  });
  await run('own token revoked', async (sim) => {
    const { value, id } = await tokenFor(sim, 'read-only-admin');
    return send(sim, 'DELETE', `/api/v1/api-tokens/${id}`, `SSWS ${value}`);
  });
  await run('users/me', async (sim) =>
    send(sim, 'GET', `${USERS}/me`, `SSWS ${(await tokenFor(sim, 'read-only-admin')).value}`),
  );
  await run('malformed body', async (sim) =>
    send(sim, 'POST', USERS, `SSWS ${(await tokenFor(sim, 'super-admin')).value}`, { body: '{' }),
  );
  await run('unknown user', async (sim) =>
    send(sim, 'GET', `${USERS}/nobody`, `SSWS ${(await tokenFor(sim, 'super-admin')).value}`),
  );
  await run('invalid body', async (sim) =>
    send(sim, 'POST', USERS, `SSWS ${(await tokenFor(sim, 'super-admin')).value}`, { body: '{"profile":{}}' }),
  );
  await run('user created', async (sim) =>
    send(sim, 'POST', USERS, `SSWS ${(await tokenFor(sim, 'super-admin')).value}`, { body: NEW_USER }),
  );
  // The Bearer branch.
  const bearer = (name: string, make: (sim: OktaSim) => Promise<string>, method = 'GET', url = USERS, body?: string) =>
    run(name, async (sim) => send(sim, method, url, `Bearer ${await make(sim)}`, body === undefined ? {} : { body }));
  await bearer('Bearer with an API token', async (sim) => (await tokenFor(sim, 'super-admin')).value);
  await bearer('Bearer with a non-JWT', () => Promise.resolve('hello'));
  await bearer('other kid', (sim) => forged(sim, {}, { kid: 'someone-elses-key' }));
  await bearer('tampered', async (sim) => {
    const [h, p, s] = (await forged(sim, {})).split('.');
    const claims = JSON.parse(Buffer.from(p ?? '', 'base64url').toString()) as Record<string, unknown>;
    return `${h}.${Buffer.from(JSON.stringify({ ...claims, scp: ['okta.users.manage'] })).toString('base64url')}.${s}`;
  });
  await bearer('ID token', async (sim) => {
    const app = await sim.console.createWebApp({ name: 'Web app' });
    return sim.console.issueIdToken({ clientId: app.clientId, userId: adminId(sim, 'super-admin') });
  });
  await bearer('other issuer', (sim) => forged(sim, { iss: 'https://tokenlab.okta.example/oauth2/default' }));
  await bearer('other audience', (sim) => forged(sim, { aud: 'api://default' }));
  await bearer('expired access token', (sim) => forged(sim, { exp: Math.floor(sim.now() / 1000) - 121 }));
  await bearer('iat in the future', (sim) => forged(sim, { iat: Math.floor(sim.now() / 1000) + 121 }));
  await run('app share used up', async (sim) =>
    exhaust(sim, '/api/v1/logs', `Bearer ${(await appToken(sim, ['okta.logs.read'])).at}`),
  );
  await bearer(
    'missing scope',
    async (sim) => (await appToken(sim, ['okta.users.read'], 'SUPER_ADMIN')).at,
    'POST',
    '/api/v1/groups',
    '{"profile":{"name":"A"}}',
  );
  await bearer(
    'SSWS-only endpoint',
    async (sim) => (await appToken(sim, ['okta.apiTokens.manage'], 'SUPER_ADMIN')).at,
    'DELETE',
    '/api/v1/api-tokens/current',
  );
  await bearer('super admin app', async (sim) => (await appToken(sim, ['okta.users.read'], 'SUPER_ADMIN')).at);
  await bearer('app with no role', async (sim) => (await appToken(sim, ['okta.users.read'], null)).at);
  await bearer(
    'read-only app writing',
    async (sim) => (await appToken(sim, ['okta.groups.manage'])).at,
    'POST',
    '/api/v1/groups',
    '{"profile":{"name":"A"}}',
  );
  await bearer('org admin app', async (sim) => (await appToken(sim, ['okta.users.read'], 'ORG_ADMIN')).at);
  return out;
}

let responses: Map<string, SimResponse>;
let statuses: Map<string, string>;
const steps = () => [...responses.values()].flatMap((r) => r.trace);
/** The step that decided a named response (its failing step, or its last pass). */
const deciding = (name: string): TraceStep | undefined => {
  const trace = responses.get(name)?.trace ?? [];
  return trace.find((s) => s.outcome === 'fail') ?? trace.filter((s) => s.outcome === 'pass').at(-1);
};
const step = (name: string, check: string) => responses.get(name)?.trace.find((s) => s.check === check);

beforeAll(async () => {
  statuses = readFactStatuses();
  responses = await walk();
}, 60_000);

describe('every trace step cites a fact', () => {
  it('walks a pass and a fail outcome of every check in TRACE_CHECKS', () => {
    const seen = new Set(steps().map((s) => `${s.check} ${s.outcome}`));
    const missing = TRACE_CHECKS.flatMap((c) => [`${c} pass`, `${c} fail`]).filter((k) => !seen.has(k));
    expect(missing).toEqual([]);
  });

  it('gives every step a fact that exists in src/content/facts', () => {
    const unknown = steps()
      .filter((s) => !statuses.has(s.fact))
      .map((s) => `${s.check} ${s.outcome}: ${s.fact}`);
    expect(unknown).toEqual([]);
  });

  it("shows on every step the basis its fact's status allows", () => {
    const wrong = steps()
      .filter((s) => s.basis !== basisOf(statuses.get(s.fact) as FactStatus))
      .map((s) => `${s.check} ${s.outcome}: ${s.fact} is ${statuses.get(s.fact)}, badge says ${s.basis}`);
    expect(wrong).toEqual([]);
  });
});

describe("the audit's cases are assumptions, through their facts", () => {
  it.each([
    ['Bearer with an API token', 'jwt-format', 'bearer-with-api-token-undocumented'],
    ['token share used up', 'rate-limit', 'rate-limit-headers-on-share-429-unknown'],
    ['creator with no admin role', 'creator-role', 'creator-no-admin-role'],
    ['creator deactivated', 'creator-active', 'creator-deactivated-response'],
    ['creator suspended', 'creator-active', 'creator-suspended'],
    ['non-ASCII value', 'token-format', 'token-value-format-undocumented'],
    ['empty value', 'token-format', 'token-value-format-undocumented'],
    ['iat in the future', 'jwt-expiry', 'management-api-clock-skew-undocumented'],
    ['read-only admin writing', 'creator-role', 'read-only-write-403-inferred'],
  ])('%s: the %s step cites %s', (name, check, fact) => {
    expect(deciding(name)).toMatchObject({ check, outcome: 'fail', fact, basis: 'assumption' });
  });

  it.each([
    ['super admin', 'route', 'check-order-route-first'],
    ['super admin', 'rate-limit', 'check-order-rate-limit-before-role'],
    ['super admin app', 'rate-limit', 'check-order-rate-limit-before-role'],
    ['super admin app', 'scope', 'check-order-scope-before-role'],
    ['user created', 'body-well-formed', 'check-order-body-after-authorization'],
    ['user created', 'resource-exists', 'check-order-body-after-authorization'],
    ['user created', 'body-valid', 'check-order-body-after-authorization'],
    ['super admin app', 'jwt-expiry', 'management-api-clock-skew-undocumented'],
    ['super admin', 'token-format', 'token-value-format-undocumented'],
  ])('%s: the passed %s step cites %s', (name, check, fact) => {
    expect(step(name, check)).toMatchObject({ outcome: 'pass', fact, basis: 'assumption' });
  });

  it('explains a non-ASCII token value as non-ASCII', () => {
    expect(deciding('non-ASCII value')?.detail).toMatch(/non-ASCII character \("é"\)/);
  });

  it('calls the two-minute skew a verifier library default, not the Management API rule', () => {
    expect(step('super admin app', 'jwt-expiry')?.summary).toMatch(/verifier library's default/);
  });

  it('says skipped checks rest on the undocumented first-failure model', () => {
    expect(step('no header', 'token-format')).toMatchObject({ outcome: 'skip', fact: 'check-order-undocumented' });
  });
});

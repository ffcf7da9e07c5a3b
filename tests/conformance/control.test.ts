/**
 * The control endpoints under `/__lab/` (a public contract: README, "Test your own code against
 * the lab"): JSON in and out, clear 4xx errors on bad input. And every playground scenario
 * loaded into the lab answers its own request with the outcome its lesson expects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeLabel } from '../../src/domain/outcome.ts';
import { loadScenario, scenarioIds } from '../../src/lab/scenarios.ts';
import type { LabServer } from '../../src/lab/server.ts';
import { keyPair } from '../support/jws.ts';
import { adminId, lab, READ_ONLY, startLab, SUPER } from './helpers.ts';

let server: LabServer;

beforeAll(async () => {
  server = await startLab({ clock: 'manual' });
});
afterAll(() => server.close());

/** A control call that may fail: status and JSON body. */
async function raw(method: string, path: string, body?: string) {
  const res = await fetch(`${server.url}/__lab/${path}`, { method, ...(body === undefined ? {} : { body }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('control endpoints', () => {
  it('GET /__lab/ lists the endpoints', async () => {
    const { status, body } = await raw('GET', '');
    expect(status).toBe(200);
    expect(body['endpoints']).toContain('GET /__lab/admins');
  });

  it('GET /__lab/admins returns id, login, role and status', async () => {
    const admins = await lab<Record<string, unknown>[]>(server, 'GET', 'admins');
    expect(admins).toHaveLength(5);
    expect(Object.keys(admins[0] ?? {})).toEqual(['id', 'login', 'role', 'status']);
    expect(admins[0]).toMatchObject({ login: SUPER, role: 'SUPER_ADMIN', status: 'ACTIVE' });
  });

  it('POST /__lab/tokens creates a lab token; DELETE /__lab/tokens/<id> revokes it', async () => {
    const made = await lab<{ id: string; value: string }>(server, 'POST', 'tokens', {
      name: 'ci',
      adminId: await adminId(server, READ_ONLY),
    });
    expect(made.id).toMatch(/^00T\w{17}$/);
    expect(made.value).toMatch(/^00lab\./);
    const auth = { Authorization: `SSWS ${made.value}` };
    expect((await fetch(`${server.url}/api/v1/users/me`, { headers: auth })).status).toBe(200);
    expect(await lab(server, 'DELETE', `tokens/${made.id}`)).toMatchObject({ id: made.id, status: 'REVOKED' });
    expect((await fetch(`${server.url}/api/v1/users/me`, { headers: auth })).status).toBe(401);
    expect(await raw('DELETE', `tokens/${made.id}`)).toMatchObject({ status: 404, body: { error: 'not-found' } });
  });

  it.each([
    ['{"adminId":"nobody"}', 404, 'not-found'],
    ['{"name":""}', 400, 'invalid'],
    ['{"name":"x","rateLimitPercent":1}', 400, 'invalid'],
    ['[1,2]', 400, 'invalid_json'],
    ['{"name":', 400, 'invalid_json'],
  ])('POST /__lab/tokens %s: %i %s', async (body, status, error) => {
    expect(await raw('POST', 'tokens', body)).toMatchObject({ status, body: { error } });
  });

  it('POST /__lab/clock advances by an ISO-8601 duration or by days', async () => {
    const before = Date.parse((await lab<{ now: string }>(server, 'GET', 'clock')).now);
    const after = await lab<{ now: string; mode: string }>(server, 'POST', 'clock', { advance: 'P1DT2H' });
    expect(Date.parse(after.now) - before).toBe(26 * 3_600_000);
    expect(after.mode).toBe('manual');
    const days = await lab<{ now: string }>(server, 'POST', 'clock', { advance: 1.5 });
    expect(Date.parse(days.now) - Date.parse(after.now)).toBe(36 * 3_600_000);
  });

  it.each([['"P1M"'], ['"P1Y"'], ['"yesterday"'], ['0'], ['-2'], ['"PT0S"'], ['null']])(
    'POST /__lab/clock refuses advance %s',
    async (advance) => {
      expect(await raw('POST', 'clock', `{"advance":${advance}}`)).toMatchObject({
        status: 400,
        body: { error: 'invalid_advance' },
      });
    },
  );

  it('POST /__lab/admins/<id> changes a role or a status, one at a time', async () => {
    const login = 'kai.ops@example.com';
    const id = server.org.sim.console.createAdmin({ login, role: 'ORG_ADMIN' }).id;
    expect(await lab(server, 'POST', `admins/${id}`, { role: 'READ_ONLY_ADMIN' })).toMatchObject({
      role: 'READ_ONLY_ADMIN',
    });
    expect(await lab(server, 'POST', `admins/${login}`, { status: 'SUSPENDED' })).toMatchObject({
      status: 'SUSPENDED',
    });
    expect(await raw('POST', `admins/${id}`, '{"role":"ROOT"}')).toMatchObject({ status: 400 });
    expect(await raw('POST', `admins/${id}`, '{"role":null,"status":"ACTIVE"}')).toMatchObject({ status: 400 });
    expect(await raw('POST', 'admins/00uNOPE', '{"role":null}')).toMatchObject({ status: 404 });
  });

  it('POST /__lab/apps registers a service app with public keys; private keys are refused', async () => {
    const key = await keyPair('ES256', 'app-key');
    const app = await lab<{ clientId: string; role: string; dpop: boolean }>(server, 'POST', 'apps', {
      name: 'sync',
      scopes: ['okta.users.read'],
      jwks: { keys: [key.publicJwk] },
      dpop: true,
    });
    expect(app).toMatchObject({
      clientId: expect.stringMatching(/^0oa\w{17}$/) as string,
      role: 'SUPER_ADMIN',
      dpop: true,
    });
    const priv = await crypto.subtle.exportKey('jwk', key.privateKey);
    expect(
      await raw('POST', 'apps', JSON.stringify({ name: 'x', scopes: ['okta.users.read'], jwks: { keys: [priv] } })),
    ).toMatchObject({
      status: 400,
      body: { message: expect.stringContaining('PUBLIC key only') as string },
    });
    expect(await raw('POST', 'apps', '{"name":"x","scopes":["users"]}')).toMatchObject({ status: 400 });
    expect(await raw('POST', 'apps', '{"name":"x","scopes":["okta.users.read"],"jwks":[]}')).toMatchObject({
      status: 400,
    });
  });

  it('GET /__lab/logs returns the System Log; GET /__lab/trace/<unknown> is 404', async () => {
    const logs = await lab<{ eventType: string }[]>(server, 'GET', 'logs');
    expect(logs.map((e) => e.eventType)).toContain('system.api_token.create');
    expect(await raw('GET', 'trace/reqNOPE')).toMatchObject({ status: 404, body: { error: 'unknown_request' } });
  });

  it('answers unknown control paths and methods with 404 listing the endpoints', async () => {
    expect(await raw('GET', 'nope')).toMatchObject({ status: 404, body: { error: 'unknown_control' } });
    expect(await raw('PUT', 'clock', '{}')).toMatchObject({ status: 404 });
  });

  it('POST /__lab/reset rebuilds the seeded org with the same lab token value', async () => {
    const first = server.org.token?.value;
    await lab(server, 'POST', 'tokens', { name: 'extra' });
    const reset = await lab<{ token: { value: string } }>(server, 'POST', 'reset');
    expect(reset.token.value).toBe(first);
    const tokens = await lab<unknown[]>(server, 'GET', 'tokens');
    expect(tokens).toHaveLength(1);
  });

  it('POST /__lab/scenario/<unknown> is 404', async () => {
    expect(await raw('POST', 'scenario/nope')).toMatchObject({ status: 404, body: { error: 'unknown_scenario' } });
    expect(await raw('POST', 'scenario/..%2Fpackage')).toMatchObject({ status: 404 });
  });
});

describe('playground scenarios in the lab', () => {
  const withGoal = scenarioIds().filter((id) => {
    // A task's goal is a list of checks over what the reader does, not one outcome to compare.
    const goal = loadScenario(id)?.goal;
    return goal && 'outcome' in goal;
  });

  it.each(withGoal)('%s answers its request with the lesson’s expected outcome', async (id) => {
    const load = await lab<{
      request: { method: string; path: string; headers: Record<string, string>; body?: string };
    }>(server, 'POST', `scenario/${id}`);
    const { method, path, headers, body } = load.request;
    const res = await fetch(`${server.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const responseHeaders: Record<string, string> = {};
    res.headers.forEach((v, k) => (responseHeaders[k] = v));
    const text = await res.text();
    const label = outcomeLabel({
      status: res.status,
      headers: responseHeaders,
      body: text ? (JSON.parse(text) as unknown) : null,
    });
    const goal = loadScenario(id)?.goal;
    expect(label).toBe(goal && 'outcome' in goal ? goal.outcome : undefined);
  });
});

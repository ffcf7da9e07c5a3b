/** `POST /api/v1/groups`: creating a group, its validation, who may do it, and what it logs. */
import { describe, expect, it } from 'vitest';
import { appToken, label, newSim, send, tokenFor } from './helpers.ts';

type Group = { id: string; type: string; profile: { name: string; description: string }; created: string };
type ErrorBody = { errorSummary: string; errorCauses: { errorSummary: string }[] };

async function asSuperAdmin() {
  const sim = newSim();
  const token = await tokenFor(sim, 'super-admin');
  const post = (body: string) => send(sim, 'POST', '/api/v1/groups', `SSWS ${token.value}`, { body });
  return { sim, token, post };
}

describe('POST /api/v1/groups', () => {
  it('creates an Okta group that the API lists and fetches afterwards', async () => {
    const { sim, token, post } = await asSuperAdmin();
    const res = await post('{"profile":{"name":"Auditors","description":"Reads the books"}}');
    expect(res.status).toBe(200);
    const group = res.body as Group;
    expect(group).toMatchObject({
      type: 'OKTA_GROUP',
      profile: { name: 'Auditors', description: 'Reads the books' },
      created: new Date(sim.now()).toISOString(),
    });
    expect(group.id).toMatch(/^00g[A-Za-z0-9]{17}$/);
    expect(res.trace.every((s) => s.outcome === 'pass')).toBe(true);

    const fetched = await send(sim, 'GET', `/api/v1/groups/${group.id}`, `SSWS ${token.value}`);
    expect(fetched.body).toEqual(group);
    const listed = await send(sim, 'GET', '/api/v1/groups?q=aud', `SSWS ${token.value}`);
    expect((listed.body as Group[]).map((g) => g.profile.name)).toEqual(['Auditors']);
  });

  it('defaults a missing or null description to an empty one', async () => {
    const { post } = await asSuperAdmin();
    for (const body of ['{"profile":{"name":"A"}}', '{"profile":{"name":"B","description":null}}']) {
      const res = await post(body);
      expect(res.status).toBe(200);
      expect((res.body as Group).profile.description).toBe('');
    }
  });

  it('writes group.lifecycle.create naming the token that made the call', async () => {
    const { sim, token, post } = await asSuperAdmin();
    const res = await post('{"profile":{"name":"Auditors"}}');
    const event = sim.systemLog().at(-1);
    expect(event).toMatchObject({
      eventType: 'group.lifecycle.create',
      displayMessage: 'Create Okta group',
      actor: { type: 'User', alternateId: 'alex.rivera@example.com' },
      target: [{ id: (res.body as Group).id, type: 'UserGroup', displayName: 'Auditors' }],
      client: { ipAddress: '192.0.2.10' },
      transaction: { id: res.headers['X-Okta-Request-Id'], detail: { requestApiTokenId: token.id } },
    });
  });

  it('logs a service app as the actor, with no API token to name', async () => {
    const sim = newSim();
    const { app, at } = await appToken(sim, ['okta.groups.manage'], 'SUPER_ADMIN');
    const res = await send(sim, 'POST', '/api/v1/groups', `Bearer ${at}`, { body: '{"profile":{"name":"Bots"}}' });
    expect(res.status).toBe(200);
    expect(sim.systemLog().at(-1)).toMatchObject({
      eventType: 'group.lifecycle.create',
      actor: { id: app.clientId, type: 'PublicClientApp' },
      transaction: { detail: {} },
    });
  });

  it.each([
    ['no profile', '{}', 'name: The field cannot be left blank'],
    ['a profile that is not an object', '{"profile":"Auditors"}', 'name: The field cannot be left blank'],
    ['no name', '{"profile":{"description":"x"}}', 'name: The field cannot be left blank'],
    ['a blank name', '{"profile":{"name":"   "}}', 'name: The field cannot be left blank'],
    ['a name that is not a string', '{"profile":{"name":42}}', 'name: The field cannot be left blank'],
    [
      'a description that is not a string',
      '{"profile":{"name":"A","description":7}}',
      'description: The value must be a string or null',
    ],
  ])('refuses %s with 400 E0000001 and the reason in errorCauses', async (_, body, cause) => {
    const { sim, post } = await asSuperAdmin();
    const groups = sim.snapshot().groups.length;
    const res = await post(body);
    expect(label(res)).toBe('400 E0000001');
    const error = res.body as ErrorBody;
    expect(error.errorSummary).toBe(`Api validation failed: ${cause.split(':')[0]}`);
    expect(error.errorCauses).toEqual([{ errorSummary: cause }]);
    expect(res.trace.find((s) => s.outcome === 'fail')?.check).toBe('body-valid');
    expect(sim.snapshot().groups).toHaveLength(groups);
  });

  it('answers a body that is not JSON with 400 E0000003', async () => {
    const { post } = await asSuperAdmin();
    const res = await post('{"profile":');
    expect(label(res)).toBe('400 E0000003');
    expect(res.trace.find((s) => s.outcome === 'fail')?.check).toBe('body-well-formed');
  });

  it.each(['group-admin', 'group-membership-admin', 'read-only-admin'] as const)(
    "refuses a %s's token with 403 E0000006 and creates nothing",
    async (handle) => {
      const sim = newSim();
      const { value } = await tokenFor(sim, handle);
      const before = sim.systemLog().length;
      const res = await send(sim, 'POST', '/api/v1/groups', `SSWS ${value}`, { body: '{"profile":{"name":"X"}}' });
      expect(label(res)).toBe('403 E0000006');
      expect(res.trace.find((s) => s.outcome === 'fail')?.check).toBe('creator-role');
      expect(sim.snapshot().groups.map((g) => g.name)).not.toContain('X');
      expect(sim.systemLog()).toHaveLength(before);
    },
  );

  it('refuses an access token with only okta.groups.read: 403 insufficient_scope naming okta.groups.manage', async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.groups.read'], 'SUPER_ADMIN');
    const res = await send(sim, 'POST', '/api/v1/groups', `Bearer ${at}`, { body: '{"profile":{"name":"X"}}' });
    expect(label(res)).toBe('403 insufficient_scope');
    expect(res.headers['WWW-Authenticate']).toContain('scope="okta.groups.manage"');
  });
});

/** The operations behind the routes: user reads and writes, the System Log filter, token metadata. */
import { describe, expect, it } from 'vitest';
import { appToken, label, newSim, send, tokenFor, userId } from './helpers.ts';

type User = { id: string; status: string; profile: Record<string, string | null> };
type ErrorBody = { errorCauses: { errorSummary: string }[] };

async function superAdmin() {
  const sim = newSim();
  const token = await tokenFor(sim, 'super-admin');
  const call = (method: string, url: string, body?: string) =>
    send(sim, method, url, `SSWS ${token.value}`, body === undefined ? {} : { body });
  return { sim, token, call };
}

const causes = (body: unknown) => (body as ErrorBody).errorCauses.map((c) => c.errorSummary);

describe('GET /api/v1/users', () => {
  it.each([
    ['q matches a first-name prefix, case-insensitively', '?q=SOF', ['sofia.garcia@example.com']],
    ['q matches a last-name prefix', '?q=pat', ['ava.patel@example.com']],
    [
      'a status filter finds deprovisioned users',
      '?filter=status%20eq%20%22DEPROVISIONED%22',
      ['lucas.martin@example.com'],
    ],
    ['a status filter for suspended users', '?filter=status eq "SUSPENDED"', ['emma.novak@example.com']],
    ['limit cuts the list', '?limit=2', ['alex.rivera@example.com', 'priya.shah@example.com']],
  ])('%s', async (_, query, logins) => {
    const { call } = await superAdmin();
    const res = await call('GET', `/api/v1/users${query}`);
    expect((res.body as User[]).map((u) => u.profile['login'])).toEqual(logins);
  });

  it.each(['0', '-1', 'abc', '1.5'])('ignores limit=%s and lists every active user', async (limit) => {
    const { call } = await superAdmin();
    expect(await call('GET', `/api/v1/users?limit=${limit}`).then((r) => (r.body as User[]).length)).toBe(10);
  });

  it('refuses a filter it does not support with 400 E0000001', async () => {
    const { call } = await superAdmin();
    const res = await call('GET', '/api/v1/users?filter=lastName eq "Kim"');
    expect(label(res)).toBe('400 E0000001');
    expect(causes(res.body)).toEqual(['filter: The simulator supports only status eq "STATUS"']);
  });
});

describe('GET /api/v1/users/me', () => {
  it('finds no user for a service app, which has none', async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.users.read']);
    const res = await send(sim, 'GET', '/api/v1/users/me', `Bearer ${at}`);
    expect(label(res)).toBe('404 E0000007');
    expect((res.body as { errorSummary: string }).errorSummary).toBe('Not found: Resource not found: me (User)');
  });
});

describe('user writes', () => {
  const kim = '{"profile":{"firstName":"Kim","lastName":"Ng","email":"kim@example.com","login":"kim@example.com"}';

  it.each([
    ['no credentials: PROVISIONED', `${kim}}`, '', 'PROVISIONED'],
    ['a password: ACTIVE', `${kim},"credentials":{"password":{"value":"Secret-123"}}}`, '', 'ACTIVE'],
    [
      'activate=false: STAGED',
      `${kim},"credentials":{"password":{"value":"Secret-123"}}}`,
      '?activate=false',
      'STAGED',
    ],
  ])('creates a user with %s', async (_, body, query, status) => {
    const { sim, call } = await superAdmin();
    const res = await call('POST', `/api/v1/users${query}`, body);
    expect((res.body as User).status).toBe(status);
    expect(sim.snapshot().groups.find((g) => g.name === 'Everyone')?.userIds).toContain((res.body as User).id);
  });

  it.each([
    ['no profile', '{}', ['profile: The field cannot be left blank']],
    [
      'a duplicate login in another case',
      '{"profile":{"firstName":"A","lastName":"B","email":"a@example.com","login":"SOFIA.GARCIA@example.com"}}',
      ['login: An object with this field already exists in the current organization'],
    ],
    [
      'a login that is not an e-mail address',
      '{"profile":{"firstName":"A","lastName":"B","email":"a@example.com","login":"kim"}}',
      ['login: Does not match required pattern'],
    ],
    [
      'missing names and a number',
      '{"profile":{"email":"a@example.com","login":"a@example.com","nickName":7}}',
      [
        'firstName: The field cannot be left blank',
        'lastName: The field cannot be left blank',
        'nickName: The value must be a string or null',
      ],
    ],
  ])('refuses a new user with %s', async (_, body, expected) => {
    const { call } = await superAdmin();
    const res = await call('POST', '/api/v1/users', body);
    expect(label(res)).toBe('400 E0000001');
    expect(causes(res.body)).toEqual(expected);
  });

  it('updates only the attributes sent with POST, and replaces the whole profile with PUT', async () => {
    const { sim, call } = await superAdmin();
    const id = userId(sim, 'noah.kim@example.com');
    const partial = await call('POST', `/api/v1/users/${id}`, '{"profile":{"nickName":"Noe"}}');
    expect((partial.body as User).profile).toMatchObject({ firstName: 'Noah', nickName: 'Noe' });
    const full = await call(
      'PUT',
      `/api/v1/users/${id}`,
      '{"profile":{"firstName":"Noah","lastName":"Kim","email":"noah.kim@example.com","login":"noah.kim@example.com"}}',
    );
    expect((full.body as User).profile).toMatchObject({ firstName: 'Noah', nickName: null, mobilePhone: null });
  });

  it('keeps a user unchanged by a POST without a profile, and refuses a PUT without one', async () => {
    const { sim, call } = await superAdmin();
    const id = userId(sim, 'noah.kim@example.com');
    const before = sim.systemLog().length;
    expect((await call('POST', `/api/v1/users/${id}`, '{}')).status).toBe(200);
    expect(sim.systemLog()).toHaveLength(before);
    expect(causes((await call('PUT', `/api/v1/users/${id}`, '{}')).body)).toEqual([
      'profile: The field cannot be left blank',
    ]);
    expect(causes((await call('POST', `/api/v1/users/${id}`, '{"profile":[]}')).body)).toEqual([
      'profile: The field cannot be left blank',
    ]);
  });

  it('never copies a __proto__ attribute into a profile', async () => {
    const { sim, call } = await superAdmin();
    const id = userId(sim, 'noah.kim@example.com');
    const res = await call('POST', `/api/v1/users/${id}`, '{"profile":{"__proto__":"x","constructor":"y"}}');
    expect(Object.keys((res.body as User).profile)).not.toContain('constructor');
    expect(Object.getPrototypeOf((res.body as User).profile)).toBe(Object.prototype);
  });

  it('deactivates on the first DELETE and deletes on the second', async () => {
    const { sim, call } = await superAdmin();
    const id = userId(sim, 'ava.patel@example.com');
    expect((await call('DELETE', `/api/v1/users/${id}`)).status).toBe(204);
    expect(sim.console.listUsers().find((u) => u.id === id)?.status).toBe('DEPROVISIONED');
    expect(sim.systemLog().at(-1)?.eventType).toBe('user.lifecycle.deactivate');
    expect((await call('DELETE', `/api/v1/users/${id}`)).status).toBe(204);
    expect(sim.console.listUsers().some((u) => u.id === id)).toBe(false);
    expect(sim.snapshot().groups.some((g) => g.userIds.includes(id))).toBe(false);
    expect(label(await call('GET', `/api/v1/users/${id}`))).toBe('404 E0000007');
  });

  it.each([
    ['suspend', 'ACTIVE', 'SUSPENDED', 'user.lifecycle.suspend'],
    ['unsuspend', 'SUSPENDED', 'ACTIVE', 'user.lifecycle.unsuspend'],
    ['deactivate', 'ACTIVE', 'DEPROVISIONED', 'user.lifecycle.deactivate'],
    ['activate', 'DEPROVISIONED', 'ACTIVE', 'user.lifecycle.activate'],
  ])('%s moves a user from %s to %s and logs %s', async (verb, from, to, eventType) => {
    const { sim, call } = await superAdmin();
    const login =
      { ACTIVE: 'noah.kim@example.com', SUSPENDED: 'emma.novak@example.com' }[from] ?? 'lucas.martin@example.com';
    const id = userId(sim, login);
    const res = await call('POST', `/api/v1/users/${id}/lifecycle/${verb}`, '');
    expect(res.body).toEqual({});
    expect(sim.console.listUsers().find((u) => u.id === id)?.status).toBe(to);
    expect(sim.systemLog().at(-1)).toMatchObject({ eventType, target: [{ id }] });
  });
});

describe('GET /api/v1/logs', () => {
  it.each([
    ['eventType', 'filter=eventType eq "user.lifecycle.suspend"', ['user.lifecycle.suspend']],
    ['actor.id', 'filter=actor.id eq "{alex}"&limit=1', ['user.lifecycle.suspend']],
    ['target.id', 'filter=target.id eq "{sofia}"', ['user.account.update_profile']],
  ])('filters on %s', async (_, query, types) => {
    const { sim, call } = await superAdmin();
    const url = `/api/v1/logs?${query}`
      .replace('{alex}', userId(sim, 'alex.rivera@example.com'))
      .replace('{sofia}', userId(sim, 'sofia.garcia@example.com'));
    const res = await call('GET', url);
    expect((res.body as { eventType: string }[]).map((e) => e.eventType)).toEqual(types);
  });

  it.each(['displayMessage eq "x"', 'eventType co "user"', 'eventType eq user'])(
    'refuses the filter %s with 400 E0000001',
    async (filter) => {
      const { call } = await superAdmin();
      const res = await call('GET', `/api/v1/logs?filter=${encodeURIComponent(filter)}`);
      expect(label(res)).toBe('400 E0000001');
      expect(causes(res.body)[0]).toMatch(/^filter: The simulator supports only one/);
    },
  );
});

describe('API token operations', () => {
  it('answers 404 for an unknown, revoked or expired token id', async () => {
    const { sim, call } = await superAdmin();
    const other = await tokenFor(sim, 'org-admin');
    sim.console.revokeApiToken(other.id);
    for (const id of ['00Tnope', other.id]) {
      expect(label(await call('GET', `/api/v1/api-tokens/${id}`))).toBe('404 E0000007');
      expect(label(await call('DELETE', `/api/v1/api-tokens/${id}`))).toBe('404 E0000007');
      expect(label(await call('PUT', `/api/v1/api-tokens/${id}`, '{"network":{"connection":"ANYWHERE"}}'))).toBe(
        '404 E0000007',
      );
    }
  });

  it.each([
    ['a blank name', '{"name":" ","network":{"connection":"ANYWHERE"}}', 'name: The field cannot be left blank'],
    [
      'a name that is not a string',
      '{"name":5,"network":{"connection":"ANYWHERE"}}',
      'name: The field cannot be left blank',
    ],
    ['no network', '{"name":"CI"}', 'network: must be an object'],
  ])('refuses a PUT with %s', async (_, body, cause) => {
    const { call, token } = await superAdmin();
    const res = await call('PUT', `/api/v1/api-tokens/${token.id}`, body);
    expect(label(res)).toBe('400 E0000001');
    expect(causes(res.body)).toEqual([cause]);
  });

  it('renames a token with PUT and logs the change with the token that made it', async () => {
    const { sim, call, token } = await superAdmin();
    const res = await call(
      'PUT',
      `/api/v1/api-tokens/${token.id}`,
      '{"name":"Renamed","network":{"connection":"ANYWHERE"}}',
    );
    expect(res.body).toMatchObject({ id: token.id, name: 'Renamed' });
    expect(sim.systemLog().at(-1)).toMatchObject({
      eventType: 'system.api_token.update',
      transaction: { detail: { requestApiTokenId: token.id } },
    });
  });
});

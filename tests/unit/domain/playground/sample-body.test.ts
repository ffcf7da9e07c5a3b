import { describe, expect, it } from 'vitest';
import { createOktaSim } from '../../../../src/domain/okta-sim/index.ts';
import type { BuiltRequest } from '../../../../src/domain/playground/request.ts';
import { sampleBody, withMethod } from '../../../../src/domain/playground/sample-body.ts';

const get: BuiltRequest = {
  method: 'GET',
  path: '/api/v1/users',
  authorization: '',
  headerText: 'Accept: application/json',
  body: '',
};

describe('sample bodies for writes', () => {
  it('turning a GET into a POST adds the sample body and a JSON Content-Type', () => {
    const post = withMethod(get, 'POST');
    expect(post.method).toBe('POST');
    expect(JSON.parse(post.body)).toMatchObject({ profile: { login: 'kim.lee@example.com' } });
    expect(post.headerText).toBe('Accept: application/json\nContent-Type: application/json');
  });

  it('keeps a body the reader typed, and adds none to GET or DELETE', () => {
    expect(withMethod({ ...get, body: '{"mine":1}' }, 'PUT').body).toBe('{"mine":1}');
    expect(withMethod(get, 'DELETE').body).toBe('');
  });

  it.each([
    ['POST', '/api/v1/users', 200],
    ['POST', '/api/v1/groups', 200],
    ['POST', 'USER', 200],
    ['PUT', 'TOKEN', 200],
    ['POST', 'LIFECYCLE', 200],
  ] as const)('%s %s with the sample body passes the body checks (%d)', async (method, path, status) => {
    const sim = createOktaSim({ seed: 'sample-body' });
    const admin = sim.console.listAdmins().find((a) => a.role === 'SUPER_ADMIN')?.id ?? '';
    const { token, value } = await sim.console.createApiToken({ name: 'CI', adminId: admin });
    const user = sim.console.listUsers().find((u) => !u.role && u.status === 'ACTIVE')?.id ?? '';
    const real =
      path === 'USER'
        ? `/api/v1/users/${user}`
        : path === 'TOKEN'
          ? `/api/v1/api-tokens/${token.id}`
          : path === 'LIFECYCLE'
            ? `/api/v1/users/${user}/lifecycle/suspend`
            : path;
    const res = await sim.handle({
      method,
      url: real,
      headers: { Authorization: `SSWS ${value}`, 'Content-Type': 'application/json' },
      body: sampleBody(real),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
  });
});

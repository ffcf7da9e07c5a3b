/** Admin Console actions and the ones it refuses. */
import { describe, expect, it } from 'vitest';
import { ConsoleError } from '../../../../src/domain/okta-sim/index.ts';
import { adminId, newSim, tokenFor } from './helpers.ts';

describe('the seeded org', () => {
  it('has the documented admins, users, groups and log events', () => {
    const sim = newSim();
    const roles = Object.fromEntries(sim.console.listAdmins().map((a) => [a.login, a.role]));
    expect(roles).toEqual({
      'alex.rivera@example.com': 'SUPER_ADMIN',
      'priya.shah@example.com': 'ORG_ADMIN',
      'jordan.lee@example.com': 'READ_ONLY_ADMIN',
      'mei.chen@example.com': 'GROUP_ADMIN',
      'omar.haddad@example.com': 'GROUP_MEMBERSHIP_ADMIN',
    });
    const statuses = sim.console.listUsers().map((u) => u.status);
    expect(statuses.filter((s) => s === 'ACTIVE').length).toBeGreaterThanOrEqual(5);
    expect(statuses).toContain('SUSPENDED');
    expect(statuses).toContain('DEPROVISIONED');
    expect(sim.snapshot().groups.map((g) => g.name)).toEqual(['Everyone', 'Engineering', 'Finance', 'Support']);
    expect(sim.systemLog().length).toBeGreaterThanOrEqual(3);
    expect(sim.snapshot().orgUrl).toBe('https://tokenlab.okta.example');
  });
});

describe('createApiToken', () => {
  it.each(['SUPER_ADMIN', 'ORG_ADMIN', 'GROUP_ADMIN', 'GROUP_MEMBERSHIP_ADMIN', 'READ_ONLY_ADMIN'] as const)(
    'lets a %s create a token',
    async (role) => {
      const sim = newSim();
      const admin = sim.console.createAdmin({ login: `x.${role.toLowerCase()}@example.com`, role });
      const { token } = await sim.console.createApiToken({ name: 'T', adminId: admin.id });
      expect(token).toMatchObject({
        userId: admin.id,
        rateLimitPercent: 50,
        status: 'ACTIVE',
        network: { connection: 'ANYWHERE' },
      });
    },
  );

  it.each([
    [{ rateLimitPercent: 0 }, 'invalid'],
    [{ rateLimitPercent: 4 }, 'invalid'],
    [{ rateLimitPercent: 101 }, 'invalid'],
    [{ name: '' }, 'invalid'],
    [{ network: { connection: 'ZONE' as const } }, 'invalid'],
    [{ network: { connection: 'ZONE' as const, include: ['nzoUnknown'] } }, 'invalid'],
    [{ adminId: '00uNobody' }, 'not-found'],
  ])('refuses %j with a ConsoleError (%s)', async (override, code) => {
    const sim = newSim();
    const attempt = sim.console.createApiToken({ name: 'T', adminId: adminId(sim, 'super-admin'), ...override });
    await expect(attempt).rejects.toBeInstanceOf(ConsoleError);
    await expect(attempt).rejects.toMatchObject({ code });
  });

  it('writes system.api_token.create with the admin as actor', async () => {
    const sim = newSim();
    const { id } = await tokenFor(sim, 'org-admin');
    const event = sim.systemLog().at(-1);
    expect(event).toMatchObject({
      eventType: 'system.api_token.create',
      actor: { id: adminId(sim, 'org-admin') },
      target: [{ id, type: 'Token' }],
    });
  });
});

describe('other console actions', () => {
  it('refuses duplicate logins, bad roles and unknown users', () => {
    const sim = newSim();
    expect(() => sim.console.createAdmin({ login: 'alex.rivera@example.com', role: 'ORG_ADMIN' })).toThrow(
      expect.objectContaining({ code: 'duplicate' }),
    );
    expect(() => sim.console.createAdmin({ login: 'kim@example.com', role: 'KING' as never })).toThrow(
      expect.objectContaining({ code: 'invalid' }),
    );
    expect(() => sim.console.setAdminRole('00uNobody', null)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => sim.console.setUserStatus(adminId(sim, 'org-admin'), 'GONE' as never)).toThrow(
      expect.objectContaining({ code: 'invalid' }),
    );
  });

  it('shows DEACTIVATED as DEPROVISIONED and logs the lifecycle event', () => {
    const sim = newSim();
    const user = sim.console.setUserStatus(adminId(sim, 'group-admin'), 'DEACTIVATED');
    expect(user.status).toBe('DEPROVISIONED');
    expect(sim.systemLog().at(-1)).toMatchObject({ eventType: 'user.lifecycle.deactivate', target: [{ id: user.id }] });
  });

  it('refuses to revoke a token twice', async () => {
    const sim = newSim();
    const { id } = await tokenFor(sim, 'super-admin');
    expect(sim.console.revokeApiToken(id).status).toBe('REVOKED');
    expect(() => sim.console.revokeApiToken(id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('validates service apps and only issues granted scopes', async () => {
    const sim = newSim();
    expect(() => sim.console.createServiceApp({ name: 'x', grantedScopes: ['users.read'], role: null })).toThrow(
      expect.objectContaining({ code: 'invalid' }),
    );
    const app = sim.console.createServiceApp({
      name: 'Svc',
      grantedScopes: ['okta.users.read'],
      role: 'READ_ONLY_ADMIN',
    });
    expect(app.clientId).toMatch(/^0oa[A-Za-z0-9]{17}$/);
    await expect(
      sim.console.issueAccessToken({ clientId: app.clientId, scopes: ['okta.logs.read'] }),
    ).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(
      sim.console.issueAccessToken({ clientId: '0oaNope', scopes: ['okta.users.read'] }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      sim.console.issueAccessToken({ clientId: app.clientId, scopes: ['okta.users.read'], ttlSeconds: 0 }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('issues an ID token only for a sign-in to a web app: a service app has no user sign-in', async () => {
    const sim = newSim();
    const userId = adminId(sim, 'super-admin');
    const svc = sim.console.createServiceApp({ name: 'Svc', grantedScopes: ['okta.users.read'], role: null });
    await expect(sim.console.issueIdToken({ clientId: svc.clientId, userId })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('no user signs in') as unknown,
    });
    await expect(sim.console.createWebApp({ name: ' ' })).rejects.toMatchObject({ code: 'invalid' });
    const web = await sim.console.createWebApp({ name: 'Portal' });
    expect(web.clientId).toMatch(/^0oa[A-Za-z0-9]{17}$/);
    const id = await sim.console.issueIdToken({ clientId: web.clientId, userId });
    const payload = JSON.parse(atob(id.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<
      string,
      unknown
    >;
    expect(payload).toMatchObject({ aud: web.clientId, sub: userId });
    expect(payload).not.toHaveProperty('scp');
    // A web app holds no Okta API scopes, so client credentials give it no Management API token.
    await expect(
      sim.console.issueAccessToken({ clientId: web.clientId, scopes: ['okta.users.read'] }),
    ).rejects.toMatchObject({ code: 'not-allowed' });
  });

  it('issues RS256 access tokens with the documented claims, and the same JWT for the same seed', async () => {
    const make = async () => {
      const sim = newSim('jwt');
      const app = sim.console.createServiceApp({
        name: 'Svc',
        grantedScopes: ['okta.users.read'],
        role: 'READ_ONLY_ADMIN',
      });
      return {
        app,
        jwt: await sim.console.issueAccessToken({ clientId: app.clientId, scopes: ['okta.users.read'] }),
        sim,
      };
    };
    const { app, jwt, sim } = await make();
    expect((await make()).jwt).toBe(jwt);
    const [h, p] = jwt
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);
    expect(h).toEqual({ kid: sim.snapshot().kid, alg: 'RS256' });
    expect(Object.keys(p ?? {})).toEqual(['ver', 'jti', 'iss', 'aud', 'iat', 'exp', 'cid', 'scp', 'sub']);
    expect(p).toMatchObject({ iss: 'https://tokenlab.okta.example', cid: app.clientId, scp: ['okta.users.read'] });
    expect(Number(p?.['exp']) - Number(p?.['iat'])).toBe(3600);
    expect(String(p?.['jti'])).toMatch(/^AT\./);
  });
});

/** The life of an API token: sliding expiry, revocation, its creator's status and role. */
import { describe, expect, it } from 'vitest';
import { adminId, DAY, label, newSim, send, tokenFor } from './helpers.ts';

const USERS = '/api/v1/users';

describe('the sliding 30-day window', () => {
  it('keeps a token used on day 29 valid on day 58', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    sim.advanceTime(29 * DAY);
    expect(label(await send(sim, 'GET', USERS, `SSWS ${value}`))).toBe('200');
    sim.advanceTime(29 * DAY);
    expect(label(await send(sim, 'GET', USERS, `SSWS ${value}`))).toBe('200');
  });

  it('expires a token unused for 30 days and one second, but not at exactly 30 days', async () => {
    const sim = newSim();
    const a = await tokenFor(sim, 'super-admin');
    const b = await tokenFor(sim, 'org-admin');
    sim.advanceTime(30 * DAY);
    expect(label(await send(sim, 'GET', USERS, `SSWS ${a.value}`))).toBe('200');
    sim.advanceTime(1000);
    const res = await send(sim, 'GET', USERS, `SSWS ${b.value}`);
    expect(label(res)).toBe('401 E0000011');
    expect(res.trace.find((s) => s.outcome === 'fail')?.check).toBe('token-not-expired');
  });

  it('moves lastUsed and expiresAt with each call, as the console shows', async () => {
    const sim = newSim();
    const { id, value } = await tokenFor(sim, 'super-admin');
    const before = sim.console.listApiTokens().find((t) => t.id === id);
    expect(before?.lastUsed).toBeNull();
    expect(before?.expiresAt).toBe('2026-04-01T09:00:00.000Z');
    sim.advanceTime(10 * DAY);
    await send(sim, 'GET', USERS, `SSWS ${value}`);
    const after = sim.console.listApiTokens().find((t) => t.id === id);
    expect(after?.lastUsed).toBe('2026-03-12T09:00:00.000Z');
    expect(after?.expiresAt).toBe('2026-04-11T09:00:00.000Z');
    expect(after?.tokenWindow).toBe('P30D');
  });

  it('does not bring an expired token back when it is tried again', async () => {
    const sim = newSim();
    const { id, value } = await tokenFor(sim, 'super-admin');
    sim.advanceTime(31 * DAY);
    await send(sim, 'GET', USERS, `SSWS ${value}`);
    expect(label(await send(sim, 'GET', USERS, `SSWS ${value}`))).toBe('401 E0000011');
    expect(sim.console.listApiTokens().find((t) => t.id === id)?.status).toBe('EXPIRED');
  });
});

describe('revocation', () => {
  it('revokes in the console, writes system.api_token.revoke, and the value never works again', async () => {
    const sim = newSim();
    const { id, value } = await tokenFor(sim, 'super-admin');
    expect(label(await send(sim, 'GET', USERS, `SSWS ${value}`))).toBe('200');
    sim.console.revokeApiToken(id);
    expect(label(await send(sim, 'GET', USERS, `SSWS ${value}`))).toBe('401 E0000011');
    const events = sim.systemLog().filter((e) => e.eventType.startsWith('system.api_token.'));
    expect(events.map((e) => e.eventType)).toEqual(['system.api_token.create', 'system.api_token.revoke']);
    expect(events[0]?.displayMessage).toBe('Create API token');
    expect(events[1]?.target[0]?.id).toBe(id);
  });

  it('revokes by API with DELETE /api/v1/api-tokens/current and logs requestApiTokenId', async () => {
    const sim = newSim();
    const { id, value } = await tokenFor(sim, 'read-only-admin');
    const res = await send(sim, 'DELETE', '/api/v1/api-tokens/current', `SSWS ${value}`);
    expect(res.status).toBe(204);
    const revoke = sim.systemLog().find((e) => e.eventType === 'system.api_token.revoke');
    expect(revoke?.transaction.detail.requestApiTokenId).toBe(id);
    expect(revoke?.transaction.id).toBe(res.headers['X-Okta-Request-Id']);
    expect(label(await send(sim, 'GET', USERS, `SSWS ${value}`))).toBe('401 E0000011');
  });

  it('hides revoked and expired tokens from GET /api/v1/api-tokens', async () => {
    const sim = newSim();
    const live = await tokenFor(sim, 'super-admin');
    const revoked = await tokenFor(sim, 'org-admin');
    sim.console.revokeApiToken(revoked.id);
    const res = await send(sim, 'GET', '/api/v1/api-tokens', `SSWS ${live.value}`);
    expect((res.body as { id: string }[]).map((t) => t.id)).toEqual([live.id]);
    expect(label(await send(sim, 'GET', `/api/v1/api-tokens/${revoked.id}`, `SSWS ${live.value}`))).toBe(
      '404 E0000007',
    );
  });

  it('never shows a token value in metadata, logs or snapshots; only its SHA-256 hash is kept', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    await send(sim, 'GET', USERS, `SSWS ${value}`);
    const everything = JSON.stringify([sim.snapshot(), sim.systemLog(), sim.console.listApiTokens()]);
    expect(everything).not.toContain(value);
    expect(JSON.stringify(sim.snapshot().tokens)).toMatch(/"hash":"[0-9a-f]{64}"/);
  });
});

describe("the creator's status", () => {
  it("refuses a suspended creator's token (contested, so an assumption) and accepts it again after unsuspension (an assumption)", async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'org-admin');
    sim.console.setUserStatus(adminId(sim, 'org-admin'), 'SUSPENDED');
    const refused = await send(sim, 'GET', USERS, `SSWS ${value}`);
    expect(label(refused)).toBe('401 E0000011');
    expect(refused.trace.find((s) => s.outcome === 'fail')).toMatchObject({
      check: 'creator-active',
      fact: 'creator-suspended',
      basis: 'assumption',
    });
    sim.console.setUserStatus(adminId(sim, 'org-admin'), 'ACTIVE');
    const back = await send(sim, 'GET', USERS, `SSWS ${value}`);
    expect(label(back)).toBe('200');
    const step = back.trace.find((s) => s.check === 'creator-active');
    expect(step).toMatchObject({ outcome: 'pass', basis: 'assumption' });
    expect(step?.detail).toMatch(/conflict/);
  });

  it("refuses a deactivated creator's token (the response is contested, so an assumption) and follows the KB after reactivation", async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'org-admin');
    sim.console.setUserStatus(adminId(sim, 'org-admin'), 'DEACTIVATED');
    const refused = await send(sim, 'GET', USERS, `SSWS ${value}`);
    expect(refused.trace.find((s) => s.outcome === 'fail')).toMatchObject({
      check: 'creator-active',
      fact: 'creator-deactivated-response',
      basis: 'assumption',
    });
    expect(refused.trace.find((s) => s.outcome === 'fail')?.detail).toMatch(/401 E0000011 or 403 E0000006/);
    sim.console.setUserStatus(adminId(sim, 'org-admin'), 'ACTIVE');
    expect(label(await send(sim, 'GET', USERS, `SSWS ${value}`))).toBe('200');
  });

  it('refuses the token after another admin deactivates its creator through the API', async () => {
    const sim = newSim();
    const hr = await tokenFor(sim, 'org-admin');
    const boss = await tokenFor(sim, 'super-admin');
    const res = await send(
      sim,
      'POST',
      `/api/v1/users/${adminId(sim, 'org-admin')}/lifecycle/deactivate`,
      `SSWS ${boss.value}`,
      { body: '' },
    );
    expect(res.status).toBe(200);
    expect(label(await send(sim, 'GET', USERS, `SSWS ${hr.value}`))).toBe('401 E0000011');
    const event = sim
      .systemLog()
      .find((e) => e.eventType === 'user.lifecycle.deactivate' && e.transaction.detail.requestApiTokenId);
    expect(event?.transaction.detail.requestApiTokenId).toBe(boss.id);
  });

  it('does not let a suspended or role-less admin create a token in the console', async () => {
    const sim = newSim();
    sim.console.setUserStatus(adminId(sim, 'group-admin'), 'SUSPENDED');
    await expect(tokenFor(sim, 'group-admin')).rejects.toMatchObject({ code: 'not-allowed' });
    sim.console.setAdminRole(adminId(sim, 'org-admin'), null);
    await expect(tokenFor(sim, 'org-admin')).rejects.toMatchObject({ code: 'not-allowed' });
  });
});

describe("the creator's role", () => {
  it('lowers the token with its creator: writes fail, reads still work', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'org-admin');
    const create = (login: string) =>
      send(sim, 'POST', `${USERS}?activate=false`, `SSWS ${value}`, {
        body: JSON.stringify({ profile: { firstName: 'Kim', lastName: 'Ng', email: login, login } }),
      });
    expect(label(await create('kim@example.com'))).toBe('200');
    sim.console.setAdminRole(adminId(sim, 'org-admin'), 'READ_ONLY_ADMIN');
    expect(label(await create('kim2@example.com'))).toBe('403 E0000006');
    expect(label(await send(sim, 'GET', USERS, `SSWS ${value}`))).toBe('200');
  });

  it('raises the token with its creator too', async () => {
    const sim = newSim();
    const { id, value } = await tokenFor(sim, 'read-only-admin');
    const other = await tokenFor(sim, 'org-admin');
    expect(label(await send(sim, 'DELETE', `/api/v1/api-tokens/${other.id}`, `SSWS ${value}`))).toBe('403 E0000006');
    sim.console.setAdminRole(adminId(sim, 'read-only-admin'), 'SUPER_ADMIN');
    expect(label(await send(sim, 'DELETE', `/api/v1/api-tokens/${other.id}`, `SSWS ${value}`))).toBe('204');
    expect(sim.console.listApiTokens().find((t) => t.id === id)?.status).toBe('ACTIVE');
  });
});

describe('network zones', () => {
  it('accepts calls from an allowed zone and refuses others with 401 E0000011 plus a System Log event', async () => {
    const sim = newSim();
    const office = sim.snapshot().zones.find((z) => z.name === 'Office');
    const { token, value } = await sim.console.createApiToken({
      name: 'Office only',
      adminId: adminId(sim, 'super-admin'),
      network: { connection: 'ZONE', include: [office?.id ?? ''] },
    });
    expect(label(await send(sim, 'GET', USERS, `SSWS ${value}`, { ip: '203.0.113.77' }))).toBe('200');
    const res = await send(sim, 'GET', USERS, `SSWS ${value}`, { ip: '192.0.2.99' });
    expect(label(res)).toBe('401 E0000011');
    expect(res.trace.find((s) => s.outcome === 'fail')).toMatchObject({ check: 'network-zone', basis: 'assumption' });
    const event = sim.systemLog().find((e) => e.eventType === 'system.api_token.request_outside_allowed_range');
    expect(event?.transaction.detail.requestApiTokenId).toBe(token.id);
    expect(event?.client.ipAddress).toBe('192.0.2.99');
  });

  it('supports "not in any zone" conditions and updating them with PUT /api/v1/api-tokens/{id}', async () => {
    const sim = newSim();
    const admin = await tokenFor(sim, 'super-admin');
    const target = await tokenFor(sim, 'org-admin');
    const res = await send(sim, 'PUT', `/api/v1/api-tokens/${target.id}`, `SSWS ${admin.value}`, {
      body: JSON.stringify({ network: { connection: 'ZONE', exclude: ['ALL_ZONES'] } }),
    });
    expect(res.status).toBe(200);
    expect((res.body as { network: unknown }).network).toEqual({ connection: 'ZONE', exclude: ['ALL_ZONES'] });
    expect(label(await send(sim, 'GET', USERS, `SSWS ${target.value}`, { ip: '203.0.113.5' }))).toBe('401 E0000011');
    expect(label(await send(sim, 'GET', USERS, `SSWS ${target.value}`, { ip: '192.0.2.5' }))).toBe('200');
    expect(sim.systemLog().some((e) => e.eventType === 'system.api_token.update')).toBe(true);
    const bad = await send(sim, 'PUT', `/api/v1/api-tokens/${target.id}`, `SSWS ${admin.value}`, {
      body: JSON.stringify({ network: { connection: 'SOMEWHERE' } }),
    });
    expect(label(bad)).toBe('400 E0000001');
  });
});

describe('the System Log over the API', () => {
  it('filters by transaction.detail.requestApiTokenId, as Okta documents', async () => {
    const sim = newSim();
    const admin = await tokenFor(sim, 'super-admin');
    await send(sim, 'POST', `${USERS}`, `SSWS ${admin.value}`, {
      body: '{"profile":{"firstName":"Kim","lastName":"Ng","email":"kim@example.com","login":"kim@example.com"}}',
    });
    const res = await send(
      sim,
      'GET',
      `/api/v1/logs?filter=${encodeURIComponent(`transaction.detail.requestApiTokenId eq "${admin.id}"`)}`,
      `SSWS ${admin.value}`,
    );
    const events = res.body as { eventType: string }[];
    expect(events.map((e) => e.eventType)).toEqual(['user.lifecycle.create']);
  });

  it('writes no event for plain reads: there is no per-call "token used" event', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const before = sim.systemLog().length;
    for (let i = 0; i < 5; i++) await send(sim, 'GET', USERS, `SSWS ${value}`);
    expect(sim.systemLog().length).toBe(before);
  });
});

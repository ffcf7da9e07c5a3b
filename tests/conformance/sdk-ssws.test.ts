/**
 * Okta's Node SDK in SSWS mode against the lab: pagination through `Link` headers, user reads
 * and writes, API tokens (including `DELETE /api/v1/api-tokens/current`) and the System Log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabServer } from '../../src/lab/server.ts';
import { collect, lab, ORG_ADMIN, startLab, sswsClient, SUPER, tokenFor } from './helpers.ts';

let server: LabServer;
let client: ReturnType<typeof sswsClient>;
/** The server's console lines: method, path, status, error code, deciding check. */
const lines: string[] = [];

beforeAll(async () => {
  server = await startLab({ log: (line) => lines.push(line) });
  client = sswsClient(server, (await tokenFor(server, SUPER)).value);
});
afterAll(() => server.close());

describe('SSWS with Okta SDK 8', () => {
  it('lists every user across pages of 2 by following Link rel="next"', async () => {
    lines.length = 0;
    const users = await collect(await client.userApi.listUsers({ limit: 2 }));
    const seen = lines.map((l) => l.split(' ')[1] ?? '');
    expect(users).toHaveLength(10);
    expect(new Set(users.map((u) => u.id)).size).toBe(10);
    // Five pages of two, each fetched from the lab's own next link.
    expect(seen).toHaveLength(5);
    expect(seen[0]).toBe('/api/v1/users?limit=2');
    expect(seen.slice(1).every((p) => /^\/api\/v1\/users\?limit=2&after=00u\w+$/.test(p))).toBe(true);
  });

  it('gets, creates, updates and deactivates a user', async () => {
    const me = await client.userApi.getUser({ userId: SUPER });
    expect(me.profile?.login).toBe(SUPER);
    const created = await client.userApi.createUser({
      body: { profile: { firstName: 'Ada', lastName: 'Byron', email: 'ada@example.com', login: 'ada@example.com' } },
    });
    expect(created.status).toBe('PROVISIONED');
    const updated = await client.userApi.updateUser({
      userId: created.id ?? '',
      user: { profile: { nickName: 'Ada' } },
    });
    expect(updated.profile?.nickName).toBe('Ada');
    expect(updated.profile?.lastName).toBe('Byron');
    await client.userApi.deactivateUser({ userId: created.id ?? '' });
    expect((await client.userApi.getUser({ userId: created.id ?? '' })).status).toBe('DEPROVISIONED');
  });

  it('lists API tokens, revokes one by id and revokes the current one', async () => {
    const other = await tokenFor(server, ORG_ADMIN);
    const mine = await tokenFor(server, SUPER);
    const me = sswsClient(server, mine.value);
    const ids = (await collect(await me.apiTokenApi.listApiTokens())).map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining([other.id, mine.id]));
    await me.apiTokenApi.revokeApiToken({ apiTokenId: other.id });
    const after = (await collect(await me.apiTokenApi.listApiTokens())).map((t) => t.id);
    expect(after).not.toContain(other.id);
    await me.apiTokenApi.revokeCurrentApiToken();
    await expect(me.userApi.getUser({ userId: SUPER })).rejects.toMatchObject({ status: 401, errorCode: 'E0000011' });
    const tokens = await lab<{ id: string; status: string }[]>(server, 'GET', 'tokens');
    expect(tokens.find((t) => t.id === mine.id)?.status).toBe('REVOKED');
  });

  it('reads the System Log, which names the token that caused each event', async () => {
    const { id, value } = await tokenFor(server, SUPER);
    const c = sswsClient(server, value);
    await c.userApi.createUser({
      body: { profile: { firstName: 'Log', lastName: 'Me', email: 'log.me@example.com', login: 'log.me@example.com' } },
    });
    const events = await collect(
      await c.systemLogApi.listLogEvents({ filter: `transaction.detail.requestApiTokenId eq "${id}"` }),
    );
    expect(events.map((e) => e.eventType)).toEqual(['user.lifecycle.create']);
  });

  it('sends Date in simulated time and X-Rate-Limit-Reset after it', async () => {
    await lab(server, 'POST', 'clock', { advance: 'P2D' });
    const { value } = await tokenFor(server, SUPER);
    const res = await fetch(`${server.url}/api/v1/users/me`, { headers: { Authorization: `SSWS ${value}` } });
    const date = Date.parse(res.headers.get('date') ?? '');
    expect(Math.abs(date - server.org.sim.now())).toBeLessThan(1000);
    expect(date - Date.now()).toBeGreaterThan(2 * 86_400_000 - 60_000);
    const reset = Number(res.headers.get('x-rate-limit-reset')) * 1000;
    expect(reset - date).toBeGreaterThan(0);
    expect(reset - date).toBeLessThanOrEqual(61_000);
  });
});

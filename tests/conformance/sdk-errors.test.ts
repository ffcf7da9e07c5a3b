/**
 * Refusals reach Okta's Node SDK as `OktaApiError` with Okta's fields, as they would from Okta
 * (facts expired-or-revoked-token-401, token-sliding-window, token-follows-creator-role,
 * not-found-404-e0000007, permission-denied-403-e0000006): revoked, expired after 31 days unused
 * (manual clock), creator demoted, unknown user, no permission.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabServer } from '../../src/lab/server.ts';
import { adminId, Client, lab, ORG_ADMIN, READ_ONLY, startLab, sswsClient, SUPER, tokenFor } from './helpers.ts';

let server: LabServer;

beforeAll(async () => {
  server = await startLab({ clock: 'manual' });
});
afterAll(() => server.close());

/** The OktaApiError a call rejects with, with the fields Okta's SDK reads from the body. */
async function refusal(call: Promise<unknown>) {
  const err: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  expect((err as Error).name).toBe('OktaApiError');
  const { status, errorCode, errorSummary, errorId } = err as InstanceType<typeof Error> & Record<string, unknown>;
  expect(errorId).toMatch(/^oae\w{22}$/);
  return { status, errorCode, errorSummary };
}

describe('errors as OktaApiError', () => {
  it('revoked token: 401 E0000011', async () => {
    const { id, value } = await tokenFor(server, ORG_ADMIN);
    await lab(server, 'DELETE', `tokens/${id}`);
    expect(await refusal(sswsClient(server, value).userApi.getUser({ userId: SUPER }))).toEqual({
      status: 401,
      errorCode: 'E0000011',
      errorSummary: 'Invalid token provided',
    });
  });

  it('expired token: works on day 30 of idleness, 401 E0000011 after 31 days unused', async () => {
    const idle = await tokenFor(server, ORG_ADMIN);
    const used = await tokenFor(server, ORG_ADMIN);
    const usedClient = sswsClient(server, used.value);
    await lab(server, 'POST', 'clock', { advance: 'P30D' });
    await expect(usedClient.userApi.getUser({ userId: SUPER })).resolves.toMatchObject({
      id: expect.any(String) as string,
    });
    await lab(server, 'POST', 'clock', { advance: 'PT24H1S' });
    expect(await refusal(sswsClient(server, idle.value).userApi.getUser({ userId: SUPER }))).toMatchObject({
      status: 401,
      errorCode: 'E0000011',
    });
    // The token used on day 30 restarted its window, so it still works.
    await expect(usedClient.userApi.getUser({ userId: SUPER })).resolves.toBeDefined();
  });

  it('creator demoted to read-only: writes get 403 E0000006, reads still work', async () => {
    const login = 'kim.demoted@example.com';
    const admin = server.org.sim.console.createAdmin({ login, role: 'ORG_ADMIN' });
    const { value } = await tokenFor(server, login);
    const c = sswsClient(server, value);
    await lab(server, 'POST', `admins/${admin.id}`, { role: 'READ_ONLY_ADMIN' });
    expect(
      await refusal(
        c.userApi.createUser({
          body: {
            profile: { firstName: 'No', lastName: 'Way', email: 'no.way@example.com', login: 'no.way@example.com' },
          },
        }),
      ),
    ).toEqual({
      status: 403,
      errorCode: 'E0000006',
      errorSummary: 'You do not have permission to perform the requested action',
    });
    await expect(c.userApi.getUser({ userId: SUPER })).resolves.toBeDefined();
  });

  it('creator deactivated: 401 E0000011', async () => {
    const login = 'sam.leaver@example.com';
    server.org.sim.console.createAdmin({ login, role: 'SUPER_ADMIN' });
    const { value } = await tokenFor(server, login);
    await lab(server, 'POST', `admins/${login}`, { status: 'DEACTIVATED' });
    expect(await refusal(sswsClient(server, value).userApi.getUser({ userId: SUPER }))).toMatchObject({
      status: 401,
      errorCode: 'E0000011',
    });
  });

  it('unknown user: 404 E0000007 naming it', async () => {
    const { value } = await tokenFor(server, SUPER);
    expect(await refusal(sswsClient(server, value).userApi.getUser({ userId: '00uNOPE0000000000000' }))).toEqual({
      status: 404,
      errorCode: 'E0000007',
      errorSummary: 'Not found: Resource not found: 00uNOPE0000000000000 (User)',
    });
  });

  it('no permission: a read-only admin revoking another admin’s token gets 403 E0000006', async () => {
    const victim = await tokenFor(server, SUPER);
    const { value } = await tokenFor(server, READ_ONLY);
    expect(
      await refusal(sswsClient(server, value).apiTokenApi.revokeApiToken({ apiTokenId: victim.id })),
    ).toMatchObject({ status: 403, errorCode: 'E0000006' });
  });

  it('no credentials at all: 403 E0000005, and the trace header names the check', async () => {
    const res = await fetch(`${server.url}/api/v1/users`);
    expect(res.status).toBe(403);
    expect(res.headers.get('x-token-lab-trace')).toBe('auth-header; outcome=fail; basis=observed');
    const c = new Client({ orgUrl: server.url, token: 'placeholder', cacheMiddleware: null });
    expect(await refusal(c.userApi.getUser({ userId: await adminId(server, SUPER) }))).toMatchObject({
      status: 401,
      errorCode: 'E0000011',
    });
  });

  it('keeps the full trace of every request at /__lab/trace/<X-Okta-Request-Id>', async () => {
    const res = await fetch(`${server.url}/api/v1/users`, { headers: { Authorization: 'SSWS 00lab.nope' } });
    const id = res.headers.get('x-okta-request-id') ?? '';
    const trace = await lab<{ status: number; outcome: string; trace: { check: string; outcome: string }[] }>(
      server,
      'GET',
      `trace/${id}`,
    );
    expect(trace).toMatchObject({ status: 401, outcome: '401 E0000011' });
    expect(trace.trace.find((s) => s.outcome === 'fail')?.check).toBe('token-known');
  });
});

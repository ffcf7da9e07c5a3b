/**
 * Gaps in the lab say so. Okta paths the lab does not model, OAuth endpoints included
 * (introspection, keys, revocation, custom authorization servers, discovery), answer
 * `501 Not Implemented` with a JSON body that names the method and path and lists what is
 * simulated; token requests the lab does model but refuses (a refresh_token grant, a JSON body,
 * the wrong method) get Okta's OAuth error shape. Never a crash, a hang or a 404 that would read
 * as "this resource does not exist at Okta".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabServer } from '../../src/lab/server.ts';
import { startLab, sswsClient } from './helpers.ts';

let server: LabServer;
let token: string;

beforeAll(async () => {
  server = await startLab({ clock: 'manual' });
  token = server.org.token?.value ?? '';
});
afterAll(() => server.close());

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

interface NotSimulated {
  error: string;
  errorSummary: string;
  method: string;
  path: string;
  simulated: string[];
}

describe('OAuth and other paths the lab does not model', () => {
  it.each([
    ['POST', '/oauth2/v1/introspect', 'token=eyJhbGciOiJSUzI1NiJ9.e30.sig&token_type_hint=access_token'],
    ['GET', '/oauth2/v1/keys', undefined],
    ['GET', '/oauth2/v1/keys?client_id=0oa1', undefined],
    ['POST', '/oauth2/v1/revoke', 'token=eyJhbGciOiJSUzI1NiJ9.e30.sig&token_type_hint=access_token'],
    ['GET', '/oauth2/v1/authorize?client_id=0oa1&response_type=code', undefined],
    ['GET', '/oauth2/v1/userinfo', undefined],
    ['GET', '/.well-known/openid-configuration', undefined],
    ['GET', '/.well-known/oauth-authorization-server', undefined],
    ['POST', '/oauth2/default/v1/token', 'grant_type=client_credentials&scope=okta.users.read'],
    ['GET', '/oauth2/default/v1/keys', undefined],
    ['GET', '/api/v1/apps', undefined],
  ])('%s %s answers 501 naming the path and listing what is simulated', async (method, target, body) => {
    const res = await fetch(`${server.url}${target}`, {
      method,
      headers: { ...(body === undefined ? {} : FORM), Authorization: `SSWS ${token}` },
      ...(body === undefined ? {} : { body }),
    });
    expect(res.status).toBe(501);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-token-lab-trace')).toBe('lab-simulated; outcome=fail; basis=lab');
    const json = (await res.json()) as NotSimulated;
    const path = target.split('?')[0] ?? '';
    expect(json).toMatchObject({ error: 'not_simulated', method, path });
    expect(json.errorSummary).toContain(`${method} ${path}`);
    expect(json.simulated).toEqual(expect.arrayContaining(['GET /api/v1/users', 'POST /oauth2/v1/token']));
  });

  it('answers 501 whatever the credentials: none, Bearer or an unknown SSWS value', async () => {
    for (const authorization of [undefined, 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig', 'SSWS 00lab.unknown']) {
      const res = await fetch(`${server.url}/oauth2/v1/introspect`, {
        method: 'POST',
        headers: { ...FORM, ...(authorization ? { Authorization: authorization } : {}) },
        body: 'token=abc',
      });
      expect(res.status, String(authorization)).toBe(501);
    }
  });

  it('answers HEAD with 501 and no body', async () => {
    const res = await fetch(`${server.url}/oauth2/v1/keys`, { method: 'HEAD' });
    expect(res.status).toBe(501);
    expect(await res.text()).toBe('');
  });

  it("reaches Okta's SDK as an error with status 501 and the lab's summary", async () => {
    const client = sswsClient(server, token);
    const err = (await client.applicationApi.getApplication({ appId: '0oa1' }).catch((e: unknown) => e)) as {
      status: number;
      message: string;
    };
    expect(err.status).toBe(501);
    expect(err.message).toContain('Token Lab does not simulate GET /api/v1/apps/0oa1');
  });
});

describe('token requests the lab models but refuses', () => {
  async function token400(init: RequestInit) {
    const res = await fetch(`${server.url}/oauth2/v1/token`, init);
    return { status: res.status, cache: res.headers.get('cache-control'), body: (await res.json()) as unknown };
  }

  it('a refresh_token grant gets 400 unsupported_grant_type: service apps use client credentials only', async () => {
    expect(
      await token400({
        method: 'POST',
        headers: FORM,
        body: 'grant_type=refresh_token&refresh_token=abc&client_id=0oa1',
      }),
    ).toEqual({
      status: 400,
      cache: 'no-cache, no-store',
      body: {
        error: 'unsupported_grant_type',
        error_description:
          'The authorization grant type is not supported by the authorization server. Configured grant types: [client_credentials].',
      },
    });
  });

  it.each([
    ['GET', undefined, undefined],
    ['DELETE', undefined, undefined],
    ['POST', { 'Content-Type': 'application/json' }, '{"grant_type":"client_credentials"}'],
  ])('%s with %j gets 400 invalid_request', async (method, headers, body) => {
    expect(
      await token400({ method, ...(headers ? { headers } : {}), ...(body === undefined ? {} : { body }) }),
    ).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });

  it('a form POST without a grant_type gets an OAuth error, not a crash', async () => {
    const res = await token400({ method: 'POST', headers: FORM, body: 'scope=okta.users.read' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: expect.any(String) as string,
      error_description: expect.any(String) as string,
    });
  });
});

describe('rate limits on /oauth2/v1/token', () => {
  // Okta publishes only a per-user limit there (fact per-user-limit-authn-token), which client
  // credentials never meet, and no org bucket size, so the lab counts nothing (see
  // src/domain/okta-sim/oauth/token-endpoint.ts). If a limit is ever added, it needs a fact.
  it('answers a burst of 60 token requests in one simulated second without a 429', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 60 }, () =>
        fetch(`${server.url}/oauth2/v1/token`, {
          method: 'POST',
          headers: FORM,
          body: 'grant_type=client_credentials&client_id=0oa1',
        }).then(async (res) => {
          await res.arrayBuffer();
          return { status: res.status, limit: res.headers.get('x-rate-limit-limit') };
        }),
      ),
    );
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set([401]));
    expect(statuses.every((s) => s.limit === null)).toBe(true);
  });
});

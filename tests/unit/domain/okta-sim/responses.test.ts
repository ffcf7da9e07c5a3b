/**
 * One test per row of the issue's "What it must get right" table: the request on the left gets
 * exactly the response on the right.
 */
import { describe, expect, it } from 'vitest';
import { makeCore } from '../../../../src/domain/okta-sim/org/sim-core.ts';
import { signJwt } from '../../../../src/domain/okta-sim/oauth/jwt.ts';
import type { OktaSim, SimResponse } from '../../../../src/domain/okta-sim/index.ts';
import { adminId, appToken, DAY, label, newSim, send, tokenFor, userId } from './helpers.ts';

function expectOktaError(res: SimResponse, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(Object.keys(res.body as object)).toEqual(['errorCode', 'errorSummary', 'errorLink', 'errorId', 'errorCauses']);
  const body = res.body as { errorCode: string; errorLink: string; errorId: string };
  expect(body.errorCode).toBe(code);
  expect(body.errorLink).toBe(code);
  expect(body.errorId).toMatch(/^oae[A-Za-z0-9]{22}$/);
  expect(res.headers['X-Okta-Request-Id']).toMatch(/^req[A-Za-z0-9]{23}$/);
}

describe('requests without usable credentials', () => {
  it('answers a request with no Authorization header with 403 E0000005 "Invalid session"', async () => {
    const res = await send(newSim(), 'GET', '/api/v1/users');
    expectOktaError(res, 403, 'E0000005');
    expect((res.body as { errorSummary: string }).errorSummary).toBe('Invalid session');
    expect(res.trace.find((s) => s.outcome === 'fail')).toMatchObject({ check: 'auth-header', basis: 'observed' });
  });

  it.each(['Basic dXNlcjpwYXNz', 'Token abc', 'DPoP eyJ.x.y'])(
    'treats an unknown scheme (%s) like no credential, marked as an assumption',
    async (header) => {
      const res = await send(newSim(), 'GET', '/api/v1/users', header);
      expectOktaError(res, 403, 'E0000005');
      expect(res.trace.find((s) => s.outcome === 'fail')).toMatchObject({ check: 'auth-scheme', basis: 'assumption' });
    },
  );
});

describe('SSWS with a valid token whose creator may make the call', () => {
  const cases: [string, string, string | undefined, number][] = [
    ['GET', '/api/v1/users', undefined, 200],
    ['GET', '/api/v1/users/me', undefined, 200],
    ['GET', '/api/v1/users/{user}', undefined, 200],
    ['GET', '/api/v1/users/sofia.garcia@example.com', undefined, 200],
    ['POST', '/api/v1/users/{user}', '{"profile":{"mobilePhone":"+1 555 0100"}}', 200],
    ['POST', '/api/v1/users/{user}/lifecycle/suspend', '', 200],
    [
      'POST',
      '/api/v1/users?activate=false',
      '{"profile":{"firstName":"Kim","lastName":"Ng","email":"kim@example.com","login":"kim@example.com"}}',
      200,
    ],
    ['GET', '/api/v1/groups', undefined, 200],
    ['GET', '/api/v1/logs', undefined, 200],
    ['GET', '/api/v1/api-tokens', undefined, 200],
    ['GET', '/api/v1/api-tokens/{token}', undefined, 200],
    ['DELETE', '/api/v1/api-tokens/{other}', undefined, 204],
    ['DELETE', '/api/v1/api-tokens/current', undefined, 204],
  ];
  it.each(cases)('%s %s answers %i', async (method, path, body, status) => {
    const sim = newSim();
    const { value, id } = await tokenFor(sim, 'super-admin');
    const other = await tokenFor(sim, 'org-admin');
    const url = path
      .replace('{user}', userId(sim, 'sofia.garcia@example.com'))
      .replace('{token}', id)
      .replace('{other}', other.id);
    const res = await send(sim, method, url, `SSWS ${value}`, body === undefined ? {} : { body });
    expect(res.status).toBe(status);
    expect(res.trace.every((s) => s.outcome === 'pass')).toBe(true);
    expect(res.headers['X-Rate-Limit-Limit']).toMatch(/^\d+$/);
    if (status === 204) expect(res.body).toBeNull();
  });

  it('returns realistic user objects from GET /api/v1/users and leaves out deprovisioned users', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'read-only-admin');
    const res = await send(sim, 'GET', '/api/v1/users', `SSWS ${value}`);
    const users = res.body as {
      id: string;
      status: string;
      profile: { login: string };
      _links: { self: { href: string } };
    }[];
    expect(users.length).toBeGreaterThanOrEqual(10);
    expect(users.every((u) => /^00u[A-Za-z0-9]{17}$/.test(u.id) && u.profile.login.endsWith('@example.com'))).toBe(
      true,
    );
    expect(users.some((u) => u.status === 'SUSPENDED')).toBe(true);
    expect(users.some((u) => u.status === 'DEPROVISIONED')).toBe(false);
    expect(users[0]?._links.self.href).toMatch(/^https:\/\/tokenlab\.okta\.example\/api\/v1\/users\/00u/);
  });

  it("answers GET /api/v1/users/me with the token's creator", async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'org-admin');
    const res = await send(sim, 'GET', '/api/v1/users/me', `SSWS ${value}`);
    expect((res.body as { id: string }).id).toBe(adminId(sim, 'org-admin'));
  });
});

describe('SSWS tokens Okta refuses with 401 E0000011 "Invalid token provided"', () => {
  const cases: [string, (sim: OktaSim) => Promise<string>, string][] = [
    ['an unknown token', () => Promise.resolve('00lab.ThisValueWasNeverIssuedByThisOrg00'), 'token-known'],
    ['a garbage value with spaces', () => Promise.resolve('not a token'), 'token-format'],
    ['an empty value', () => Promise.resolve(''), 'token-format'],
    [
      'a real-looking but unknown value',
      () => Promise.resolve('00QCjAl4MlVWPXMabcdefghijklmnop0HmjFxvbGu'),
      'token-known',
    ],
    [
      'a revoked token',
      async (sim) => {
        const t = await tokenFor(sim, 'super-admin');
        sim.console.revokeApiToken(t.id);
        return t.value;
      },
      'token-not-revoked',
    ],
    [
      'a token unused for 30 days and a second',
      async (sim) => {
        const t = await tokenFor(sim, 'super-admin');
        sim.advanceTime(30 * DAY + 1000);
        return t.value;
      },
      'token-not-expired',
    ],
    [
      'a token whose creator is suspended',
      async (sim) => {
        const t = await tokenFor(sim, 'org-admin');
        sim.console.setUserStatus(adminId(sim, 'org-admin'), 'SUSPENDED');
        return t.value;
      },
      'creator-active',
    ],
    [
      'a token whose creator is deactivated',
      async (sim) => {
        const t = await tokenFor(sim, 'org-admin');
        sim.console.setUserStatus(adminId(sim, 'org-admin'), 'DEACTIVATED');
        return t.value;
      },
      'creator-active',
    ],
    ['an OAuth access token sent as SSWS', async (sim) => (await appToken(sim, ['okta.users.read'])).at, 'token-known'],
  ];
  it.each(cases)('refuses %s', async (_, make, check) => {
    const sim = newSim();
    const value = await make(sim);
    const res = await send(sim, 'GET', '/api/v1/users', `SSWS ${value}`);
    expectOktaError(res, 401, 'E0000011');
    expect((res.body as { errorSummary: string }).errorSummary).toBe('Invalid token provided');
    expect(res.trace.find((s) => s.outcome === 'fail')?.check).toBe(check);
    expect(res.headers['WWW-Authenticate']).toBeUndefined();
  });
});

describe("authorization follows the creator's current role", () => {
  it("gives 403 E0000006 when a read-only admin's token writes", async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'read-only-admin');
    const res = await send(sim, 'POST', '/api/v1/users', `SSWS ${value}`, {
      body: '{"profile":{"firstName":"Kim","lastName":"Ng","email":"kim@example.com","login":"kim@example.com"}}',
    });
    expectOktaError(res, 403, 'E0000006');
    expect((res.body as { errorSummary: string }).errorSummary).toBe(
      'You do not have permission to perform the requested action',
    );
    expect(res.trace.find((s) => s.outcome === 'fail')).toMatchObject({
      check: 'creator-role',
      fact: 'read-only-write-403-inferred',
      basis: 'assumption',
    });
  });

  it('gives 403 E0000006 when the creator no longer has any admin role', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'org-admin');
    sim.console.setAdminRole(adminId(sim, 'org-admin'), null);
    expectOktaError(await send(sim, 'GET', '/api/v1/users', `SSWS ${value}`), 403, 'E0000006');
  });

  it("lets any token revoke itself, but only super and org admins revoke others' tokens", async () => {
    const sim = newSim();
    const ro = await tokenFor(sim, 'read-only-admin');
    const other = await tokenFor(sim, 'super-admin');
    expect(label(await send(sim, 'DELETE', `/api/v1/api-tokens/${other.id}`, `SSWS ${ro.value}`))).toBe('403 E0000006');
    const own = await send(sim, 'DELETE', `/api/v1/api-tokens/${ro.id}`, `SSWS ${ro.value}`);
    expect(own.status).toBe(204);
    expect(own.trace.find((s) => s.check === 'creator-role')?.basis).toBe('assumption');
  });
});

describe('rate limits', () => {
  it("answers 429 E0000047 once the token's 50% share is used, with headers that report the org bucket", async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    let last: SimResponse | undefined;
    for (let i = 0; i < 60; i++) {
      last = await send(sim, 'GET', '/api/v1/logs', `SSWS ${value}`);
      expect(last.status).toBe(200);
      expect(last.headers['X-Rate-Limit-Limit']).toBe('120');
      expect(last.headers['X-Rate-Limit-Remaining']).toBe(String(119 - i));
    }
    const res = await send(sim, 'GET', '/api/v1/logs', `SSWS ${value}`);
    expectOktaError(res, 429, 'E0000047');
    expect(res.headers['X-Rate-Limit-Limit']).toBe('120');
    expect(res.headers['X-Rate-Limit-Remaining']).toBe('60');
    expect(res.headers['X-Rate-Limit-Reset']).toBe(last?.headers['X-Rate-Limit-Reset']);
    expect(res.headers['Retry-After']).toBeUndefined();
    const step = res.trace.find((s) => s.outcome === 'fail');
    expect(step).toMatchObject({
      check: 'rate-limit',
      fact: 'rate-limit-headers-on-share-429-unknown',
      basis: 'assumption',
    });
    expect(step?.detail).toMatch(/^The caller's share refused it/);
  });

  it('counts every caller in the org bucket, and refuses everyone once it is full', async () => {
    const sim = newSim();
    const a = await tokenFor(sim, 'super-admin');
    const b = await tokenFor(sim, 'org-admin');
    const c = await tokenFor(sim, 'read-only-admin');
    for (let i = 0; i < 60; i++) await send(sim, 'GET', '/api/v1/logs', `SSWS ${a.value}`);
    const seen = await send(sim, 'GET', '/api/v1/logs', `SSWS ${b.value}`);
    expect(seen.headers['X-Rate-Limit-Remaining']).toBe('59');
    for (let i = 0; i < 59; i++) await send(sim, 'GET', '/api/v1/logs', `SSWS ${b.value}`);
    const res = await send(sim, 'GET', '/api/v1/logs', `SSWS ${c.value}`);
    expectOktaError(res, 429, 'E0000047');
    expect(res.headers['X-Rate-Limit-Remaining']).toBe('0');
    expect(res.trace.find((s) => s.outcome === 'fail')?.detail).toMatch(/^The org bucket refused it/);
  });

  it('resets the window 60 seconds after its first call, not on the clock minute', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin', { rateLimitPercent: 5 });
    sim.advanceTime(30_000);
    const first = await send(sim, 'GET', '/api/v1/logs', `SSWS ${value}`);
    const reset = Number(first.headers['X-Rate-Limit-Reset']);
    expect(reset).toBe(Math.ceil((sim.now() + 60_000) / 1000));
    for (let i = 0; i < 5; i++) await send(sim, 'GET', '/api/v1/logs', `SSWS ${value}`);
    expect(label(await send(sim, 'GET', '/api/v1/logs', `SSWS ${value}`))).toBe('429 E0000047');
    sim.advanceTime(59_999);
    expect(label(await send(sim, 'GET', '/api/v1/logs', `SSWS ${value}`))).toBe('429 E0000047');
    sim.advanceTime(1);
    expect(label(await send(sim, 'GET', '/api/v1/logs', `SSWS ${value}`))).toBe('200');
  });

  it.each([
    ['/api/v1/users', 600],
    ['/api/v1/users/me', 2000],
    ['/api/v1/groups', 500],
    ['/api/v1/logs', 120],
    ['/api/v1/api-tokens', 1200],
  ])('uses the last published bucket size for %s (%i per minute, reported in the headers)', async (path, size) => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const res = await send(sim, 'GET', path, `SSWS ${value}`);
    expect(res.headers['X-Rate-Limit-Limit']).toBe(String(size));
    expect(res.trace.find((s) => s.check === 'rate-limit')?.detail).toContain(`= ${size / 2} per window`);
  });

  it('keeps separate counters per token', async () => {
    const sim = newSim();
    const a = await tokenFor(sim, 'super-admin');
    const b = await tokenFor(sim, 'org-admin');
    for (let i = 0; i < 60; i++) await send(sim, 'GET', '/api/v1/logs', `SSWS ${a.value}`);
    expect(label(await send(sim, 'GET', '/api/v1/logs', `SSWS ${a.value}`))).toBe('429 E0000047');
    expect(label(await send(sim, 'GET', '/api/v1/logs', `SSWS ${b.value}`))).toBe('200');
  });
});

describe('routing and validation', () => {
  it.each([
    ['an unknown user id', 'GET', '/api/v1/users/00uDoesNotExist00000'],
    ['an unknown group id', 'GET', '/api/v1/groups/00gDoesNotExist00000'],
    ['an unknown token id', 'GET', '/api/v1/api-tokens/00TDoesNotExist00000'],
    ['an unknown path', 'GET', '/api/v1/unicorns'],
    ['a path outside the API', 'GET', '/'],
  ])('answers %s with 404 E0000007', async (_, method, path) => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const res = await send(sim, method, path, `SSWS ${value}`);
    expectOktaError(res, 404, 'E0000007');
    expect((res.body as { errorSummary: string }).errorSummary).toMatch(/^Not found: Resource not found: /);
  });

  it('says "(User)" for an unknown user, as Okta\'s example does', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const res = await send(sim, 'GET', '/api/v1/users/00uDoesNotExist00000', `SSWS ${value}`);
    expect((res.body as { errorSummary: string }).errorSummary).toBe(
      'Not found: Resource not found: 00uDoesNotExist00000 (User)',
    );
  });

  it('routes before authenticating, so an unknown path is 404 even without credentials (an assumption)', async () => {
    const res = await send(newSim(), 'GET', '/api/v1/unicorns');
    expect(label(res)).toBe('404 E0000007');
    expect(res.trace[0]).toMatchObject({ check: 'route', outcome: 'fail', basis: 'assumption' });
  });

  it.each([
    ['DELETE', '/api/v1/users'],
    ['PATCH', '/api/v1/users/me'],
    ['PUT', '/api/v1/logs'],
    ['POST', '/api/v1/api-tokens'],
  ])('answers %s %s (a known path, wrong method) with 405 E0000022', async (method, path) => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    expectOktaError(await send(sim, method, path, `SSWS ${value}`, { body: '{}' }), 405, 'E0000022');
  });

  it('answers malformed JSON with 400 E0000003', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const res = await send(sim, 'POST', '/api/v1/users', `SSWS ${value}`, { body: '{"profile": {' });
    expectOktaError(res, 400, 'E0000003');
    expect((res.body as { errorSummary: string }).errorSummary).toBe('The request body was not well-formed.');
  });

  it('answers failed validation with 400 E0000001 and the reasons in errorCauses', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const res = await send(sim, 'POST', '/api/v1/users', `SSWS ${value}`, {
      body: '{"profile":{"firstName":"Alex","lastName":"Again","email":"alex.rivera@example.com","login":"alex.rivera@example.com"}}',
    });
    expectOktaError(res, 400, 'E0000001');
    expect(res.body).toMatchObject({
      errorSummary: 'Api validation failed: login',
      errorCauses: [{ errorSummary: 'login: An object with this field already exists in the current organization' }],
    });
  });

  it('answers a POST with no body and no Content-Length with 411', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const res = await send(
      sim,
      'POST',
      `/api/v1/users/${adminId(sim, 'org-admin')}/lifecycle/suspend`,
      `SSWS ${value}`,
    );
    expect(res.status).toBe(411);
    expect(res.body).toBeNull();
    const withLength = await sim.handle({
      method: 'POST',
      url: `/api/v1/users/${adminId(sim, 'org-admin')}/lifecycle/suspend`,
      headers: { Authorization: `SSWS ${value}`, 'Content-Length': '0' },
    });
    expect(withLength.status).toBe(200);
  });
});

describe('Bearer access tokens', () => {
  it('answers 2xx for a token with the scope whose app has a role that allows the call', async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.users.read']);
    const res = await send(sim, 'GET', '/api/v1/users', `Bearer ${at}`);
    expect(res.status).toBe(200);
    expect(res.trace.map((s) => s.outcome).every((o) => o === 'pass')).toBe(true);
  });

  it('accepts a manage scope for reads', async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.users.manage'], 'ORG_ADMIN');
    expect((await send(sim, 'GET', '/api/v1/users', `Bearer ${at}`)).status).toBe(200);
  });

  it('answers 403 with WWW-Authenticate insufficient_scope and no body when the scope is missing', async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.users.read']);
    const res = await send(sim, 'GET', '/api/v1/logs', `Bearer ${at}`);
    expect(res.status).toBe(403);
    expect(res.body).toBeNull();
    expect(res.headers['WWW-Authenticate']).toBe(
      'Bearer authorization_uri="http://tokenlab.okta.example/oauth2/v1/authorize", realm="http://tokenlab.okta.example", scope="okta.logs.read", error="insufficient_scope", error_description="The access token provided does not contain the required scopes.", resource="/api/v1/logs"',
    );
    expect(label(res)).toBe('403 insufficient_scope');
  });

  it("answers 403 E0000006 when the scope is right but the app's role does not allow the call", async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.users.manage'], 'READ_ONLY_ADMIN');
    const res = await send(sim, 'POST', '/api/v1/users', `Bearer ${at}`, {
      body: '{"profile":{"firstName":"Kim","lastName":"Ng","email":"kim@example.com","login":"kim@example.com"}}',
    });
    expectOktaError(res, 403, 'E0000006');
    expect(res.trace.find((s) => s.outcome === 'fail')?.check).toBe('principal-role');
  });

  it('answers 403 E0000006 for an app with scopes but no role', async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.users.read'], null);
    expect(label(await send(sim, 'GET', '/api/v1/users', `Bearer ${at}`))).toBe('403 E0000006');
  });

  async function forged(sim: OktaSim, claims: Record<string, unknown>, header: Record<string, unknown> = {}) {
    const core = makeCore(sim.snapshot());
    const { app } = await appToken(sim, ['okta.users.read']);
    const now = Math.floor(sim.now() / 1000);
    return signJwt(
      core,
      {
        ver: 1,
        jti: 'AT.x',
        iss: core.state.orgUrl,
        aud: core.state.orgUrl,
        iat: now,
        exp: now + 3600,
        cid: app.clientId,
        scp: ['okta.users.read'],
        sub: app.clientId,
        ...claims,
      },
      header,
    );
  }

  const refusals: [string, (sim: OktaSim) => Promise<string>, string, string][] = [
    [
      'an expired token',
      async (sim) => {
        const { at } = await appToken(sim, ['okta.users.read']);
        sim.advanceTime(3600_000 + 121_000);
        return at;
      },
      'jwt-expiry',
      'The token has expired.',
    ],
    [
      'a tampered token',
      async (sim) => {
        const { at } = await appToken(sim, ['okta.users.read']);
        const [h, p, s] = at.split('.');
        const claims = JSON.parse(Buffer.from(p ?? '', 'base64url').toString()) as Record<string, unknown>;
        claims['scp'] = ['okta.users.manage'];
        return `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
      },
      'jwt-signature',
      'The access token is invalid.',
    ],
    [
      'a token signed under another kid',
      (sim) => forged(sim, {}, { kid: 'someone-elses-key' }),
      'jwt-kid',
      'The access token is invalid.',
    ],
    ['a token with alg none', (sim) => forged(sim, {}, { alg: 'none' }), 'jwt-format', 'The access token is invalid.'],
    [
      'a token from another issuer',
      (sim) => forged(sim, { iss: 'https://tokenlab.okta.example/oauth2/default' }),
      'jwt-issuer',
      'The access token provided has an invalid issuer.',
    ],
    [
      'a token for another audience',
      (sim) => forged(sim, { aud: 'api://default' }),
      'jwt-audience',
      'The access token provided is not intended for Okta.',
    ],
    [
      'an ID token',
      async (sim) => {
        const app = await sim.console.createWebApp({ name: 'Web app' });
        return sim.console.issueIdToken({ clientId: app.clientId, userId: adminId(sim, 'super-admin') });
      },
      'jwt-token-type',
      'The access token is invalid.',
    ],
    [
      'an SSWS value',
      async (sim) => (await tokenFor(sim, 'super-admin')).value,
      'jwt-format',
      'The access token is invalid.',
    ],
    ['a non-JWT string', () => Promise.resolve('hello'), 'jwt-format', 'The access token is invalid.'],
    [
      'a token issued more than two minutes in the future',
      (sim) => forged(sim, { iat: Math.floor(sim.now() / 1000) + 121 }),
      'jwt-expiry',
      'The access token is invalid.',
    ],
    ['a token without an exp claim', (sim) => forged(sim, { exp: undefined }), 'jwt-expiry', 'The token has expired.'],
    [
      'a token with a client id but no scopes',
      (sim) => forged(sim, { scp: undefined }),
      'jwt-token-type',
      'The access token is invalid.',
    ],
    [
      'a token with a padded payload',
      async (sim) => {
        const [h, p, s] = (await appToken(sim, ['okta.users.read'])).at.split('.');
        return `${h}.${p}=.${s}`;
      },
      'jwt-format',
      'The access token is invalid.',
    ],
    [
      'a token with no signature',
      async (sim) => (await appToken(sim, ['okta.users.read'])).at.replace(/\.[^.]*$/, '.'),
      'jwt-format',
      'The access token is invalid.',
    ],
  ];
  it.each(refusals)('answers %s with 401 invalid_token', async (_, make, check, description) => {
    const sim = newSim();
    const value = await make(sim);
    const res = await send(sim, 'GET', '/api/v1/users', `Bearer ${value}`);
    expect(res.status).toBe(401);
    expect(res.body).toBeNull();
    expect(res.headers['WWW-Authenticate']).toBe(`Bearer error="invalid_token", error_description="${description}"`);
    expect(label(res)).toBe('401 invalid_token');
    expect(res.trace.find((s) => s.outcome === 'fail')?.check).toBe(check);
  });

  it('marks its answer to an ID token as an assumption: Okta documents the refusal, not the response', async () => {
    const sim = newSim();
    const app = await sim.console.createWebApp({ name: 'Web app' });
    const id = await sim.console.issueIdToken({ clientId: app.clientId, userId: adminId(sim, 'super-admin') });
    const res = await send(sim, 'GET', '/api/v1/users', `Bearer ${id}`);
    expect(res.trace.find((s) => s.outcome === 'fail')).toMatchObject({ check: 'jwt-token-type', basis: 'assumption' });
  });

  it('allows two minutes of clock skew after exp', async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.users.read']);
    sim.advanceTime(3600_000 + 120_000);
    expect((await send(sim, 'GET', '/api/v1/users', `Bearer ${at}`)).status).toBe(200);
  });

  it('allows two minutes of clock skew before iat', async () => {
    const sim = newSim();
    const at = await forged(sim, { iat: Math.floor(sim.now() / 1000) + 120 });
    const res = await send(sim, 'GET', '/api/v1/users', `Bearer ${at}`);
    expect(res.status).toBe(200);
    expect(res.trace.find((s) => s.check === 'jwt-expiry')).toMatchObject({ outcome: 'pass', detail: '3600 s left.' });
  });

  it('refuses Bearer on DELETE /api/v1/api-tokens/current, which accepts SSWS only', async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.apiTokens.manage'], 'SUPER_ADMIN');
    const res = await send(sim, 'DELETE', '/api/v1/api-tokens/current', `Bearer ${at}`);
    expect(label(res)).toBe('403 E0000006');
    expect(res.trace.find((s) => s.outcome === 'fail')).toMatchObject({ check: 'scope', basis: 'assumption' });
  });

  it('gives the app its own 50% share of each bucket', async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.logs.read']);
    for (let i = 0; i < 60; i++) await send(sim, 'GET', '/api/v1/logs', `Bearer ${at}`);
    const res = await send(sim, 'GET', '/api/v1/logs', `Bearer ${at}`);
    expect(label(res)).toBe('429 E0000047');
    expect(res.headers['X-Rate-Limit-Remaining']).toBe('60');
    expect(res.trace.find((s) => s.outcome === 'fail')?.detail).toMatch(/^The caller's share refused it/);
  });
});

describe('every response', () => {
  it('carries a unique X-Okta-Request-Id and a Date from the simulated clock', async () => {
    const sim = newSim();
    const ids = new Set<string>();
    for (const url of ['/api/v1/users', '/nope', '/api/v1/logs']) {
      const res = await send(sim, 'GET', url);
      ids.add(res.headers['X-Okta-Request-Id'] ?? '');
      expect(res.headers['Date']).toBe('Mon, 02 Mar 2026 09:00:00 GMT');
    }
    expect(ids.size).toBe(3);
  });
});

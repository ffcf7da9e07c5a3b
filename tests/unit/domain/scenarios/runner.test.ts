/** The scenario runner: setup steps, the keychain, placeholders and author-friendly errors. */
import { describe, expect, it } from 'vitest';
import {
  predictOutcome,
  runScenario,
  runScenarioNow,
  ScenarioError,
  type ScenarioErrorCode,
  type ScenarioSpec,
} from '../../../../src/domain/scenarios/index.ts';

const base = (over: Partial<ScenarioSpec>): ScenarioSpec => ({
  id: 'test-scenario',
  title: 'Test',
  description: 'A test.',
  request: { method: 'GET', path: '/api/v1/users', authorization: 'SSWS {ci}' },
  ...over,
});

describe('runScenario', () => {
  it('seeds the org with the id, runs setup in order and prepares (not sends) the request', async () => {
    const { sim, keychain, request } = await runScenario(
      base({ setup: [{ createToken: { name: 'CI pipeline', admin: 'super-admin', save: 'ci' } }] }),
    );
    expect(Object.keys(keychain)).toEqual(['ci']);
    expect(keychain['ci']).toMatch(/^00lab\./);
    expect(request).toEqual({
      method: 'GET',
      url: '/api/v1/users',
      headers: { Authorization: `SSWS ${keychain['ci']}` },
    });
    expect(sim.console.listApiTokens()[0]?.lastUsed).toBeNull();
    const again = await runScenario(
      base({ setup: [{ createToken: { name: 'CI pipeline', admin: 'super-admin', save: 'ci' } }] }),
    );
    expect(again.keychain).toEqual(keychain);
  });

  it('sends no Authorization header when the request names none', async () => {
    const { request } = await runScenario(base({ request: { method: 'GET', path: '/api/v1/users' } }));
    expect(request.headers).toEqual({});
  });

  it('runs every kind of step', async () => {
    const spec = base({
      seed: 'all-steps',
      setup: [
        { createAdmin: { login: 'kim@example.com', role: 'ORG_ADMIN', save: 'kim' } },
        { createToken: { name: 'Kim', admin: 'kim', save: 'k', rateLimitPercent: 10 } },
        { useToken: { token: 'k' } },
        { advanceTime: { days: 1, hours: 2, minutes: 3, seconds: 4 } },
        { setAdminRole: { admin: 'kim', role: 'READ_ONLY_ADMIN' } },
        { setUserStatus: { admin: 'group-admin', status: 'SUSPENDED' } },
        { createServiceApp: { name: 'Svc', scopes: ['okta.users.read'], role: 'READ_ONLY_ADMIN', save: 'svc' } },
        { issueAccessToken: { app: 'svc', scopes: ['okta.users.read'], save: 'at', ttlSeconds: 600 } },
        { createWebApp: { name: 'Portal', save: 'portal' } },
        { issueIdToken: { app: 'portal', admin: 'kim', save: 'idt' } },
        { revokeToken: { token: 'k' } },
        { burst: { count: 3 } },
      ],
      request: { method: 'GET', path: '/api/v1/users', authorization: 'Bearer {at}' },
    });
    const { sim, keychain } = await runScenario(spec);
    expect(Object.keys(keychain)).toEqual(['k', 'at', 'idt']);
    expect(sim.now() - Date.UTC(2026, 2, 2, 9)).toBe(86_400_000 + 2 * 3_600_000 + 3 * 60_000 + 4000);
    expect(sim.console.listApiTokens()[0]).toMatchObject({ status: 'REVOKED', rateLimitPercent: 10 });
    expect(sim.console.listAdmins().find((a) => a.login === 'kim@example.com')?.role).toBe('READ_ONLY_ADMIN');
    expect(await predictOutcome(spec)).toBe('200');
  });

  it('bursts the prepared request to use up a rate limit', async () => {
    const spec = base({
      setup: [
        { createToken: { name: 'Logs', admin: 'super-admin', save: 'ci', rateLimitPercent: 5 } },
        { burst: { count: 6 } },
      ],
      request: { method: 'GET', path: '/api/v1/logs', authorization: 'SSWS {ci}' },
    });
    expect(await predictOutcome(spec)).toBe('429 E0000047');
  });

  it.each([
    [
      [{ createToken: { name: 'CI', admin: 'super-admin', save: 'ci' } }, { revokeToken: { token: 'cii' } }],
      "step 2 (revokeToken): no saved token named 'cii'; saved so far: ci",
      'unknown-handle',
    ],
    [
      [{ createToken: { name: 'CI', admin: 'boss', save: 'ci' } }],
      "step 1 (createToken): no admin named 'boss'; saved so far: super-admin, org-admin, read-only-admin, group-admin, group-membership-admin",
      'unknown-handle',
    ],
    [
      [{ issueAccessToken: { app: 'svc', scopes: ['okta.users.read'], save: 'at' } }],
      "step 1 (issueAccessToken): no app named 'svc'; saved so far: (none)",
      'unknown-handle',
    ],
    [
      [
        { setAdminRole: { admin: 'org-admin', role: null } },
        { createToken: { name: 'CI', admin: 'org-admin', save: 'ci' } },
      ],
      /^step 2 \(createToken\): .*no admin role that may create API tokens/,
      'console-refused',
    ],
    [
      [
        { createToken: { name: 'CI', admin: 'super-admin', save: 'ci' } },
        { revokeToken: { token: 'ci' } },
        { useToken: { token: 'ci' } },
      ],
      /^step 3 \(useToken\): using token 'ci' got 401 E0000011/,
      'request-refused',
    ],
    [[{ advanceTime: { days: -1 } }], /^step 1 \(advanceTime\): advanceTime: `ms` must be >= 0/, 'console-refused'],
    [
      [{ rewind: { days: 1 } }] as unknown as ScenarioSpec['setup'],
      'step 1 (rewind): unknown step ["rewind"]',
      'unknown-step',
    ],
  ] as [ScenarioSpec['setup'], string | RegExp, ScenarioErrorCode][])(
    'explains a broken step: %j',
    async (setup, message, code) => {
      const error = await runScenario(base({ setup })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScenarioError);
      expect(error).toMatchObject({ code });
      expect((error as Error).message).toMatch(message);
    },
  );

  it('explains an unknown placeholder in the request', async () => {
    const spec = base({
      setup: [{ createToken: { name: 'CI', admin: 'super-admin', save: 'ci' } }],
      request: { method: 'GET', path: '/api/v1/users', authorization: 'SSWS {c1}' },
    });
    await expect(runScenario(spec)).rejects.toMatchObject({
      code: 'unknown-handle',
      message: "request.authorization: no saved key named 'c1'; saved so far: ci",
    });
  });
});

describe('runScenarioNow', () => {
  it('builds a scenario without setup steps at once, the same org and request as runScenario', async () => {
    const spec = base({ request: { method: 'GET', path: '/api/v1/users/me', authorization: 'SSWS x' } });
    const now = runScenarioNow(spec);
    const later = await runScenario(spec);
    expect(now?.sim.snapshot()).toEqual(later.sim.snapshot());
    expect(now?.request).toEqual(later.request);
    expect(now?.keychain).toEqual({});
  });

  it('declines a scenario with setup steps (they must be awaited)', () => {
    expect(
      runScenarioNow(base({ setup: [{ createToken: { name: 'CI', admin: 'super-admin', save: 'ci' } }] })),
    ).toBeNull();
  });
});

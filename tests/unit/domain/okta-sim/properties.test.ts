/**
 * Property tests: whatever arrives, the simulator answers with a well-formed response; dead
 * tokens never get a 2xx; and the same seed with the same calls gives byte-identical answers.
 * Runs are bounded so the whole suite stays fast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createOktaSim,
  TRACE_CHECKS,
  type SimRequest,
  type SimResponse,
} from '../../../../src/domain/okta-sim/index.ts';
import { appToken, DAY, newSim, tokenFor } from './helpers.ts';

const KNOWN_PATHS = [
  '/api/v1/users',
  '/api/v1/users/me',
  '/api/v1/users/{user}',
  '/api/v1/users/{user}/lifecycle/suspend',
  '/api/v1/groups',
  '/api/v1/logs',
  '/api/v1/api-tokens',
  '/api/v1/api-tokens/current',
  '/api/v1/api-tokens/{token}',
];

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '%',
    '%E0%A4%A',
    '{"profile":',
    '{}',
    '[]',
    'null',
    '"x"',
    '__proto__',
    'constructor',
  ),
  fc.integer({ min: 1, max: 200_000 }).map((n) => 'x'.repeat(n)),
);

const method = fc.oneof(
  fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'get', 'HEAD', 'OPTIONS'),
  fc.string({ maxLength: 10 }),
);

function wellFormed(res: SimResponse): void {
  expect(Number.isInteger(res.status) && res.status >= 200 && res.status < 500).toBe(true);
  expect(typeof res.statusText).toBe('string');
  expect(res.headers['X-Okta-Request-Id']).toMatch(/^req[A-Za-z0-9]{23}$/);
  for (const v of Object.values(res.headers)) expect(typeof v).toBe('string');
  expect(() => JSON.stringify(res)).not.toThrow();
  if (res.body !== null && typeof res.body === 'object' && !Array.isArray(res.body) && 'errorCode' in res.body) {
    expect(Object.keys(res.body)).toEqual(['errorCode', 'errorSummary', 'errorLink', 'errorId', 'errorCauses']);
  }
  // Exactly one failure, or none for a success; everything after it skipped; codes in order.
  const fails = res.trace.filter((s) => s.outcome === 'fail');
  expect(fails.length).toBe(res.status < 300 ? 0 : 1);
  const firstFail = res.trace.findIndex((s) => s.outcome === 'fail');
  if (firstFail >= 0) expect(res.trace.slice(firstFail + 1).every((s) => s.outcome === 'skip')).toBe(true);
  const order = res.trace.map((s) => TRACE_CHECKS.indexOf(s.check));
  expect(order).toEqual([...order].sort((a, b) => a - b));
}

describe('random requests', () => {
  it('never throw and always produce a well-formed response', async () => {
    const sim = newSim('props');
    const ssws = await tokenFor(sim, 'super-admin');
    const { at } = await appToken(sim, ['okta.users.manage', 'okta.logs.read'], 'SUPER_ADMIN');
    const userId = sim.console.listUsers()[5]?.id ?? '';
    const authorization = fc.oneof(
      fc.constant(undefined),
      text,
      text.map((t) => `SSWS ${t}`),
      text.map((t) => `Bearer ${t}`),
      fc.constantFrom(
        `SSWS ${ssws.value}`,
        `Bearer ${at}`,
        `bearer ${at}`,
        `ssws  ${ssws.value} `,
        `Bearer ${ssws.value}`,
        `SSWS ${at}`,
      ),
    );
    const path = fc.oneof(
      fc.constantFrom(...KNOWN_PATHS).map((p) => p.replace('{user}', userId).replace('{token}', ssws.id)),
      text.map((t) => `/api/v1/${t}`),
      text,
      fc.tuple(fc.constantFrom(...KNOWN_PATHS), text).map(([p, q]) => `${p.replace(/\{\w+\}/, 'x')}?${q}`),
    );
    const request = fc.record(
      {
        method,
        url: path,
        headers: fc.option(
          fc.oneof(
            authorization.map((a): Record<string, string> => (a === undefined ? {} : { Authorization: a })),
            fc.dictionary(text, text, { maxKeys: 4 }),
          ),
          { nil: undefined },
        ),
        body: fc.option(text, { nil: undefined }),
        ip: fc.option(fc.oneof(fc.ipV4(), text), { nil: undefined }),
      },
      { requiredKeys: ['method', 'url'] },
    );
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        wellFormed(await sim.handle(req));
      }),
      { numRuns: 400 },
    );
  });

  it('never give a revoked or expired token a 2xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KNOWN_PATHS),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        fc.boolean(),
        fc.integer({ min: 1, max: 400 }),
        async (path, m, revoke, extraSeconds) => {
          const sim = newSim('dead');
          const t = await tokenFor(sim, 'super-admin');
          if (revoke) sim.console.revokeApiToken(t.id);
          else sim.advanceTime(30 * DAY + extraSeconds * 1000);
          const url = path.replace('{user}', sim.console.listUsers()[6]?.id ?? '').replace('{token}', t.id);
          const res = await sim.handle({ method: m, url, headers: { Authorization: `SSWS ${t.value}` }, body: '{}' });
          expect(res.status >= 200 && res.status < 300).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('determinism', () => {
  async function script(seed: string, calls: SimRequest[]): Promise<string> {
    const sim = createOktaSim({ seed });
    const t = await tokenFor(sim, 'org-admin');
    const { at } = await appToken(sim, ['okta.users.read']);
    const out: unknown[] = [t, at];
    for (const c of calls) {
      const auth = c.headers?.['Authorization']?.replace('{ssws}', t.value).replace('{at}', at);
      out.push(await sim.handle({ ...c, headers: auth === undefined ? {} : { Authorization: auth } }));
      sim.advanceTime(1234);
    }
    out.push(sim.systemLog(), sim.snapshot());
    return JSON.stringify(out);
  }

  it('gives byte-identical responses for the same seed and the same calls', async () => {
    const call = fc.record({
      method: fc.constantFrom('GET', 'POST', 'DELETE'),
      url: fc.constantFrom('/api/v1/users', '/api/v1/users/me', '/api/v1/logs', '/api/v1/api-tokens/current', '/nope'),
      headers: fc.constantFrom(
        {},
        { Authorization: 'SSWS {ssws}' },
        { Authorization: 'Bearer {at}' },
        { Authorization: 'SSWS nope' },
      ),
      body: fc.constantFrom('{}', '{"profile":{}}', 'nope'),
    });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 12 }), fc.array(call, { maxLength: 8 }), async (seed, calls) => {
        expect(await script(seed, calls)).toBe(await script(seed, calls));
      }),
      { numRuns: 25 },
    );
  });

  it('gives different ids and token values for different seeds', async () => {
    const a = createOktaSim({ seed: 'a' });
    const b = createOktaSim({ seed: 'b' });
    expect(a.console.listUsers()[0]?.id).not.toBe(b.console.listUsers()[0]?.id);
    expect((await tokenFor(a, 'super-admin')).value).not.toBe((await tokenFor(b, 'super-admin')).value);
    expect(a.console.listUsers().map((u) => u.login)).toEqual(b.console.listUsers().map((u) => u.login));
  });
});

/** The trace: a closed, ordered set of checks with short summaries. */
import { describe, expect, it } from 'vitest';
import { BEARER_PATH, CHECK_INFO, SSWS_PATH, TRACE_CHECKS } from '../../../../src/domain/okta-sim/index.ts';
import { BEARER_TEXT } from '../../../../src/domain/okta-sim/oauth/bearer-text.ts';
import { checkSummary } from '../../../../src/domain/okta-sim/pipeline/trace-checks.ts';
import { appToken, newSim, send, tokenFor } from './helpers.ts';

const words = (s: string) => s.trim().split(/\s+/).length;

describe('TRACE_CHECKS', () => {
  it('holds every check the brief asks for', () => {
    for (const check of [
      'route',
      'auth-header',
      'auth-scheme',
      'token-format',
      'token-known',
      'token-not-revoked',
      'token-not-expired',
      'creator-active',
      'creator-role',
      'network-zone',
      'rate-limit',
      'body-valid',
      'resource-exists',
      'jwt-format',
      'jwt-kid',
      'jwt-signature',
      'jwt-issuer',
      'jwt-audience',
      'jwt-expiry',
      'jwt-token-type',
      'scope',
      'principal-role',
    ]) {
      expect(TRACE_CHECKS).toContain(check);
    }
  });

  it('orders authentication before authorization before validation, in both branches', () => {
    for (const path of [SSWS_PATH, BEARER_PATH]) {
      const at = (c: string) => path.indexOf(c as (typeof TRACE_CHECKS)[number]);
      expect(at('auth-header')).toBeLessThan(at('rate-limit'));
      expect(at('rate-limit')).toBeLessThan(at(path === SSWS_PATH ? 'creator-role' : 'scope'));
      expect(at(path === SSWS_PATH ? 'creator-role' : 'principal-role')).toBeLessThan(at('body-well-formed'));
      expect(at('resource-exists')).toBeLessThan(at('body-valid'));
      // Each branch is TRACE_CHECKS with the other branch's checks left out.
      expect(TRACE_CHECKS.filter((c) => path.includes(c))).toEqual(path);
    }
    expect(BEARER_PATH.indexOf('jwt-signature')).toBeLessThan(BEARER_PATH.indexOf('jwt-token-type'));
  });

  it('has a label, a basis and pass/fail sentences of at most 25 words for every check', () => {
    for (const check of TRACE_CHECKS) {
      const [label, basis] = CHECK_INFO[check];
      expect(label.length).toBeGreaterThan(2);
      expect(['documented', 'observed', 'assumption']).toContain(basis);
      const sentences = BEARER_TEXT[check] ?? [checkSummary(check, 'pass'), checkSummary(check, 'fail')];
      for (const s of [...sentences, checkSummary(check, 'skip')]) {
        expect(words(s), s).toBeLessThanOrEqual(25);
        expect(s).toMatch(/[.!]$/);
      }
      expect(sentences[0]).not.toBe(sentences[1]);
    }
  });
});

describe('a request trace', () => {
  it('lists the SSWS branch, and skips everything after the first failure', async () => {
    const res = await send(newSim(), 'GET', '/api/v1/users', 'SSWS nope');
    expect(res.trace.map((s) => s.check)).toEqual(SSWS_PATH);
    expect(res.trace.map((s) => s.outcome)).toEqual([
      'pass',
      'pass',
      'pass',
      'pass',
      'pass',
      'fail',
      ...Array<string>(SSWS_PATH.length - 6).fill('skip'),
    ]);
  });

  it('lists the Bearer branch for a Bearer request, with Bearer sentences', async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.users.read']);
    const res = await send(sim, 'GET', '/api/v1/users', `Bearer ${at}`);
    expect(res.trace.map((s) => s.check)).toEqual(BEARER_PATH);
    expect(res.trace.find((s) => s.check === 'jwt-signature')?.summary).toBe(BEARER_TEXT['jwt-signature']?.[0]);
  });

  it('marks the route check as an assumption, since its place before authentication is assumed', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const res = await send(sim, 'GET', '/api/v1/users', `SSWS ${value}`);
    expect(res.trace[0]).toMatchObject({ check: 'route', outcome: 'pass', basis: 'assumption' });
    expect(res.trace.find((s) => s.check === 'rate-limit')?.detail).toMatch(/50% of the 600\/min bucket/);
  });

  it('explains a JWT sent as SSWS in the token-known detail', async () => {
    const sim = newSim();
    const { at } = await appToken(sim, ['okta.users.read']);
    const res = await send(sim, 'GET', '/api/v1/users', `SSWS ${at}`);
    expect(res.trace.find((s) => s.check === 'token-known')?.detail).toMatch(/Bearer/);
  });
});

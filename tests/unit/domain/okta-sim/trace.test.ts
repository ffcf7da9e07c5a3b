/** The trace: a closed, ordered set of checks with short summaries. */
import { describe, expect, it } from 'vitest';
import { BEARER_PATH, CHECK_INFO, SSWS_PATH, TRACE_CHECKS } from '../../../../src/domain/okta-sim/index.ts';
import { BEARER_TEXT } from '../../../../src/domain/okta-sim/oauth/bearer-text.ts';
import { TraceBuilder } from '../../../../src/domain/okta-sim/pipeline/trace.ts';
import { checkLabel, checkSummary } from '../../../../src/domain/okta-sim/pipeline/trace-checks.ts';
import { appToken, newSim, send, tokenFor } from './helpers.ts';

const words = (s: string) => s.trim().split(/\s+/).length;

describe('TRACE_CHECKS', () => {
  it('holds every check a learner needs to see', () => {
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
    }
    expect(BEARER_PATH.indexOf('jwt-signature')).toBeLessThan(BEARER_PATH.indexOf('jwt-token-type'));
    expect(SSWS_PATH.some((c) => c.startsWith('jwt-') || c === 'scope' || c === 'principal-role')).toBe(false);
    expect(BEARER_PATH.some((c) => c.startsWith('token-') || c.startsWith('creator-') || c === 'network-zone')).toBe(
      false,
    );
  });

  it('has a label, a pass and a fail fact, and pass/fail sentences of at most 25 words for every check', () => {
    for (const check of TRACE_CHECKS) {
      const [label, passFact, failFact] = CHECK_INFO[check];
      expect(label.length).toBeGreaterThan(2);
      expect(passFact).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(failFact).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
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
    // Each Bearer check says what it checked, not the sentence of a check that never ran.
    for (const step of res.trace) {
      expect(step.outcome).toBe('pass');
      expect(step.summary).not.toMatch(/not checked/);
    }
    expect(res.trace.find((s) => s.check === 'jwt-signature')?.summary).toMatch(/^The RS256 signature verifies/);
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

describe('trace details', () => {
  const recorded = (detail: string) => {
    const trace = new TraceBuilder();
    trace.fail('route', detail);
    return trace.finish()[0]?.detail;
  };

  it('keeps a detail of 300 characters as it is', () => {
    const detail = 'x'.repeat(300);
    expect(recorded(detail)).toBe(detail);
  });

  it('cuts a longer detail to 300 characters, ending with an ellipsis', () => {
    expect(recorded('y'.repeat(299) + 'zz')).toBe('y'.repeat(299) + '…');
  });

  it('cuts a hostile path quoted by the route check', async () => {
    const path = '/' + 'a'.repeat(200_000);
    const res = await send(newSim(), 'GET', path);
    const detail = res.trace[0]?.detail ?? '';
    expect(detail).toHaveLength(300);
    expect(detail).toMatch(/^Nothing is served at \/a+…$/);
  });
});

describe('checkLabel', () => {
  it.each([
    ['route', 'Known endpoint'],
    ['token-not-expired', 'Within 30 days'],
    ['jwt-kid', 'Signing key'],
    ['principal-role', "App's role"],
  ] as const)('labels %s "%s"', (check, label) => {
    expect(checkLabel(check)).toBe(label);
  });

  it('names a skipped check by its label', () => {
    expect(checkSummary('rate-limit', 'skip')).toBe(
      'Rate limit: not checked, because an earlier check already decided the response.',
    );
  });
});

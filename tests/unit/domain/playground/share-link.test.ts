import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../src/domain/playground/actions.ts';
import { toBase64Url } from '../../../../src/domain/encoding/base64url.ts';
import { utf8Encode } from '../../../../src/domain/encoding/utf8.ts';
import { decodeShare, MAX_CLOCK_MS, MAX_LINK_CHARS } from '../../../../src/domain/playground/share-decode.ts';
import { encodeShare, type SharePayload } from '../../../../src/domain/playground/share-link.ts';

const raw = (value: unknown) => toBase64Url(utf8Encode(JSON.stringify(value)));
const payload: SharePayload = {
  scenario: 'playground',
  actions: [
    ['token', 'CI pipeline', 'alex.rivera@example.com', null, null],
    ['send', 3, ['GET', '/api/v1/users', 'SSWS {T1}', 'Accept: application/json', '']],
    ['revoke', 0],
    ['clock', 31 * 86_400_000],
    ['role', 'alex.rivera@example.com', 'READ_ONLY_ADMIN'],
    ['status', 'priya.shah@example.com', 'SUSPENDED'],
    ['app', 'Reports', ['okta.users.read'], null],
    ['issue', 0, ['okta.users.read']],
  ],
  request: ['POST', '/api/v1/users', 'SSWS {T1}', 'Content-Type: application/json', '{"profile":{}}'],
};

describe('share links', () => {
  it('round-trips a payload through the fragment', () => {
    expect(decodeShare(`#s=${encodeShare(payload)}`)).toEqual({ ok: true, payload });
  });

  it('encodes to URL-safe characters only', () => {
    expect(encodeShare(payload)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['an empty fragment', '#s='],
    ['a fragment over the size cap', `#s=${'A'.repeat(MAX_LINK_CHARS + 1)}`],
    ['characters outside base64url', '#s=<img src=x onerror=alert(1)>'],
    ['text that is not JSON', `#s=${toBase64Url(utf8Encode('{nope'))}`],
    ['another version', `#s=${raw([2, 'playground', [], ['GET', '/', '', '', '']])}`],
    ['an unknown action', `#s=${raw([1, 'playground', [['drop-table']], ['GET', '/', '', '', '']])}`],
    ['a scenario id with markup', `#s=${raw([1, '<script>', [], ['GET', '/', '', '', '']])}`],
    ['an unknown method', `#s=${raw([1, 'playground', [], ['TRACE', '/', '', '', '']])}`],
    ['a path without a slash', `#s=${raw([1, 'playground', [], ['GET', 'api', '', '', '']])}`],
    ['a header with a line break', `#s=${raw([1, 'playground', [], ['GET', '/', 'SSWS a\r\nX: y', '', '']])}`],
    [
      'a rate share of 0%',
      `#s=${raw([1, 'playground', [['token', 'x', 'a@example.com', 0, null]], ['GET', '/', '', '', '']])}`,
    ],
    ['a negative clock step', `#s=${raw([1, 'playground', [['clock', -5]], ['GET', '/', '', '', '']])}`],
    ['a clock step of NaN', `#s=${raw([1, 'playground', [['clock', 'NaN']], ['GET', '/', '', '', '']])}`],
    [
      'too many replayed requests',
      `#s=${raw([
        1,
        'playground',
        [
          ['send', 1500, ['GET', '/', '', '', '']],
          ['send', 1500, ['GET', '/', '', '', '']],
        ],
        ['GET', '/', '', '', ''],
      ])}`,
    ],
    [
      'an unknown role',
      `#s=${raw([1, 'playground', [['role', 'a@example.com', 'GOD_MODE']], ['GET', '/', '', '', '']])}`,
    ],
    [
      'a scope that is not an Okta scope',
      `#s=${raw([1, 'playground', [['app', 'x', ['admin'], null]], ['GET', '/', '', '', '']])}`,
    ],
    ['a __proto__ key trick', `#s=${raw({ __proto__: [] })}`],
  ])('rejects %s with a reason', (_name, fragment) => {
    const r = decodeShare(fragment);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/\S/);
  });

  describe('the clock a link may replay', () => {
    const withClock = (...steps: number[]) =>
      decodeShare(`#s=${raw([1, 'playground', steps.map((ms) => ['clock', ms]), ['GET', '/', '', '', '']])}`);
    const TEN_YEARS = 3650 * 86_400_000;

    it('allows one step of up to ten years, and not a millisecond more', () => {
      expect(MAX_CLOCK_MS).toBe(TEN_YEARS);
      expect(withClock(TEN_YEARS).ok).toBe(true);
      expect(withClock(TEN_YEARS + 1)).toEqual({
        ok: false,
        reason: 'The link is not a valid share link: a clock step must be between 1 ms and ten years.',
      });
    });

    it('allows a hundred years in all, and rejects the link whose steps add up to more', () => {
      expect(withClock(...Array<number>(10).fill(TEN_YEARS)).ok).toBe(true);
      expect(withClock(...Array<number>(10).fill(TEN_YEARS), 1)).toEqual({
        ok: false,
        reason: 'The link is not a valid share link: the link moves the clock too far.',
      });
    });
  });

  it('allows 2,000 replayed requests in all, and not one more', () => {
    const withSends = (...counts: number[]) =>
      decodeShare(
        `#s=${raw([1, 'playground', counts.map((n) => ['send', n, ['GET', '/', '', '', '']]), ['GET', '/', '', '', '']])}`,
      );
    expect(withSends(1000, 1000).ok).toBe(true);
    expect(withSends(1000, 1000, 1)).toEqual({
      ok: false,
      reason: 'The link is not a valid share link: the link replays more than 2000 requests.',
    });
  });

  it('rejects a link holding something shaped like a real Okta token, even JSON-escaped', () => {
    const real = `00${'A'.repeat(40)}`;
    expect(decodeShare(`#s=${raw([1, 'playground', [], ['GET', '/', `SSWS ${real}`, '', '']])}`).ok).toBe(false);
    const escaped = toBase64Url(
      utf8Encode(`[1,"playground",[],["GET","/","SSWS \\u0030\\u0030${'A'.repeat(40)}","",""]]`),
    );
    expect(decodeShare(`#s=${escaped}`).ok).toBe(false);
  });

  it('never throws, whatever the fragment (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const r = decodeShare(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any JSON value, and accepts only well-formed payloads (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const r = decodeShare(raw(value));
        if (r.ok) {
          // Anything accepted re-encodes to the same payload.
          expect(decodeShare(encodeShare(r.payload))).toEqual(r);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every well-formed payload (property)', () => {
    const text = fc
      .string({ maxLength: 30 })
      .filter((s) => ![...s].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127));
    const login = fc.constantFrom('alex.rivera@example.com', 'jordan.lee@example.com');
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.tuple(
        fc.constant('token' as const),
        text,
        login,
        fc.option(fc.integer({ min: 5, max: 100 })),
        fc.option(fc.constant('nzo1')),
      ),
      fc.tuple(fc.constant('revoke' as const), fc.nat(50)),
      fc.tuple(fc.constant('clock' as const), fc.integer({ min: 1, max: 1e10 })),
      fc.tuple(
        fc.constant('status' as const),
        login,
        fc.constantFrom('ACTIVE' as const, 'SUSPENDED' as const, 'DEACTIVATED' as const),
      ),
      fc.tuple(
        fc.constant('send' as const),
        fc.integer({ min: 1, max: 5 }),
        fc.tuple(
          fc.constantFrom('GET', 'POST'),
          text.map((t) => `/${t}`),
          text,
          text,
          text,
        ),
      ),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 10 }), (actions) => {
        const p: SharePayload = { scenario: 'playground', actions, request: ['GET', '/api/v1/users', '', '', ''] };
        expect(decodeShare(encodeShare(p))).toEqual({ ok: true, payload: p });
      }),
      { numRuns: 200 },
    );
  });
});

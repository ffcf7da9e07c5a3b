import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsCredentialLike,
  looksLikeJwt,
  parseAuthorization,
} from '../../../../src/domain/playground/authorization.ts';
import { bodyProblem, methodSendsBody } from '../../../../src/domain/playground/body-text.ts';
import { MAX_DAYS, parseDays } from '../../../../src/domain/playground/days.ts';
import { MAX_TIMES, parseTimes } from '../../../../src/domain/playground/times.ts';
import {
  formatHeaderLines,
  MAX_HEADER_LINES,
  parseHeaderLines,
} from '../../../../src/domain/playground/header-lines.ts';

describe('the Authorization header field', () => {
  it.each([
    ['empty means no header', '', { kind: 'none', scheme: '', credential: '' }],
    ['spaces only mean no header', '   ', { kind: 'none', scheme: '', credential: '' }],
    ['SSWS', 'SSWS 00lab.x', { kind: 'ssws', scheme: 'SSWS', credential: '00lab.x' }],
    [
      'scheme words are case-insensitive for labelling',
      'bearer eyJ.a.b',
      { kind: 'bearer', scheme: 'bearer', credential: 'eyJ.a.b' },
    ],
    ['another scheme', 'Basic dXNlcg==', { kind: 'other', scheme: 'Basic', credential: 'dXNlcg==' }],
    ['a value with no scheme', '00lab.x', { kind: 'other', scheme: '', credential: '00lab.x' }],
  ] as const)('%s', (_n, text, expected) => {
    expect(parseAuthorization(text)).toEqual(expected);
  });

  it('re-joins to the trimmed input whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const p = parseAuthorization(text);
        const t = text.trim();
        if (p.kind === 'none') {
          expect(t).toBe('');
        } else if (!p.scheme) {
          expect(p.credential).toBe(t);
        } else {
          // Scheme, then only whitespace, then the credential: nothing is lost or invented.
          expect(t.startsWith(p.scheme) && t.endsWith(p.credential)).toBe(true);
          expect(t.slice(p.scheme.length, t.length - p.credential.length)).toMatch(/^\s+$/);
          expect(p.scheme).not.toMatch(/\s/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('recognises JWT shapes and credential-like runs', () => {
    expect(looksLikeJwt('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.sig')).toBe(true);
    expect(looksLikeJwt('00lab.abc')).toBe(false);
    expect(containsCredentialLike('00lab.abcdefghijklmnopqrstuvwxyz0123456789')).toBe(true);
    expect(containsCredentialLike('[removed]')).toBe(false);
    expect(containsCredentialLike('{T1}')).toBe(false);
  });
});

describe('the Other headers text', () => {
  it('reads Name: value lines and reports bad lines by number', () => {
    expect(parseHeaderLines('Accept: application/json\n\nbad line\nAuthorization: SSWS x\nX-A:  b c ')).toEqual({
      headers: [
        ['Accept', 'application/json'],
        ['X-A', 'b c'],
      ],
      errors: [
        { line: 3, message: 'Write "Name: value"; a header name has no spaces.' },
        { line: 4, message: 'Put the Authorization header in its own field above.' },
      ],
    });
  });

  it('rejects control characters in values and caps the number of headers', () => {
    expect(parseHeaderLines('X-A: a\u0000b').errors).toHaveLength(1);
    const many = Array.from({ length: MAX_HEADER_LINES + 5 }, (_, i) => `X-${i}: v`).join('\n');
    const r = parseHeaderLines(many);
    expect(r.headers).toHaveLength(MAX_HEADER_LINES);
    expect(r.errors).toHaveLength(1);
  });

  it('never throws; every header it returns is a token name and a clean value (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        const r = parseHeaderLines(text);
        for (const [name, value] of r.headers) {
          expect(name).toMatch(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/);
          expect(name.toLowerCase()).not.toBe('authorization');
          expect([...value].some((c) => c.charCodeAt(0) < 32 && c !== '\t')).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips well-formed headers (property)', () => {
    const name = fc.stringMatching(/^X-[A-Za-z0-9-]{1,20}$/);
    const value = fc.stringMatching(/^[!-~]([ -~]{0,30}[!-~])?$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 10 }), (headers) => {
        expect(parseHeaderLines(formatHeaderLines(headers))).toEqual({ headers, errors: [] });
      }),
    );
  });
});

describe('the Body text', () => {
  it.each([
    ['no body', '  ', null],
    ['JSON', '{"profile": {}}', null],
    ['broken JSON', '{"profile": ', 'Not well-formed JSON: expect Okta to answer 400 E0000003.'],
    ['an oversized body', `"${'x'.repeat(100_000)}"`, 'The body is longer than 100000 characters.'],
  ])('%s', (_n, text, problem) => {
    expect(bodyProblem(text)).toBe(problem);
  });

  it('only POST and PUT-like methods send a body', () => {
    expect(['GET', 'DELETE', 'POST', 'PUT'].map(methodSendsBody)).toEqual([false, false, true, true]);
  });

  it('never throws, and finds no problem exactly when JSON.parse accepts the text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json()), (text) => {
        const problem = bodyProblem(text);
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        if (text.trim()) expect(problem === null).toBe(parses);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Days to advance', () => {
  it.each([
    ['31', { ok: true, days: 31 }],
    ['0.5', { ok: true, days: 0.5 }],
    [' 7 ', { ok: true, days: 7 }],
    ['.25', { ok: true, days: 0.25 }],
  ])('accepts %j', (text, expected) => {
    expect(parseDays(text)).toEqual(expected);
  });

  it.each(['', '0', '-2', '1e3', 'Infinity', 'NaN', '3651', '12abc', '0x10', '<img src=x onerror=alert(1)>'])(
    'rejects %j',
    (text) => {
      expect(parseDays(text).ok).toBe(false);
    },
  );

  it.each(['3651', '100000', '99999999999'])('tells %j the real maximum, not "greater than 0"', (text) => {
    expect(parseDays(text)).toEqual({ ok: false, message: `Advance at most ${MAX_DAYS} days (ten years) at a time.` });
  });

  it('returns only finite days in (0, MAX_DAYS] for any text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.double().map(String)), (text) => {
        const r = parseDays(text);
        if (r.ok) {
          expect(Number.isFinite(r.days)).toBe(true);
          expect(r.days).toBeGreaterThan(0);
          expect(r.days).toBeLessThanOrEqual(MAX_DAYS);
        } else expect(r.message).toMatch(/\S/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Times (Send N times)', () => {
  it.each([
    ['1', 1],
    [' 61 ', 61],
    [String(MAX_TIMES), MAX_TIMES],
  ])('accepts %j', (text, times) => {
    expect(parseTimes(text)).toEqual({ ok: true, times });
  });

  it.each(['', '0', '-1', '1.5', '501', '1e2', 'ten', '999999999'])('rejects %j with the range', (text) => {
    expect(parseTimes(text)).toEqual({ ok: false, message: `Enter a whole number from 1 to ${MAX_TIMES}.` });
  });
});

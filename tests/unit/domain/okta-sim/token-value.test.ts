/** Lab token values look fake on purpose and never trip secret scanners. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAB_TOKEN_PREFIX, looksLikeRealOktaToken } from '../../../../src/domain/okta-sim/index.ts';
import { seedRng } from '../../../../src/domain/okta-sim/org/prng.ts';
import { newTokenValue } from '../../../../src/domain/okta-sim/ssws/token-value.ts';
import { newSim, tokenFor } from './helpers.ts';

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** 00 + 40 characters, shaped like the docs' example value (which the docs shorten). */
const REAL = '00QCjAl4MlV-WPXMabcdefghijklmnop0HmjFxvbGu';

describe('looksLikeRealOktaToken', () => {
  it.each([
    ['a bare 42-character value starting with 00', REAL, true],
    ['a header with such a value', `Authorization: SSWS ${REAL}`, true],
    ['a value inside JSON', `{"token":"${REAL}"}`, true],
    ['41 characters', REAL.slice(0, 41), false],
    ['a longer word run (no word boundary at 42)', `${REAL}Z`, false],
    ['the shortened docs example', '00QCjAl4MlV-WPXM...0HmjFx-vbGua', false],
    ['a lab token', '00lab.CcNZX7El5KBh2yUa4JwUCRuSikqwgLCTlI', false],
    ['empty text', '', false],
  ])('%s -> %s', (_, text, expected) => {
    expect(looksLikeRealOktaToken(text)).toBe(expected);
  });

  it('matches any 00 + 40 URL-safe characters standing alone (ending in a word character, as \\b needs)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...URL_SAFE), minLength: 39, maxLength: 39 }),
        fc.constantFrom('a', 'Z', '0', '_'),
        (tail, last) => {
          expect(looksLikeRealOktaToken(`SSWS 00${tail}${last}`)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('simulated token values', () => {
  it('never match the scanner pattern, alone or in any surrounding text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (seed, before, after) => {
        const value = newTokenValue(seedRng(seed));
        expect(value.startsWith(LAB_TOKEN_PREFIX)).toBe(true);
        expect(value).toHaveLength(40);
        expect(looksLikeRealOktaToken(value)).toBe(false);
        // Neighbouring text can only extend the runs at the ends; both are shorter than 42 with the
        // text's own characters, so any match would have to come from the surrounding text itself.
        if (
          !looksLikeRealOktaToken(before) &&
          !looksLikeRealOktaToken(after) &&
          !/[A-Za-z0-9_-]$/.test(before) &&
          !/^[A-Za-z0-9_-]/.test(after)
        ) {
          expect(looksLikeRealOktaToken(`${before}${value}${after}`)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('are returned once, at creation, and differ for every token', async () => {
    const sim = newSim();
    const values = new Set<string>();
    for (let i = 0; i < 20; i++) values.add((await tokenFor(sim, 'super-admin')).value);
    expect(values.size).toBe(20);
    expect(JSON.stringify(sim.console.listApiTokens())).not.toContain(LAB_TOKEN_PREFIX);
  });

  it("get 00T ids of 20 characters, as Okta's examples show", async () => {
    const sim = newSim();
    const { id } = await tokenFor(sim, 'super-admin');
    expect(id).toMatch(/^00T[A-Za-z0-9]{17}$/);
  });
});

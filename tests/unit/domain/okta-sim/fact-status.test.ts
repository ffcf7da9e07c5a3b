/**
 * The generated status table (src/domain/okta-sim/pipeline/fact-status.ts) must match the facts
 * collection, or a trace badge could disagree with the fact it links to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_STATUS_FILE, renderFactStatus } from '../../../../scripts/sync-fact-status.ts';
import { basisOf } from '../../../../src/domain/okta-sim/pipeline/fact-basis.ts';

describe('the generated fact status table', () => {
  it('is up to date with src/content/facts/*.yaml and the ids the simulator cites', () => {
    const expected = renderFactStatus();
    const actual = readFileSync(FACT_STATUS_FILE, 'utf8');
    expect(actual === expected, 'fact-status.ts is out of date: run `npm run facts:sync`').toBe(true);
  });
});

describe('basisOf', () => {
  it.each([
    ['confirmed', 'documented'],
    ['observed', 'observed'],
    ['contested', 'assumption'],
    ['unconfirmed', 'assumption'],
  ] as const)('derives %s → %s', (status, basis) => {
    expect(basisOf(status)).toBe(basis);
  });
});

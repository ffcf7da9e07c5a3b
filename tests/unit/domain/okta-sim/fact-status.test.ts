/**
 * The generated status table (src/domain/okta-sim/pipeline/fact-status.ts) must match the facts
 * collection, or a trace badge could disagree with the fact it links to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_STATUS_FILE, readFactStatuses, renderFactStatus } from '../../../../scripts/sync-fact-status.ts';
import { CITED_FACTS } from '../../../../src/domain/okta-sim/pipeline/cited-facts.ts';
import { FACT_STATUS } from '../../../../src/domain/okta-sim/pipeline/fact-status.ts';
import { basisOf } from '../../../../src/domain/okta-sim/pipeline/fact-basis.ts';

describe('the generated fact status table', () => {
  it('is up to date with src/content/facts/*.yaml and the ids the simulator cites', () => {
    const expected = renderFactStatus();
    const actual = readFileSync(FACT_STATUS_FILE, 'utf8');
    expect(actual === expected, 'fact-status.ts is out of date: run `npm run facts:sync`').toBe(true);
  });

  it('lists exactly the ids of CITED_FACTS, each with its status in the collection', () => {
    const statuses = readFactStatuses();
    expect(Object.keys(FACT_STATUS).sort()).toEqual([...CITED_FACTS].sort());
    for (const [id, status] of Object.entries(FACT_STATUS)) expect(status, id).toBe(statuses.get(id));
  });

  it('refuses to generate a table for a fact the collection does not have, naming it', () => {
    expect(() => renderFactStatus([...CITED_FACTS, 'no-such-fact'])).toThrow(/no-such-fact/);
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

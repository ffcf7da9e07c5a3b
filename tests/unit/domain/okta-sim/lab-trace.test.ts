/**
 * The lab's own trace steps (token endpoint, DPoP) cite facts like the pipeline's: each check
 * names a fact of the collection, or is one of the lab's own rules, and a recorded step's badge
 * is the basis its fact's status allows.
 */
import { describe, expect, it } from 'vitest';
import { readFactStatuses } from '../../../../scripts/sync-fact-status.ts';
import { LAB_CHECKS, LabTrace, type LabCheck } from '../../../../src/domain/okta-sim/lab-trace.ts';
import { basisOf, type FactStatus } from '../../../../src/domain/okta-sim/pipeline/fact-basis.ts';

const statuses = readFactStatuses();
const checks = Object.keys(LAB_CHECKS) as LabCheck[];

describe('LAB_CHECKS', () => {
  it.each(checks)('%s names a fact of the collection, or is a lab rule', (check) => {
    const [, fact] = LAB_CHECKS[check];
    if (fact === 'lab') expect(check.startsWith('lab-')).toBe(true);
    else expect(statuses.has(fact), `${check} cites unknown fact ${fact}`).toBe(true);
  });

  it.each(checks)('%s records its fact and the basis derived from its status, on pass and on fail', (check) => {
    const trace = new LabTrace();
    trace.pass(check);
    trace.fail(check);
    const [, fact] = LAB_CHECKS[check];
    for (const step of trace.steps) {
      if (fact === 'lab') {
        expect(step).not.toHaveProperty('fact');
        expect(step.basis).toBe('lab');
      } else {
        expect(step.fact).toBe(fact);
        expect(step.basis).toBe(basisOf(statuses.get(fact) as FactStatus));
      }
    }
  });

  it('lets a step cite another fact for a sub-case, and derives the badge from that fact', () => {
    const trace = new LabTrace();
    trace.fail('token-scope', 'not granted', 'ungranted-scope-error-undocumented');
    expect(trace.steps[0]).toMatchObject({ fact: 'ungranted-scope-error-undocumented', basis: 'assumption' });
  });
});

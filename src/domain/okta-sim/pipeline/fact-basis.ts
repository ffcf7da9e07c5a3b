/**
 * A trace step's basis, derived from the status of the fact it rests on, never typed by hand:
 * the facts collection (src/content/facts/) decides how sure the lab may claim to be.
 */
import type { FactId } from './cited-facts.ts';
import { FACT_STATUS } from './fact-status.ts';

/** Where a trace step's rule comes from; shown as the step's badge. */
export type Basis = 'documented' | 'observed' | 'assumption';

/** A fact's status in the facts collection (see src/schemas/fact.ts). */
export type FactStatus = 'confirmed' | 'observed' | 'contested' | 'unconfirmed';

export type { FactId };

/**
 * The basis a fact's status allows: only a confirmed fact is documented; a contested or
 * unconfirmed one is, for the lab, an assumption.
 *
 * @example
 * basisOf('contested') // 'assumption'
 */
export function basisOf(status: FactStatus): Basis {
  if (status === 'confirmed') return 'documented';
  return status === 'observed' ? 'observed' : 'assumption';
}

/**
 * The basis of one fact the simulator cites.
 *
 * @example
 * factBasis('length-required-411') // 'documented'
 */
export function factBasis(fact: FactId): Basis {
  return basisOf(FACT_STATUS[fact]);
}

/**
 * The simulator's working object: the plain-JSON state plus indexes rebuilt from it. Every
 * module receives this; nothing reads a global clock or global randomness.
 */
import type { OrgState, TokenRecord } from './state.ts';

export interface SimCore {
  state: OrgState;
  /** Token records by SHA-256 hash of their value; rebuilt from `state.tokens`, never saved. */
  byHash: Map<string, TokenRecord>;
}

/** Wraps a state (fresh or restored) and rebuilds the token index from it. */
export function makeCore(state: OrgState): SimCore {
  const byHash = new Map<string, TokenRecord>();
  for (const t of state.tokens) byHash.set(t.hash, t);
  return { state, byHash };
}

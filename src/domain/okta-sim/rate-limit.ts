/**
 * Per-caller rate limiting: each API token (or service app) may use its share of every
 * bucket, 50% by default (fact sheet section 8). A window opens at the caller's first call in
 * a bucket and lasts 60 seconds ("reset every 60 s, not aligned to the clock minute").
 *
 * Assumption (Okta does not document it): `X-Rate-Limit-Limit` shows the caller's own share
 * (300 for a 50% token on a 600 bucket), so that Limit and Remaining count down consistently
 * to the 429. Okta's own 429s carry no documented `Retry-After`, so the simulator sends none.
 *
 * Only calls that authenticate are counted and carry the headers: the lab models the per-token
 * (and per-app) share, not the org-wide buckets that would also count refused calls.
 */
import type { SimCore } from './core.ts';
import type { Bucket } from './routes.ts';

const WINDOW_MS = 60_000;

export interface RateResult {
  ok: boolean;
  limit: number;
  remaining: number;
  /** Epoch seconds when the window resets. */
  reset: number;
}

/** Counts one call by `principalId` in `bucket`, unless its share is used up. */
export function consumeRate(core: SimCore, principalId: string, bucket: Bucket, percent: number): RateResult {
  const { state } = core;
  const key = principalId + ' ' + bucket.id;
  let w = state.rate[key];
  if (!w || state.now >= w.start + WINDOW_MS) {
    w = { start: state.now, count: 0 };
    state.rate[key] = w;
  }
  const limit = Math.max(1, Math.floor((bucket.limit * percent) / 100));
  const reset = Math.ceil((w.start + WINDOW_MS) / 1000);
  if (w.count >= limit) return { ok: false, limit, remaining: 0, reset };
  w.count++;
  return { ok: true, limit, remaining: limit - w.count, reset };
}

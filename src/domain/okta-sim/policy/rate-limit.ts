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
import type { SimCore } from '../org/sim-core.ts';
import type { Principal } from './principal.ts';
import type { Reply } from '../pipeline/reply.ts';
import type { Operation } from '../pipeline/routes.ts';
import type { SimResponse } from '../types.ts';

const WINDOW_MS = 60_000;

/**
 * Runs `rate-limit`: counts one call by the caller in the endpoint's bucket, unless its share is
 * used up, and sets the `X-Rate-Limit-*` headers. Returns the 429, or `undefined` when there is room.
 */
export function checkRateLimit(
  core: SimCore,
  r: Reply,
  principal: Principal,
  { bucket }: Operation,
): SimResponse | undefined {
  const { state } = core;
  const [id, percent] =
    principal.kind === 'api-token'
      ? [principal.token.id, principal.token.rateLimitPercent]
      : [principal.app.clientId, principal.app.rateLimitPercent];
  const key = id + ' ' + bucket.id;
  let w = state.rate[key];
  if (!w || state.now >= w.start + WINDOW_MS) state.rate[key] = w = { start: state.now, count: 0 };
  const limit = Math.max(1, Math.floor((bucket.limit * percent) / 100));
  const ok = w.count < limit;
  if (ok) w.count++;
  r.headers['X-Rate-Limit-Limit'] = String(limit);
  r.headers['X-Rate-Limit-Remaining'] = String(limit - w.count);
  r.headers['X-Rate-Limit-Reset'] = String(Math.ceil((w.start + WINDOW_MS) / 1000));
  const share = `${percent}% of the ${bucket.limit}/min bucket "${bucket.id}" = ${limit} per window`;
  if (!ok) {
    // 429 E0000047 is documented; Retry-After (UNCONFIRMED, none sent) and the share shown in
    // X-Rate-Limit-Limit are assumptions, so this step says so.
    r.trace.fail(
      'rate-limit',
      `${share}; all used. Assumed: X-Rate-Limit-Limit shows this share, and no Retry-After is sent (Okta documents neither).`,
    );
    return r.error('E0000047');
  }
  r.trace.pass('rate-limit', `${share}; ${limit - w.count} left.`);
  return undefined;
}

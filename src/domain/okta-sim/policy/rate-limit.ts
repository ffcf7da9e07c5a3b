/**
 * Rate limiting, at two levels. Each endpoint belongs to an org-wide bucket (fact
 * `rate-limit-buckets`), and each API token (or service app) may use its share of every bucket,
 * 50% by default (facts `token-share-default-50`, `app-share-default-50`). A window opens at the
 * first call in a bucket and lasts 60 seconds ("reset every 60 s, not aligned to the clock
 * minute", fact `rate-limit-window-60-seconds`), one for the org bucket and one per caller.
 *
 * The `X-Rate-Limit-*` headers report the org bucket, as Okta documents (fact
 * `rate-limit-headers-org-wide`): Limit 120 on the 120/min `/api/v1/logs` bucket, with Remaining
 * counting every call in that bucket, whoever made it. What they show on a 429 caused by the
 * caller's own share is undocumented (fact `rate-limit-headers-on-share-429-unknown`); the lab
 * keeps showing the org bucket. Okta's own 429s carry no documented `Retry-After` (fact
 * `retry-after-undocumented`), so the simulator sends none.
 *
 * Only calls that authenticate reach this check and are counted: the lab runs it after
 * authentication (fact `check-order-rate-limit-before-role`), so refused calls never touch a bucket.
 */
import type { SimCore } from '../org/sim-core.ts';
import type { RateWindow } from '../org/state.ts';
import type { Principal } from './principal.ts';
import type { Reply } from '../pipeline/reply.ts';
import type { Operation } from '../pipeline/routes.ts';
import type { SimResponse } from '../types.ts';

const WINDOW_MS = 60_000;

/** The counter under `key`, restarted when its 60-second window has passed. */
function windowFor(core: SimCore, key: string): RateWindow {
  const { state } = core;
  let w = state.rate[key];
  if (!w || state.now >= w.start + WINDOW_MS) state.rate[key] = w = { start: state.now, count: 0 };
  return w;
}

/**
 * Runs `rate-limit`: counts one call in the endpoint's org bucket and in the caller's share,
 * unless either is used up, and sets the `X-Rate-Limit-*` headers from the org bucket. Returns
 * the 429, or `undefined` when there is room.
 */
export function checkRateLimit(
  core: SimCore,
  r: Reply,
  principal: Principal,
  { bucket }: Operation,
): SimResponse | undefined {
  const [id, percent] =
    principal.kind === 'api-token'
      ? [principal.token.id, principal.token.rateLimitPercent]
      : [principal.app.clientId, principal.app.rateLimitPercent];
  const org = windowFor(core, 'org ' + bucket.id);
  const own = windowFor(core, id + ' ' + bucket.id);
  const share = Math.max(1, Math.floor((bucket.limit * percent) / 100));
  const orgFull = org.count >= bucket.limit;
  const shareFull = own.count >= share;
  if (!orgFull && !shareFull) {
    org.count++;
    own.count++;
  }
  r.headers['X-Rate-Limit-Limit'] = String(bucket.limit);
  r.headers['X-Rate-Limit-Remaining'] = String(bucket.limit - org.count);
  r.headers['X-Rate-Limit-Reset'] = String(Math.ceil((org.start + WINDOW_MS) / 1000));
  const shareText = `${percent}% of the ${bucket.limit}/min bucket "${bucket.id}" = ${share} per window`;
  if (orgFull) {
    r.trace.fail(
      'rate-limit',
      `The org bucket refused it: all ${bucket.limit} calls of "${bucket.id}" in this window are used, by every caller together. The headers show that bucket.`,
      'check-order-rate-limit-before-role',
    );
    return r.error('E0000047');
  }
  if (shareFull) {
    // 429 E0000047 is documented; which headers come with a share 429 is not, so the step cites
    // the fact that says so, and the basis follows it.
    r.trace.fail(
      'rate-limit',
      `The caller's share refused it: ${shareText}, all used. The headers still show the org bucket (${bucket.limit - org.count} left); Okta does not document them here, nor a Retry-After.`,
    );
    return r.error('E0000047');
  }
  r.trace.pass(
    'rate-limit',
    `${shareText}; ${share - own.count} left for this caller. The headers show the org bucket: ${bucket.limit - org.count} of ${bucket.limit} left.`,
  );
  return undefined;
}

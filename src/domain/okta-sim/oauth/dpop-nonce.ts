/**
 * DPoP nonces of the org authorization server. Okta "renews the value every 24 hours. The old
 * `dpop-nonce` value continues to work for three days after generation" (fact
 * dpop-nonce-lifetime). The lab derives each day's nonce from the org's key id and the day number, so it needs
 * no storage and the same org gives the same nonces; three days' values are accepted.
 */
import { DAY_MS } from '../pipeline/dates.ts';
import { type SimCore } from '../org/sim-core.ts';
import { sha256Base64url } from './jwk-thumbprint.ts';

function nonceOfDay(core: SimCore, day: number): string {
  // 32 characters, the length of the nonce in Okta's example response.
  return sha256Base64url(`${core.state.kid}:dpop-nonce:${day}`).slice(0, 32);
}

/** Today's nonce, sent in the `DPoP-Nonce` header. */
export function currentNonce(core: SimCore): string {
  return nonceOfDay(core, Math.floor(core.state.now / DAY_MS));
}

/** Whether `nonce` was issued less than three days ago. */
export function nonceAccepted(core: SimCore, nonce: unknown): boolean {
  const today = Math.floor(core.state.now / DAY_MS);
  return typeof nonce === 'string' && [0, 1, 2].some((back) => nonceOfDay(core, today - back) === nonce);
}

/** Status changes shared by the console and the lifecycle API. */
import type { SimCore } from './sim-core.ts';
import type { UserRecord } from './state.ts';
import type { UserStatus } from '../types.ts';

/**
 * Sets a user's status and stamps the times Okta shows. Going back to ACTIVE from SUSPENDED or
 * DEPROVISIONED records `reactivated`, which the token checks use to flag the sources' conflict
 * about reactivated creators. The simulator does not enforce Okta's allowed transitions.
 */
export function setStatus(core: SimCore, user: UserRecord, status: UserStatus): void {
  if (user.status === status) return;
  const now = core.state.now;
  if (status === 'ACTIVE' && (user.status === 'SUSPENDED' || user.status === 'DEPROVISIONED')) user.reactivated = now;
  if (status === 'ACTIVE' && user.activated === null) user.activated = now;
  user.status = status;
  user.statusChanged = now;
  user.lastUpdated = now;
}

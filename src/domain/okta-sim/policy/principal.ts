/** Who a request acts as, once authentication has passed. */
import type { AppRecord, TokenRecord, UserRecord } from '../org/state.ts';
import type { LogActor } from '../types.ts';
import { appActor, userActor } from '../org/system-log.ts';

/** An SSWS API token: it acts as its creator, with the creator's current role. */
export type ApiTokenPrincipal = { kind: 'api-token'; token: TokenRecord; user: UserRecord };

export type Principal =
  | ApiTokenPrincipal
  /** A Bearer access token from a service app (client credentials): no user involved. */
  | { kind: 'service-app'; app: AppRecord };

export function principalActor(p: Principal): LogActor {
  return p.kind === 'api-token' ? userActor(p.user) : appActor(p.app);
}

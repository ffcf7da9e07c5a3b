/**
 * Writes System Log events. Event types and the `transaction.detail.requestApiTokenId` field
 * follow facts api-token-log-events, no-token-used-event and filter-log-by-token-id: there is no
 * per-call "token used" event, but every event
 * caused by a token-authenticated request names the token.
 */
import { iso } from '../pipeline/dates.ts';
import { displayName } from './queries.ts';
import type { SimCore } from './sim-core.ts';
import { newId, newUuid } from './ids.ts';
import type { AppRecord, GroupRecord, TokenRecord, UserRecord } from './state.ts';
import type { LogActor, LogEvent } from '../types.ts';

export function userActor(u: UserRecord): LogActor {
  return { id: u.id, type: 'User', alternateId: u.profile['login'] ?? '', displayName: displayName(u) };
}

export function appActor(a: AppRecord): LogActor {
  return { id: a.clientId, type: 'PublicClientApp', alternateId: a.clientId, displayName: a.name };
}

export function tokenTarget(t: TokenRecord): LogActor {
  return { id: t.id, type: 'Token', alternateId: 'unknown', displayName: t.name };
}

export function groupTarget(g: GroupRecord): LogActor {
  return { id: g.id, type: 'UserGroup', alternateId: 'unknown', displayName: g.name };
}

/** The console's IP in System Log events (TEST-NET-3 "Office" zone). */
export const CONSOLE_IP = '203.0.113.24';

export interface LogInput {
  eventType: string;
  displayMessage: string;
  actor: LogActor;
  target: LogActor[];
  ip: string | null;
  /** The request id for API calls; console actions get a fresh one. */
  requestId?: string;
  /** The API token that authenticated the request, if any. */
  tokenId?: string;
  severity?: 'INFO' | 'WARN';
  result?: 'SUCCESS' | 'FAILURE' | 'DENY';
  /** When it happened, if not now (the seeded org's past events). */
  at?: number;
}

/** Appends an event stamped with the simulated clock. */
export function writeLog({ state }: Pick<SimCore, 'state'>, e: LogInput): LogEvent {
  const event: LogEvent = {
    uuid: newUuid(state.rng),
    published: iso(e.at ?? state.now),
    eventType: e.eventType,
    version: '0',
    severity: e.severity ?? 'INFO',
    displayMessage: e.displayMessage,
    actor: e.actor,
    client: { ipAddress: e.ip },
    outcome: { result: e.result ?? 'SUCCESS' },
    target: e.target,
    transaction: {
      type: 'WEB',
      id: e.requestId ?? newId(state.rng, 'req', 26),
      detail: e.tokenId ? { requestApiTokenId: e.tokenId } : {},
    },
  };
  state.logs.push(event);
  return event;
}

/**
 * A user lifecycle event's type and Okta's display message.
 *
 * @example
 * lifecycleEvent('suspend') // { eventType: 'user.lifecycle.suspend', displayMessage: 'Suspend Okta user' }
 */
export function lifecycleEvent(verb: 'activate' | 'deactivate' | 'suspend' | 'unsuspend'): {
  eventType: string;
  displayMessage: string;
} {
  return { eventType: `user.lifecycle.${verb}`, displayMessage: `${verb[0]?.toUpperCase()}${verb.slice(1)} Okta user` };
}

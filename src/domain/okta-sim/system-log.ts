/**
 * Writes System Log events. Event types and the `transaction.detail.requestApiTokenId` field
 * follow the fact sheet (section 2): there is no per-call "token used" event, but every event
 * caused by a token-authenticated request names the token.
 */
import { displayName, iso, type SimCore } from './core.ts';
import { newRequestId, newUuid } from './ids.ts';
import type { AppRecord, TokenRecord, UserRecord } from './state.ts';
import type { LogActor, LogEvent } from './types.ts';

export function userActor(u: UserRecord): LogActor {
  return { id: u.id, type: 'User', alternateId: u.profile['login'] ?? '', displayName: displayName(u) };
}

export function appActor(a: AppRecord): LogActor {
  return { id: a.clientId, type: 'PublicClientApp', alternateId: a.clientId, displayName: a.name };
}

export function tokenTarget(t: TokenRecord): LogActor {
  return { id: t.id, type: 'Token', alternateId: 'unknown', displayName: t.name };
}

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
}

/** Appends an event stamped with the simulated clock. */
export function writeLog(core: SimCore, e: LogInput): LogEvent {
  const { state } = core;
  const event: LogEvent = {
    uuid: newUuid(state.rng),
    published: iso(state.now),
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
      id: e.requestId ?? newRequestId(state.rng),
      detail: e.tokenId ? { requestApiTokenId: e.tokenId } : {},
    },
  };
  state.logs.push(event);
  return event;
}

/** The System Log event an API write leaves behind. */
import { writeLog } from '../org/system-log.ts';
import { principalActor } from '../policy/principal.ts';
import type { LogActor } from '../types.ts';
import type { OpInput } from './types.ts';

/**
 * Writes the event of an API call: the caller as actor (the token's creator, or the service
 * app), the request's id and IP, and `requestApiTokenId` when an API token authenticated it.
 * That field is how an admin finds every change a token made (fact filter-log-by-token-id).
 *
 * @example
 * logApiEvent(input, 'user.lifecycle.suspend', 'Suspend Okta user', userActor(user))
 */
export function logApiEvent(input: OpInput, eventType: string, displayMessage: string, target: LogActor): void {
  writeLog(input.core, {
    eventType,
    displayMessage,
    actor: principalActor(input.principal),
    target: [target],
    ip: input.ip,
    requestId: input.requestId,
    ...(input.principal.kind === 'api-token' ? { tokenId: input.principal.token.id } : {}),
  });
}

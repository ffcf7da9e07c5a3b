/** `PUT /api/v1/api-tokens/{id}` (loaded on the first write request). */
import { networkProblem } from '../ssws/network.ts';
import { clone } from '../org/state.ts';
import { tokenTarget } from '../org/system-log.ts';
import type { ApiTokenNetwork } from '../types.ts';
import { tokenMetadata } from '../org/views.ts';
import { liveToken } from './api-tokens.ts';
import { logApiEvent } from './log-api-event.ts';
import { invalid, notFound, ok, type OpHandler } from './types.ts';

/** `PUT /api/v1/api-tokens/{id}`: `{ name?, network }` upserts the network condition. */
export const updateToken: OpHandler = (input) => {
  const id = input.params['id'] ?? '';
  const t = liveToken(input.core, id);
  if (!t) return notFound(id, 'ApiToken');
  const { body } = input;
  const name = body?.['name'];
  if (name !== undefined && (typeof name !== 'string' || !name.trim()))
    return invalid(['name: The field cannot be left blank']);
  const problem = networkProblem(body?.['network'], input.core.state.zones);
  if (problem) return invalid([problem]);
  if (typeof name === 'string') t.name = name;
  t.network = clone(body?.['network']) as ApiTokenNetwork;
  t.lastUpdated = input.core.state.now;
  logApiEvent(input, 'system.api_token.update', 'Update API token', tokenTarget(t));
  return ok(tokenMetadata(t));
};

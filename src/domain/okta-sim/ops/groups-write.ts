/** `POST /api/v1/groups` (loaded on the first write request). */
import { newId } from '../org/ids.ts';
import { principalActor } from '../policy/principal.ts';
import { asObject } from '../pipeline/routes.ts';
import { writeLog } from '../org/system-log.ts';
import { groupView } from '../org/views.ts';
import { invalid, ok, type OpHandler } from './types.ts';

/** `POST /api/v1/groups`: `{ profile: { name, description? } }`. */
export const createGroup: OpHandler = (input) => {
  const { core } = input;
  const profile = asObject(input.body?.['profile']);
  const name = profile?.['name'];
  const description = profile?.['description'] ?? '';
  if (typeof name !== 'string' || !name.trim()) return invalid(['name: The field cannot be left blank']);
  if (typeof description !== 'string') return invalid(['description: The value must be a string or null']);
  const now = core.state.now;
  const group = {
    id: newId(core.state.rng, '00g'),
    type: 'OKTA_GROUP' as const,
    name,
    description,
    created: now,
    lastUpdated: now,
    lastMembershipUpdated: now,
    userIds: [],
  };
  core.state.groups.push(group);
  writeLog(core, {
    eventType: 'group.lifecycle.create',
    displayMessage: 'Create Okta group',
    actor: principalActor(input.principal),
    target: [{ id: group.id, type: 'UserGroup', alternateId: 'unknown', displayName: name }],
    ip: input.ip,
    requestId: input.requestId,
    ...(input.principal.kind === 'api-token' ? { tokenId: input.principal.token.id } : {}),
  });
  return ok(groupView(core, group));
};

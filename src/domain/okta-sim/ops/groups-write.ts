/** `POST /api/v1/groups` (loaded on the first write request). */
import { newId } from '../org/ids.ts';
import { asObject } from '../pipeline/routes.ts';
import { groupTarget } from '../org/system-log.ts';
import { groupView } from '../org/views.ts';
import { logApiEvent } from './log-api-event.ts';
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
  logApiEvent(input, 'group.lifecycle.create', 'Create Okta group', groupTarget(group));
  return ok(groupView(core, group));
};

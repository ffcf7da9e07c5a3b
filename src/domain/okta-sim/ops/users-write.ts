/** `/api/v1/users` write operations (loaded on the first write request). */
import { findUser } from '../org/queries.ts';
import { newId } from '../org/ids.ts';
import { asObject } from '../pipeline/routes.ts';
import type { UserRecord } from '../org/state.ts';
import { userActor } from '../org/system-log.ts';
import type { JsonValue, UserStatus } from '../types.ts';
import { setStatus } from '../org/user-status.ts';
import { userView } from '../org/views.ts';
import { logApiEvent } from './log-api-event.ts';
import { applyProfile, profileCauses } from './profile.ts';
import { invalid, notFound, ok, type OpHandler } from './types.ts';

/**
 * `POST /api/v1/users`: `{ profile, credentials? }`. `?activate=false` creates a STAGED user;
 * otherwise the user is ACTIVE with a password and PROVISIONED without one.
 */
export const createUser: OpHandler = (input) => {
  const { core, body } = input;
  const profile = asObject(body?.['profile']);
  if (!profile) return invalid(['profile: The field cannot be left blank']);
  const causes = profileCauses(core, profile, true);
  if (causes.length) return invalid(causes);
  const password = asObject(asObject(body?.['credentials'])?.['password'])?.['value'];
  const now = core.state.now;
  const status: UserStatus =
    input.query['activate'] === 'false' ? 'STAGED' : typeof password === 'string' ? 'ACTIVE' : 'PROVISIONED';
  const user: UserRecord = {
    id: newId(core.state.rng, '00u'),
    status,
    created: now,
    activated: status === 'STAGED' ? null : now,
    statusChanged: now,
    lastLogin: null,
    lastUpdated: now,
    passwordChanged: typeof password === 'string' ? now : null,
    profile: { mobilePhone: null, secondEmail: null },
    role: null,
    reactivated: null,
  };
  applyProfile(user.profile, profile);
  core.state.users.push(user);
  core.state.groups.find((g) => g.type === 'BUILT_IN')?.userIds.push(user.id);
  logApiEvent(input, 'user.lifecycle.create', 'Create Okta user', userActor(user));
  return ok(userView(core, user));
};

function updateWith(full: boolean): OpHandler {
  return (input) => {
    const id = input.params['id'] ?? '';
    const user = findUser(input.core, id);
    if (!user) return notFound(id, 'User');
    const raw = input.body?.['profile'];
    const profile = asObject(raw);
    if ((full || raw !== undefined) && !profile) return invalid(['profile: The field cannot be left blank']);
    if (profile) {
      const causes = profileCauses(input.core, profile, full, user.id);
      if (causes.length) return invalid(causes);
      if (full) {
        for (const key of Object.keys(user.profile)) user.profile[key] = null;
      }
      applyProfile(user.profile, profile);
      user.lastUpdated = input.core.state.now;
      logApiEvent(input, 'user.account.update_profile', 'Update user profile for Okta', userActor(user));
    }
    return ok(userView(input.core, user));
  };
}

/** `POST /api/v1/users/{id}`: partial update (only the attributes sent change). */
export const updateUser = updateWith(false);

/** `PUT /api/v1/users/{id}`: full replace of the profile. */
export const replaceUser = updateWith(true);

/** `DELETE /api/v1/users/{id}`: deactivates a user; a second call on a deactivated user deletes it. */
export const deleteUser: OpHandler = (input) => {
  const { core } = input;
  const id = input.params['id'] ?? '';
  const user = findUser(core, id);
  if (!user) return notFound(id, 'User');
  if (user.status !== 'DEPROVISIONED') {
    setStatus(core, user, 'DEPROVISIONED');
    logApiEvent(input, 'user.lifecycle.deactivate', 'Deactivate Okta user', userActor(user));
  } else {
    core.state.users = core.state.users.filter((u) => u !== user);
    for (const g of core.state.groups) g.userIds = g.userIds.filter((u) => u !== user.id);
  }
  return ok(null, 204);
};

const ACTIVATE: [UserStatus, string, string] = ['ACTIVE', 'user.lifecycle.activate', 'Activate Okta user'];

const LIFECYCLE: Record<string, [UserStatus, string, string]> = {
  activate: ACTIVATE,
  deactivate: ['DEPROVISIONED', 'user.lifecycle.deactivate', 'Deactivate Okta user'],
  suspend: ['SUSPENDED', 'user.lifecycle.suspend', 'Suspend Okta user'],
  unsuspend: ['ACTIVE', 'user.lifecycle.unsuspend', 'Unsuspend Okta user'],
};

/** `POST /api/v1/users/{id}/lifecycle/{activate|deactivate|suspend|unsuspend}`: answers `{}`. */
export const lifecycle: OpHandler = (input) => {
  const id = input.params['id'] ?? '';
  const user = findUser(input.core, id);
  if (!user) return notFound(id, 'User');
  const [status, eventType, message] = LIFECYCLE[input.path.slice(input.path.lastIndexOf('/') + 1)] ?? ACTIVATE;
  setStatus(input.core, user, status);
  logApiEvent(input, eventType, message, userActor(user));
  const empty: JsonValue = {};
  return ok(empty);
};

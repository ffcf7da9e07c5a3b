/**
 * Which admin role may do what: the simulator's permission matrix.
 *
 * Documented (fact sheet section 3): a token has exactly its creator's current privileges; a
 * creator without the needed role gets 403 E0000006; a read-only admin cannot write; with OAuth
 * the app also needs an admin role. Everything else in this table is an assumption, and trace
 * steps that rely on it say `basis: 'assumption'`:
 * - every admin role may read users, groups, the System Log and API-token metadata (Okta limits
 *   group admins to their own groups and may hide some reports; the lab does not);
 * - org admins and group admins may create and change users (group admins only inside their
 *   groups in real Okta; the lab does not scope by group);
 * - only super and org admins may create groups and revoke or update other people's API tokens
 *   (which roles may revoke others' tokens is UNCONFIRMED, fact sheet section 2);
 * - `self` operations (`GET /users/me`, `DELETE /api-tokens/current`, revoking one's own token)
 *   need no admin role at all.
 */
import type { Permission } from '../pipeline/routes.ts';
import type { Basis } from '../pipeline/trace-checks.ts';
import type { AdminRole } from '../types.ts';

const GRANTS: Record<AdminRole, readonly Permission[]> = {
  SUPER_ADMIN: ['read', 'users.write', 'groups.write', 'tokens.manage'],
  ORG_ADMIN: ['read', 'users.write', 'groups.write', 'tokens.manage'],
  GROUP_ADMIN: ['read', 'users.write'],
  GROUP_MEMBERSHIP_ADMIN: ['read'],
  READ_ONLY_ADMIN: ['read'],
};

/** Whether `role` allows `perm`, and how sure we are of that answer. */
export function roleAllows(role: AdminRole | null, perm: Permission): { ok: boolean; basis: Basis } {
  if (perm === 'self') return { ok: true, basis: 'assumption' };
  if (role === null) return { ok: false, basis: 'documented' };
  const ok = GRANTS[role].includes(perm);
  const documented = role === 'SUPER_ADMIN' || (role === 'READ_ONLY_ADMIN' && !ok);
  return { ok, basis: documented ? 'documented' : 'assumption' };
}

/**
 * Which admin role may do what: the simulator's permission matrix, and the fact each answer
 * rests on (the trace derives its badge from that fact's status).
 *
 * Documented: a token has exactly its creator's current privileges (fact
 * `token-inherits-creator-privileges`); with OAuth the app also needs an admin role
 * (`oauth-needs-scope-and-role`). A read-only admin cannot write (`read-only-admin-cannot-modify`),
 * but the 403 E0000006 it gets is inferred (`read-only-write-403-inferred`), and so is the 403
 * for a creator with no admin role at all (`creator-no-admin-role`; a forum answer suggests the
 * token is revoked instead). Everything else in this table is the lab's assumption
 * (`role-permissions-simulated`):
 * - every admin role may read users, groups, the System Log and API-token metadata (Okta limits
 *   group admins to their own groups and may hide some reports; the lab does not);
 * - org admins and group admins may create and change users (group admins only inside their
 *   groups in real Okta; the lab does not scope by group);
 * - only super and org admins may create groups and revoke or update other people's API tokens
 *   (which roles may revoke others' tokens is undocumented);
 * - `self` operations (`GET /users/me`, `DELETE /api-tokens/current`, revoking one's own token)
 *   need no admin role at all.
 */
import type { Permission } from '../pipeline/routes.ts';
import type { FactId } from '../pipeline/trace-checks.ts';
import type { AdminRole } from '../types.ts';

const GRANTS: Record<AdminRole, readonly Permission[]> = {
  SUPER_ADMIN: ['read', 'users.write', 'groups.write', 'tokens.manage'],
  ORG_ADMIN: ['read', 'users.write', 'groups.write', 'tokens.manage'],
  GROUP_ADMIN: ['read', 'users.write'],
  GROUP_MEMBERSHIP_ADMIN: ['read'],
  READ_ONLY_ADMIN: ['read'],
};

/**
 * Whether an API token's creator with `role` may do `perm`, and the fact that answer rests on.
 *
 * @example
 * roleAllows('READ_ONLY_ADMIN', 'users.write') // { ok: false, fact: 'read-only-write-403-inferred' }
 */
export function roleAllows(role: AdminRole | null, perm: Permission): { ok: boolean; fact: FactId } {
  if (perm === 'self') return { ok: true, fact: 'self-calls-role-undocumented' };
  if (role === null) return { ok: false, fact: 'creator-no-admin-role' };
  const ok = GRANTS[role].includes(perm);
  if (role === 'SUPER_ADMIN') return { ok, fact: 'token-inherits-creator-privileges' };
  return {
    ok,
    fact: role === 'READ_ONLY_ADMIN' && !ok ? 'read-only-write-403-inferred' : 'role-permissions-simulated',
  };
}

/**
 * Which admin role is "above" another, for checks such as "holds no role above Group
 * administrator". Okta does not publish one ladder of its standard roles; this order is the
 * lab's, by what each role may do in the simulator (fact `role-permissions-simulated`): a role
 * ranks above another when it may do everything the other may and more.
 * Group membership admins and read-only admins may both only read there, so they share a rank.
 */
import type { AdminRole } from '../okta-sim/index.ts';

const RANK: Record<AdminRole, number> = {
  READ_ONLY_ADMIN: 0,
  GROUP_MEMBERSHIP_ADMIN: 0,
  GROUP_ADMIN: 1,
  ORG_ADMIN: 2,
  SUPER_ADMIN: 3,
};

/**
 * Whether `held` is above `limit` in the lab's order.
 *
 * @example
 * roleAbove('ORG_ADMIN', 'GROUP_ADMIN') // true
 * roleAbove('READ_ONLY_ADMIN', 'GROUP_ADMIN') // false
 */
export function roleAbove(held: AdminRole, limit: AdminRole): boolean {
  return RANK[held] > RANK[limit];
}

/**
 * The permission matrix: every admin role (and no role) against every permission a route needs,
 * with the basis each answer carries (derived from the fact the answer cites). The table is written out by hand from the rules in
 * policy/permissions.ts's header, so a change to the matrix fails here until the table (and the
 * lessons that teach it) agree.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN_ROLES, ROUTES, type AdminRole } from '../../../../src/domain/okta-sim/index.ts';
import { roleAllows } from '../../../../src/domain/okta-sim/policy/permissions.ts';
import type { Permission } from '../../../../src/domain/okta-sim/pipeline/routes.ts';
import { factBasis, type Basis } from '../../../../src/domain/okta-sim/pipeline/trace-checks.ts';
import { appToken, newSim, send, tokenFor, type Handle } from './helpers.ts';

type Cell = `${'allow' | 'deny'} ${Basis}`;

/** Columns: read, users.write, groups.write, tokens.manage, self. */
const MATRIX: Record<AdminRole | 'none', [Cell, Cell, Cell, Cell, Cell]> = {
  // Super admins can do everything (documented).
  SUPER_ADMIN: ['allow documented', 'allow documented', 'allow documented', 'allow documented', 'allow assumption'],
  // The lab's assumptions: org admins manage users, groups and others' tokens.
  ORG_ADMIN: ['allow assumption', 'allow assumption', 'allow assumption', 'allow assumption', 'allow assumption'],
  // Group admins manage users (not scoped to their groups in the lab), not groups or tokens.
  GROUP_ADMIN: ['allow assumption', 'allow assumption', 'deny assumption', 'deny assumption', 'allow assumption'],
  GROUP_MEMBERSHIP_ADMIN: [
    'allow assumption',
    'deny assumption',
    'deny assumption',
    'deny assumption',
    'allow assumption',
  ],
  // A read-only admin cannot write (documented), but the 403 E0000006 it gets is inferred (fact
  // `read-only-write-403-inferred`); that it reads everything is assumed.
  READ_ONLY_ADMIN: ['allow assumption', 'deny assumption', 'deny assumption', 'deny assumption', 'allow assumption'],
  // A creator without any admin role: the 403 E0000006 is inferred, not documented (fact
  // `creator-no-admin-role`, audit finding 24); `self` needs no role.
  none: ['deny assumption', 'deny assumption', 'deny assumption', 'deny assumption', 'allow assumption'],
};

const PERMISSIONS: Permission[] = ['read', 'users.write', 'groups.write', 'tokens.manage', 'self'];

const rows = (Object.keys(MATRIX) as (AdminRole | 'none')[]).flatMap((role) =>
  PERMISSIONS.map((perm, i) => [role, perm, MATRIX[role][i] as Cell] as const),
);

describe('roleAllows', () => {
  it('covers every role the simulator models and every permission a route needs', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ADMIN_ROLES, 'none'].sort());
    expect(new Set(ROUTES.map((r) => r.perm))).toEqual(new Set(PERMISSIONS));
  });

  it.each(rows)('%s with %s: %s', (role, perm, cell) => {
    const verdict = roleAllows(role === 'none' ? null : role, perm);
    expect(`${verdict.ok ? 'allow' : 'deny'} ${factBasis(verdict.fact)}`).toBe(cell);
  });
});

/** One request per permission, sent by each seeded admin's API token through the whole pipeline. */
const PROBES: Record<Exclude<Permission, 'self'>, [method: string, path: string, body?: string]> = {
  read: ['GET', '/api/v1/groups'],
  'users.write': ['POST', '/api/v1/users/{user}/lifecycle/suspend', ''],
  'groups.write': ['POST', '/api/v1/groups', '{"profile":{"name":"Auditors"}}'],
  'tokens.manage': ['DELETE', '/api/v1/api-tokens/{other}'],
};

const HANDLES: [Handle, AdminRole][] = [
  ['super-admin', 'SUPER_ADMIN'],
  ['org-admin', 'ORG_ADMIN'],
  ['group-admin', 'GROUP_ADMIN'],
  ['group-membership-admin', 'GROUP_MEMBERSHIP_ADMIN'],
  ['read-only-admin', 'READ_ONLY_ADMIN'],
];

describe('the pipeline applies the matrix', () => {
  const cases = HANDLES.flatMap(([handle, role]) =>
    (Object.keys(PROBES) as (keyof typeof PROBES)[]).map((perm) => [handle, role, perm] as const),
  );

  it.each(cases)("an SSWS token of the %s (%s) on a %s call gets the matrix's answer", async (handle, role, perm) => {
    const sim = newSim();
    const { value } = await tokenFor(sim, handle);
    // Another admin's token, so revoking it needs tokens.manage rather than "own token".
    const other = await tokenFor(sim, handle === 'super-admin' ? 'org-admin' : 'super-admin');
    const user = sim.console.listUsers().find((u) => u.login === 'sofia.garcia@example.com')?.id ?? '';
    const [method, path, body] = PROBES[perm];
    const url = path.replace('{user}', user).replace('{other}', other.id);
    const res = await send(sim, method, url, `SSWS ${value}`, body === undefined ? {} : { body });
    const expected = MATRIX[role][PERMISSIONS.indexOf(perm)] as Cell;
    const step = res.trace.find((s) => s.check === 'creator-role');
    expect(`${step?.outcome === 'pass' ? 'allow' : 'deny'} ${step?.basis}`).toBe(expected);
    expect(res.status).toBe(expected.startsWith('allow') ? (perm === 'tokens.manage' ? 204 : 200) : 403);
  });

  it.each(HANDLES.map(([, role]) => role))(
    "a service app holding %s gets the matrix's answer on POST /api/v1/groups",
    async (role) => {
      const sim = newSim();
      const { at } = await appToken(sim, ['okta.groups.manage'], role);
      const res = await send(sim, 'POST', '/api/v1/groups', `Bearer ${at}`, {
        body: '{"profile":{"name":"Auditors"}}',
      });
      const step = res.trace.find((s) => s.check === 'principal-role');
      expect(`${step?.outcome === 'pass' ? 'allow' : 'deny'} ${step?.basis}`).toBe(MATRIX[role][2]);
    },
  );
});

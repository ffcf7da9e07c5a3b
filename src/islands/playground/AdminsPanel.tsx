/** Admins with their role and status, both changeable (Security > Administrators, Directory > People). */
import { ADMIN_ROLES, type AdminRole, type ConsoleUserStatus } from '../../domain/okta-sim/index.ts';
import type { PlaygroundApi } from './types.ts';

/** The statuses an admin can set in the console. */
const CHOICES: ConsoleUserStatus[] = ['ACTIVE', 'SUSPENDED', 'DEACTIVATED'];

/** The console choice showing a user's status (Okta's API calls a deactivated user DEPROVISIONED). */
const STATUS: Record<string, ConsoleUserStatus> = {
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  DEPROVISIONED: 'DEACTIVATED',
};

export function AdminsPanel({ api, shown }: { api: PlaygroundApi; shown: ReadonlySet<string> }) {
  const { session, uid } = api;
  if (!session) return null;
  const creators = new Set(session.sim.console.listApiTokens().map((t) => t.userId));
  const people = session.sim.console.listUsers().filter((u) => u.role || shown.has(u.id) || creators.has(u.id));
  return (
    <section aria-labelledby={`${uid}-ad-h`}>
      <h3 id={`${uid}-ad-h`}>Admins</h3>
      <div class="pg-scroll">
        <table class="pg-table">
          <caption class="visually-hidden">Admins, their roles and statuses</caption>
          <thead>
            <tr>
              <th scope="col">Admin</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {people.map((u) => (
              <tr>
                <th scope="row">
                  {u.displayName}
                  <br />
                  <small>{u.login}</small>
                </th>
                <td>
                  <select
                    aria-label={`Role of ${u.displayName}`}
                    value={u.role ?? ''}
                    onChange={(e) => {
                      const role = (e.currentTarget.value || null) as AdminRole | null;
                      void api.act(
                        ['role', u.login, role],
                        () => `${u.displayName} is now ${role ?? 'without an admin role'}.`,
                      );
                    }}
                  >
                    <option value="">No admin role</option>
                    {ADMIN_ROLES.map((r) => (
                      <option>{r}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`Status of ${u.displayName}`}
                    value={STATUS[u.status] ?? ''}
                    onChange={(e) => {
                      const status = e.currentTarget.value as ConsoleUserStatus;
                      void api.act(['status', u.login, status], () => `${u.displayName} is now ${status}.`);
                    }}
                  >
                    {!STATUS[u.status] && <option value="">{u.status}</option>}
                    {CHOICES.map((c) => (
                      <option>{c}</option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

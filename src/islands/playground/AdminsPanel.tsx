/**
 * Admins with their role and status, both changeable (Security > Administrators, Directory >
 * People), as cards whose full-width selects show every role name on a phone.
 */
import { ADMIN_ROLES, type AdminRole, type ConsoleUserStatus } from '../../domain/okta-sim/index.ts';
import { adminRows } from '../../domain/playground/selectors.ts';
import type { PanelProps } from './types.ts';
import { useStore } from './use-store.ts';

/** The statuses an admin can set in the console. */
const CHOICES: ConsoleUserStatus[] = ['ACTIVE', 'SUSPENDED', 'DEACTIVATED'];

/** The console choice showing a user's status (Okta's API calls a deactivated user DEPROVISIONED). */
const STATUS: Record<string, ConsoleUserStatus> = {
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  DEPROVISIONED: 'DEACTIVATED',
};

export function AdminsPanel({ store, uid }: PanelProps) {
  const loaded = useStore(store, (s) => s.org !== null);
  const people = useStore(store, adminRows);
  if (!loaded) return null;
  return (
    <section aria-labelledby={`${uid}-ad-h`}>
      <h3 id={`${uid}-ad-h`}>Admins</h3>
      <ul class="pg-cards" aria-label="Admins, their roles and statuses">
        {people.map((u, i) => {
          const id = `${uid}-ad-${i}`;
          // The visible label says "Role"; the name adds whose role, for a list of several.
          const who = <span class="visually-hidden"> of {u.displayName}</span>;
          return (
            <li class="pg-card">
              <p>
                <strong>{u.displayName}</strong> <small>{u.login}</small>
              </p>
              <div class="pg-field">
                <label for={`${id}-role`}>Role{who}</label>
                <select
                  id={`${id}-role`}
                  value={u.role ?? ''}
                  onChange={(e) => void store.setRole(u.login, (e.currentTarget.value || null) as AdminRole | null)}
                >
                  <option value="">No admin role</option>
                  {ADMIN_ROLES.map((r) => (
                    <option>{r}</option>
                  ))}
                </select>
              </div>
              <div class="pg-field">
                <label for={`${id}-status`}>Status{who}</label>
                <select
                  id={`${id}-status`}
                  value={STATUS[u.status] ?? ''}
                  onChange={(e) => void store.setStatus(u.login, e.currentTarget.value as ConsoleUserStatus)}
                >
                  {!STATUS[u.status] && <option value="">{u.status}</option>}
                  {CHOICES.map((c) => (
                    <option>{c}</option>
                  ))}
                </select>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

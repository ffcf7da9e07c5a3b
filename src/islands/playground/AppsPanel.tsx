/** OAuth service apps: granted scopes, admin role, and access tokens from the org authorization server. */
import { Component } from 'preact';
import { ADMIN_ROLES, type AdminRole } from '../../domain/okta-sim/index.ts';
import { Field } from './Field.tsx';
import type { PlaygroundApi } from './types.ts';

const SCOPES = [
  'okta.users.read',
  'okta.users.manage',
  'okta.groups.read',
  'okta.logs.read',
  'okta.apiTokens.read',
  'okta.apiTokens.manage',
];

interface Form {
  name: string;
  scopes: string[];
  role: string;
}

/** A class component, so the OAuth chunk does not pull in `preact/hooks`. */
export class AppsPanel extends Component<{ api: PlaygroundApi }, Form> {
  override state: Form = { name: '', scopes: ['okta.users.read'], role: 'READ_ONLY_ADMIN' };

  override render({ api }: { api: PlaygroundApi }, { name, scopes, role }: Form) {
    const { uid, session } = api;
    if (!session) return null;
    const id = (s: string) => `${uid}-app-${s}`;

    const create = (e: Event) => {
      e.preventDefault();
      const appName = name.trim() || `Service app ${session.apps.length + 1}`;
      if (!scopes.length) return api.say('Pick at least one scope.');
      void api
        .act(['app', appName, scopes, (role || null) as AdminRole | null], () => `Service app ${appName} created.`)
        .then((r) => r && this.setState({ name: '' }));
    };

    return (
      <section aria-labelledby={id('h')}>
        <h3 id={id('h')} class="visually-hidden">
          Service apps (OAuth 2.0)
        </h3>
        <p class="pg-note">
          API Services apps get access tokens with the client credentials grant. Scopes and an admin role both have to
          allow a call.
        </p>
        <form class="pg-form" onSubmit={(e) => void create(e)} aria-label="Create a service app">
          <Field id={id('name')} label="App name">
            <input
              type="text"
              id={id('name')}
              value={name}
              maxLength={80}
              placeholder="Reporting service"
              onInput={(e) => this.setState({ name: e.currentTarget.value })}
            />
          </Field>
          <fieldset>
            <legend>Granted Okta API scopes</legend>
            {SCOPES.map((s) => (
              <label class="pg-check">
                <input
                  type="checkbox"
                  checked={scopes.includes(s)}
                  onChange={(e) =>
                    this.setState({ scopes: e.currentTarget.checked ? [...scopes, s] : scopes.filter((x) => x !== s) })
                  }
                />{' '}
                <code>{s}</code>
              </label>
            ))}
          </fieldset>
          <Field id={id('role')} label="Admin role of the app">
            <select id={id('role')} value={role} onChange={(e) => this.setState({ role: e.currentTarget.value })}>
              <option value="">No admin role</option>
              {ADMIN_ROLES.map((r) => (
                <option>{r}</option>
              ))}
            </select>
          </Field>
          <button type="submit" class="btn">
            Create service app
          </button>
        </form>
        {session.apps.length > 0 && (
          <ul class="pg-apps">
            {session.apps.map((a, i) => (
              <li>
                <strong>{a.name}</strong> <small>({a.clientId})</small>
                <br />
                Scopes: {a.grantedScopes.join(', ')} · Role: {a.role ?? 'none'}
                <br />
                <button
                  type="button"
                  class="btn"
                  aria-label={`Issue access token for ${a.name}`}
                  onClick={() =>
                    void api.act(
                      ['issue', i, a.grantedScopes],
                      () => `Access token issued to ${a.name}, saved to the keychain and selected.`,
                    )
                  }
                >
                  Issue access token
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
}

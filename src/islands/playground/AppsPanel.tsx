/** OAuth service apps: granted scopes, admin role, and access tokens from the org authorization server. */
import { useState } from 'preact/hooks';
import { ADMIN_ROLES, type AdminRole } from '../../domain/okta-sim/index.ts';
import { tokenExchange, type TokenExchange } from '../../domain/playground/token-exchange.ts';
import { Field } from './Field.tsx';
import { TokenRequest } from './TokenRequest.tsx';
import type { PanelProps } from './types.ts';
import { useStore } from './use-store.ts';

const SCOPES = [
  'okta.users.read',
  'okta.users.manage',
  'okta.groups.read',
  'okta.logs.read',
  'okta.apiTokens.read',
  'okta.apiTokens.manage',
];

export function AppsPanel({ store, uid }: PanelProps) {
  const apps = useStore(store, (s) => s.org?.apps);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState(['okta.users.read']);
  const [role, setRole] = useState('READ_ONLY_ADMIN');
  /** The last token request, shown below the apps: the exchange and the app it was for. */
  const [issued, setIssued] = useState<{ x: TokenExchange; app: string } | null>(null);
  if (!apps) return null;
  const id = (s: string) => `${uid}-app-${s}`;

  const create = async (e: Event) => {
    e.preventDefault();
    if (await store.createApp({ name, scopes, role: (role || null) as AdminRole | null })) setName('');
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
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </Field>
        <fieldset>
          <legend>Granted Okta API scopes</legend>
          {SCOPES.map((s) => (
            <label class="pg-check">
              <input
                type="checkbox"
                checked={scopes.includes(s)}
                onChange={(e) => setScopes(e.currentTarget.checked ? [...scopes, s] : scopes.filter((x) => x !== s))}
              />{' '}
              <code>{s}</code>
            </label>
          ))}
        </fieldset>
        <Field id={id('role')} label="Admin role of the app">
          <select id={id('role')} value={role} onChange={(e) => setRole(e.currentTarget.value)}>
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
      {apps.length > 0 && (
        <ul class="pg-apps">
          {apps.map((a, i) => (
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
                  void store.issueAccessToken(i).then((token) => {
                    const x = token && tokenExchange(a.clientId, token);
                    setIssued(x ? { x, app: a.name } : null);
                  })
                }
              >
                Issue access token
              </button>
            </li>
          ))}
        </ul>
      )}
      {issued && <TokenRequest x={issued.x} app={issued.app} uid={uid} />}
    </section>
  );
}

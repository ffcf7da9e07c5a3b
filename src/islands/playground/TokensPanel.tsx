/** Security > API > Tokens: create a token (value shown once), list tokens, revoke. */
import { Component } from 'preact';
import { formatDate, parseIso } from '../../domain/playground/dates.ts';
import { TOKEN_COLOUR_TEXT, tokenColour } from '../../domain/playground/token-status.ts';
import { copyText } from './copy.ts';
import { Field } from './Field.tsx';
import type { PlaygroundApi } from './types.ts';

interface Form {
  name: string;
  creator: string;
  percent: string;
  zone: string;
  /** The value of the token just created, shown once. */
  shown: { name: string; value: string } | null;
}

export class TokensPanel extends Component<{ api: PlaygroundApi }, Form> {
  override state: Form = { name: '', creator: '', percent: '50', zone: '', shown: null };

  override render({ api }: { api: PlaygroundApi }, { name, creator, percent, zone, shown }: Form) {
    const { uid, session } = api;
    if (!session) return null;
    const id = (s: string) => `${uid}-tk-${s}`;
    const set = (k: 'name' | 'creator' | 'percent' | 'zone') => (e: { currentTarget: { value: string } }) =>
      this.setState({ [k]: e.currentTarget.value });
    const users = session.sim.console.listUsers();
    // Every admin role may create API tokens (fact sheet section 2).
    const admins = users.filter((u) => u.role);
    const login = creator || admins.find((a) => a.role === 'SUPER_ADMIN')?.login || admins[0]?.login || '';
    const tokens = session.sim.console.listApiTokens();
    const now = session.sim.now();
    const byId = new Map(users.map((u) => [u.id, u.displayName]));

    const create = async (e: Event) => {
      e.preventDefault();
      const tokenName = name.trim() || `Token ${tokens.length + 1}`;
      const p = Number(percent);
      const r = await api.act(
        ['token', tokenName, login, p === 50 ? null : p, zone || null],
        () =>
          `Token ${tokenName} created. Its value is shown once; it is saved in your app's keychain and selected for the next request.`,
      );
      if (r?.kind === 'token') this.setState({ shown: { name: tokenName, value: r.entry.value }, name: '' });
    };

    return (
      <section aria-labelledby={id('h')}>
        <h3 id={id('h')}>API tokens</h3>
        <form class="pg-form" onSubmit={(e) => void create(e)} aria-label="Create an API token">
          <Field id={id('name')} label="Token name">
            <input
              type="text"
              id={id('name')}
              value={name}
              maxLength={80}
              onInput={set('name')}
              placeholder="CI pipeline"
            />
          </Field>
          <Field id={id('creator')} label="Created by (signed-in admin)">
            <select id={id('creator')} value={login} onChange={set('creator')}>
              {admins.map((a) => (
                <option value={a.login}>
                  {a.displayName} ({a.role})
                </option>
              ))}
            </select>
          </Field>
          <Field id={id('pct')} label="Rate-limit share (%)">
            <input id={id('pct')} type="number" min={5} max={100} step={1} value={percent} onInput={set('percent')} />
          </Field>
          <Field id={id('zone')} label="API calls must originate from">
            <select id={id('zone')} value={zone} onChange={set('zone')}>
              <option value="">Any IP</option>
              {session.zones.map((z) => (
                <option value={z.id}>Zone: {z.name}</option>
              ))}
            </select>
          </Field>
          <button type="submit" class="btn btn-primary">
            Create token
          </button>
        </form>
        {shown && (
          <div class="pg-once" role="group" aria-labelledby={id('once')}>
            <p id={id('once')}>
              <strong>Token value for {shown.name}</strong> (shown once):
            </p>
            <code class="pg-value">{shown.value}</code>
            <p>
              Saved to your app's keychain and selected in "Credential". Okta stores only a hash of the value, so
              neither Okta nor this page can show it again: copy it now or create a new token later.
            </p>
            <button
              type="button"
              class="btn"
              onClick={() =>
                void copyText(shown.value).then((ok) =>
                  api.say(
                    ok
                      ? 'Copied to the clipboard.'
                      : 'Copying was blocked by the browser: select the text and copy it yourself.',
                  ),
                )
              }
            >
              Copy value
            </button>{' '}
            <button type="button" class="btn" onClick={() => this.setState({ shown: null })}>
              Hide value
            </button>
          </div>
        )}
        {tokens.length === 0 ? (
          <p class="pg-note">No API tokens yet.</p>
        ) : (
          <div class="pg-scroll">
            <table class="pg-table">
              <caption class="visually-hidden">API tokens</caption>
              <thead>
                <tr>
                  <th scope="col">Token</th>
                  <th scope="col">Status</th>
                  <th scope="col">Dates</th>
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((t, i) => {
                  const lastUsed = t.lastUsed ? parseIso(t.lastUsed) : null;
                  const colour = tokenColour(
                    { lastUsed, expiresAt: parseIso(t.expiresAt), revoked: t.status === 'REVOKED' ? 1 : null },
                    now,
                  );
                  return (
                    <tr>
                      <th scope="row">
                        {t.name}
                        <br />
                        <small>by {byId.get(t.userId) ?? t.userId}</small>
                      </th>
                      <td>
                        <span class={`pg-dot c-${colour}`} aria-hidden="true" /> {TOKEN_COLOUR_TEXT[colour]}
                      </td>
                      <td class="pg-dates">
                        Created {formatDate(parseIso(t.created))}
                        <br />
                        Last used {lastUsed ? formatDate(lastUsed) : 'never'}
                        {t.status !== 'REVOKED' && (
                          <>
                            <br />
                            {t.status === 'ACTIVE' ? 'Expires' : 'Expired'} {formatDate(parseIso(t.expiresAt))}
                          </>
                        )}
                      </td>
                      <td>
                        {t.status === 'ACTIVE' && (
                          <button
                            type="button"
                            class="btn"
                            aria-label={`Revoke ${t.name}`}
                            onClick={() => void api.act(['revoke', i], () => `Token ${t.name} revoked.`)}
                          >
                            Revoke
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    );
  }
}

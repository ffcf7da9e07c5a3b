/** Security > API > Tokens: create a token (value shown once), list tokens, revoke. */
import { useState } from 'preact/hooks';
import { formatDate, parseIso } from '../../domain/playground/dates.ts';
import { admins, defaultCreator, displayNames, now, tokens } from '../../domain/playground/selectors.ts';
import { TOKEN_COLOUR_TEXT, tokenColour } from '../../domain/playground/token-status.ts';
import { copyText } from './copy.ts';
import { Field } from './Field.tsx';
import type { PanelProps } from './types.ts';
import { useStore } from './use-store.ts';

export function TokensPanel({ store, uid }: PanelProps) {
  const zones = useStore(store, (s) => s.org?.zones);
  const creators = useStore(store, admins);
  const firstChoice = useStore(store, defaultCreator);
  const list = useStore(store, tokens);
  const names = useStore(store, displayNames);
  const time = useStore(store, now);
  const [name, setName] = useState('');
  const [creator, setCreator] = useState('');
  const [percent, setPercent] = useState('50');
  const [zone, setZone] = useState('');
  /** The value of the token just created, shown once. */
  const [shown, setShown] = useState<{ name: string; value: string } | null>(null);
  if (!zones) return null;
  const id = (s: string) => `${uid}-tk-${s}`;
  const login = creator || firstChoice;

  const create = async (e: Event) => {
    e.preventDefault();
    const made = await store.createToken({ name, creator: login, percent: Number(percent), zone });
    if (made) {
      setShown(made);
      setName('');
    }
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
            onInput={(e) => setName(e.currentTarget.value)}
            placeholder="CI pipeline"
          />
        </Field>
        <Field id={id('creator')} label="Created by (signed-in admin)">
          <select id={id('creator')} value={login} onChange={(e) => setCreator(e.currentTarget.value)}>
            {creators.map((a) => (
              <option value={a.login}>
                {a.displayName} ({a.role})
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('pct')} label="Rate-limit share (%)">
          <input
            id={id('pct')}
            type="number"
            min={5}
            max={100}
            step={1}
            value={percent}
            onInput={(e) => setPercent(e.currentTarget.value)}
          />
        </Field>
        <Field id={id('zone')} label="API calls must originate from">
          <select id={id('zone')} value={zone} onChange={(e) => setZone(e.currentTarget.value)}>
            <option value="">Any IP</option>
            {zones.map((z) => (
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
            Saved to your app's keychain and selected in "Credential". Okta stores only a hash of the value, so neither
            Okta nor this page can show it again: copy it now or create a new token later.
          </p>
          <button
            type="button"
            class="btn"
            onClick={() =>
              void copyText(shown.value).then((ok) =>
                store.say(
                  ok
                    ? 'Copied to the clipboard.'
                    : 'Copying was blocked by the browser: select the text and copy it yourself.',
                ),
              )
            }
          >
            Copy value
          </button>{' '}
          <button type="button" class="btn" onClick={() => setShown(null)}>
            Hide value
          </button>
        </div>
      )}
      {list.length === 0 ? (
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
              {list.map((t, i) => {
                const lastUsed = t.lastUsed ? parseIso(t.lastUsed) : null;
                const colour = tokenColour(
                  { lastUsed, expiresAt: parseIso(t.expiresAt), revoked: t.status === 'REVOKED' ? 1 : null },
                  time,
                );
                return (
                  <tr>
                    <th scope="row">
                      {t.name}
                      <br />
                      <small>by {names.get(t.userId) ?? t.userId}</small>
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
                          onClick={() => void store.revokeToken(i)}
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

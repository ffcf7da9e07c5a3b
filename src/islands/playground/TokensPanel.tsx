/**
 * Security > API > Tokens: create a token (value shown once), list tokens as cards that fit a
 * phone, revoke. After a revoke, focus moves to the next live token's Revoke button, else to
 * the list's heading, so a keyboard reader is never dropped on the page's body.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
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
  /** Where focus goes once the list shows a revoke: an element id. */
  const refocus = useRef('');
  useEffect(() => {
    if (refocus.current) document.getElementById(refocus.current)?.focus();
    refocus.current = '';
  }, [list]);
  if (!zones) return null;
  const id = (s: string) => `${uid}-tk-${s}`;
  const login = creator || firstChoice;

  const revoke = (i: number) => {
    // The next live token after this one, else the nearest before it, else the heading.
    const live = list.map((t, j) => (t.status === 'ACTIVE' && j !== i ? j : -1)).filter((j) => j >= 0);
    const next = live.find((j) => j > i) ?? live.at(-1);
    refocus.current = next === undefined ? id('h') : id(`revoke-${next}`);
    void store.revokeToken(i);
  };

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
      <h3 id={id('h')} tabIndex={-1}>
        API tokens
      </h3>
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
        <ul class="pg-cards" aria-label="API tokens">
          {list.map((t, i) => {
            const lastUsed = t.lastUsed ? parseIso(t.lastUsed) : null;
            const colour = tokenColour(
              { lastUsed, expiresAt: parseIso(t.expiresAt), revoked: t.status === 'REVOKED' ? 1 : null },
              time,
            );
            return (
              <li class="pg-card">
                <p>
                  <strong>{t.name}</strong> <small>by {names.get(t.userId) ?? t.userId}</small>
                </p>
                <p>
                  <span class={`pg-dot c-${colour}`} aria-hidden="true" /> {TOKEN_COLOUR_TEXT[colour]}
                </p>
                <p class="pg-dates">
                  Created {formatDate(parseIso(t.created))}
                  <br />
                  Last used {lastUsed ? formatDate(lastUsed) : 'never'}
                  {t.status !== 'REVOKED' && (
                    <>
                      <br />
                      {t.status === 'ACTIVE' ? 'Expires' : 'Expired'} {formatDate(parseIso(t.expiresAt))}
                    </>
                  )}
                </p>
                {t.status === 'ACTIVE' && (
                  <button
                    type="button"
                    class="btn"
                    id={id(`revoke-${i}`)}
                    aria-label={`Revoke ${t.name}`}
                    onClick={() => revoke(i)}
                  >
                    Revoke
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Requests sent since the page opened, newest first; each can be sent again. */
import { formatDate } from '../../domain/playground/dates.ts';
import type { HistoryEntry } from '../../domain/playground/history.ts';
import { entryInHeader, entryText, type KeychainEntry } from '../../domain/playground/keychain.ts';
import { parseAuthorization } from '../../domain/playground/authorization.ts';
import type { PlaygroundApi } from './types.ts';

/** Names the credential without showing its value. */
function credentialText(header: string, keychain: readonly KeychainEntry[]): string {
  const auth = parseAuthorization(header);
  if (auth.kind === 'none') return 'no Authorization header';
  const e = entryInHeader(header, keychain);
  return e ? `${auth.scheme} + ${entryText(e)}` : `${auth.scheme || 'custom'} + custom value`;
}

export function HistoryPanel({ api, history }: { api: PlaygroundApi; history: readonly HistoryEntry[] }) {
  const { uid, session } = api;
  return (
    <section aria-labelledby={`${uid}-hist-h`}>
      <h3 id={`${uid}-hist-h`}>History</h3>
      {history.length === 0 ? (
        <p class="pg-note">Requests you send appear here.</p>
      ) : (
        <ol class="pg-history" aria-label="Requests sent, newest first">
          {history.map((h) => (
            <li>
              <code>
                {h.request.method} {h.request.path}
              </code>{' '}
              · {credentialText(h.request.authorization, session?.keychain ?? [])} · <strong>{h.outcome}</strong>
              {h.count > 1 ? ` (×${h.count})` : ''} · <small>{formatDate(h.at)}</small>{' '}
              <button
                type="button"
                class="btn"
                aria-label={`Send again: request ${h.n}`}
                onClick={() => {
                  api.setReq(h.request);
                  void api.send(h.request);
                }}
              >
                Send again
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

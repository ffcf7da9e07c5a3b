/** Copy as curl, Share and Reset. */
import { useState } from 'preact/hooks';
import { DEFAULT_ORG_URL, looksLikeRealOktaToken } from '../../domain/okta-sim/index';
import { toCurl } from '../../domain/playground/curl';
import { parseHeaderLines } from '../../domain/playground/header-lines';
import { methodSendsBody } from '../../domain/playground/body-text';
import { encodeShare } from '../../domain/playground/share-link';
import { sharePayload } from '../../domain/playground/session';
import type { PlaygroundApi } from './types';

/** Copies text; resolves to false when the browser refuses (no permission, insecure context). */
function copy(text: string): Promise<boolean> {
  return Promise.resolve()
    .then(() => navigator.clipboard.writeText(text))
    .then(
      () => true,
      () => false,
    );
}

export function ToolsBar({ api, onReset }: { api: PlaygroundApi; onReset: () => void }) {
  const { uid, session, req } = api;
  const [reveal, setReveal] = useState(false);
  const [curl, setCurl] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);

  const makeCurl = (show = reveal) => {
    if (!session) return null;
    if (looksLikeRealOktaToken(`${req.path} ${req.authorization} ${req.headerText} ${req.body}`)) {
      api.say('Copy as curl is off while the request holds something shaped like a real Okta token.');
      return null;
    }
    return toCurl(
      {
        method: req.method,
        url: DEFAULT_ORG_URL + (req.path.startsWith('/') ? req.path : `/${req.path}`),
        authorization: req.authorization,
        headers: parseHeaderLines(req.headerText).headers,
        body: methodSendsBody(req.method) && req.body ? req.body : undefined,
      },
      {
        reveal: show,
        secrets: session.keychain.map((e) => ({
          value: e.value,
          variable: e.kind === 'ssws' ? 'OKTA_API_TOKEN' : 'OKTA_ACCESS_TOKEN',
        })),
      },
    );
  };

  const doCurl = async () => {
    const text = makeCurl();
    setCurl(text);
    if (text)
      api.say(
        (await copy(text)) ? 'curl command copied to the clipboard.' : 'curl command shown below; select it to copy.',
      );
  };

  const doShare = async () => {
    if (!session) return;
    const p = sharePayload(session, req);
    if (!p.ok) {
      setLink(null);
      return api.say(p.reason);
    }
    const url = `${location.origin}/playground/#s=${encodeShare(p.payload)}`;
    setLink(url);
    api.say(
      (await copy(url))
        ? 'Share link copied to the clipboard. It holds no token values.'
        : 'Share link shown below; select it to copy.',
    );
  };

  return (
    <section class="pg-tools" aria-label="Tools">
      <div class="pg-row">
        <button type="button" class="btn" disabled={!session} onClick={() => void doCurl()}>
          Copy as curl
        </button>
        <label class="pg-check">
          <input
            type="checkbox"
            checked={reveal}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setReveal(on);
              if (curl !== null) setCurl(makeCurl(on));
            }}
          />{' '}
          Show token values in curl
        </label>
        <button type="button" class="btn" disabled={!session} onClick={() => void doShare()}>
          Share
        </button>
        <button type="button" class="btn" disabled={!session} onClick={onReset}>
          Reset
        </button>
      </div>
      {curl !== null && (
        <div class="pg-field">
          <label for={`${uid}-curl`}>curl command</label>
          <textarea
            id={`${uid}-curl`}
            class="pg-mono"
            readOnly
            rows={Math.min(8, curl.split('\n').length)}
            value={curl}
          />
        </div>
      )}
      {link !== null && (
        <div class="pg-field">
          <label for={`${uid}-link`}>Share link</label>
          <input
            type="text"
            id={`${uid}-link`}
            class="pg-mono"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </section>
  );
}

/** Copy as curl, Share and Reset. */
import { Component } from 'preact';
import { DEFAULT_ORG_URL } from '../../domain/okta-sim/index.ts';
import { toCurl } from '../../domain/playground/curl.ts';
import { parseHeaderLines } from '../../domain/playground/header-lines.ts';
import { methodSendsBody } from '../../domain/playground/body-text.ts';
import { encodeShare } from '../../domain/playground/share-link.ts';
import { holdsRealToken, sharePayload } from '../../domain/playground/session.ts';
import { copyText as copy } from './copy.ts';
import type { PlaygroundApi } from './types.ts';

interface Props {
  api: PlaygroundApi;
  onReset: () => void;
}

interface Shown {
  reveal: boolean;
  curl: string | null;
  link: string | null;
}

export class ToolsBar extends Component<Props, Shown> {
  override state: Shown = { reveal: false, curl: null, link: null };

  override render({ api, onReset }: Props, { reveal, curl, link }: Shown) {
    const { uid, session, req } = api;

    const makeCurl = (show = reveal) => {
      if (!session) return null;
      if (holdsRealToken(req)) {
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
      this.setState({ curl: text });
      if (text)
        api.say(
          (await copy(text)) ? 'curl command copied to the clipboard.' : 'curl command shown below; select it to copy.',
        );
    };

    const doShare = async () => {
      if (!session) return;
      const p = sharePayload(session, req);
      if (!p.ok) {
        this.setState({ link: null });
        return api.say(p.reason);
      }
      const url = `${location.origin}/playground/#s=${encodeShare(p.payload)}`;
      this.setState({ link: url });
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
                this.setState({ reveal: on, curl: curl === null ? null : makeCurl(on) });
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
}

/** Copy as curl, Share and Reset. */
import { useState } from 'preact/hooks';
import { curlFor } from '../../domain/playground/copy-as-curl.ts';
import { copyText as copy } from './copy.ts';
import type { PanelProps } from './types.ts';
import { useStore } from './use-store.ts';

export function ToolsBar({ store, uid, onReset }: PanelProps & { onReset: () => void }) {
  const loaded = useStore(store, (s) => s.org !== null);
  const [reveal, setReveal] = useState(false);
  const [curl, setCurl] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);

  const doCurl = async () => {
    const text = curlFor(store, reveal);
    setCurl(text);
    if (text)
      store.say(
        (await copy(text)) ? 'curl command copied to the clipboard.' : 'curl command shown below; select it to copy.',
      );
  };

  const doShare = async () => {
    const fragment = store.share();
    const url = fragment === null ? null : `${location.origin}/playground/#s=${fragment}`;
    setLink(url);
    if (url)
      store.say(
        (await copy(url))
          ? 'Share link copied to the clipboard. It holds no token values.'
          : 'Share link shown below; select it to copy.',
      );
  };

  return (
    <section class="pg-tools" aria-label="Tools">
      <div class="pg-row">
        <button type="button" class="btn" disabled={!loaded} onClick={() => void doCurl()}>
          Copy as curl
        </button>
        <label class="pg-check">
          <input
            type="checkbox"
            checked={reveal}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setReveal(on);
              if (curl !== null) setCurl(curlFor(store, on));
            }}
          />{' '}
          Show token values in curl
        </label>
        <button type="button" class="btn" disabled={!loaded} onClick={() => void doShare()}>
          Share
        </button>
        <button type="button" class="btn" disabled={!loaded} onClick={onReset}>
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

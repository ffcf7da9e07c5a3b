/**
 * Copy as curl, Share and Reset. A refusal (a real-looking token in the request) is shown next
 * to the buttons as well as announced. Reset asks first, and the reset can be undone once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { curlFor } from '../../domain/playground/copy-as-curl.ts';
import { copyText as copy } from './copy.ts';
import type { PanelProps } from './types.ts';
import { useStore } from './use-store.ts';

export function ToolsBar({ store, uid, onReset }: PanelProps & { onReset: () => void }) {
  const loaded = useStore(store, (s) => s.org !== null);
  const undo = useStore(store, (s) => s.undo);
  const [reveal, setReveal] = useState(false);
  const [curl, setCurl] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  /** Why the last Copy as curl or Share did nothing, shown beside the buttons. */
  const [refusal, setRefusal] = useState('');
  const [asking, setAsking] = useState(false);
  /** The id of the button to focus once it is on screen (the reset itself finishes later). */
  const focusNext = useRef('');
  useEffect(() => {
    const el = focusNext.current && document.getElementById(focusNext.current);
    if (!el) return;
    el.focus();
    focusNext.current = '';
  }, [asking, undo]);
  const id = (s: string) => `${uid}-${s}`;

  const doCurl = async () => {
    const r = curlFor(store, reveal);
    setCurl(r.ok ? r.text : null);
    setRefusal(r.ok ? '' : r.reason);
    if (r.ok)
      store.say(
        (await copy(r.text)) ? 'curl command copied to the clipboard.' : 'curl command shown below; select it to copy.',
      );
  };

  const doShare = async () => {
    const r = store.share();
    const url = r.ok ? `${location.origin}/playground/#s=${r.fragment}` : null;
    setLink(url);
    setRefusal(r.ok ? '' : r.reason);
    if (url)
      store.say(
        (await copy(url))
          ? 'Share link copied to the clipboard. It holds no token values.'
          : 'Share link shown below; select it to copy.',
      );
  };

  const ask = (on: boolean, focus: string) => {
    focusNext.current = id(focus);
    setAsking(on);
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
              const r = curl !== null && curlFor(store, on);
              if (r && r.ok) setCurl(r.text);
            }}
          />{' '}
          Show token values in curl
        </label>
        <button type="button" class="btn" disabled={!loaded} onClick={() => void doShare()}>
          Share
        </button>
        <button
          type="button"
          class="btn"
          id={id('reset')}
          disabled={!loaded || asking}
          onClick={() => ask(true, 'reset-yes')}
        >
          Reset
        </button>
        {undo && (
          <button
            type="button"
            class="btn"
            id={id('undo')}
            onClick={() => {
              focusNext.current = id('reset');
              store.undoReset();
            }}
          >
            Undo reset
          </button>
        )}
      </div>
      {asking && (
        <div
          class="pg-warn"
          role="group"
          aria-labelledby={id('reset-q')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') ask(false, 'reset');
          }}
        >
          <p id={id('reset-q')}>
            Reset the scenario? Your tokens, requests and history here are cleared; you can undo it once.
          </p>
          <button
            type="button"
            class="btn btn-primary"
            id={id('reset-yes')}
            onClick={() => {
              ask(false, 'undo');
              onReset();
            }}
          >
            Yes, reset
          </button>{' '}
          <button type="button" class="btn" onClick={() => ask(false, 'reset')}>
            Keep my work
          </button>
        </div>
      )}
      {refusal && <p class="pg-warn">{refusal}</p>}
      {curl !== null && (
        <div class="pg-field">
          <label for={id('curl')}>curl command</label>
          <textarea id={id('curl')} class="pg-mono" readOnly rows={Math.min(8, curl.split('\n').length)} value={curl} />
        </div>
      )}
      {link !== null && (
        <div class="pg-field">
          <label for={id('link')}>Share link</label>
          <input
            type="text"
            id={id('link')}
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

/** Reports > System Log, newest first. */
import { useState } from 'preact/hooks';
import { formatDate, parseIso } from '../../domain/playground/dates.ts';
import { log } from '../../domain/playground/selectors.ts';
import type { PanelProps } from './types.ts';
import { useStore } from './use-store.ts';

export function SystemLogPanel({ store, uid }: PanelProps) {
  const loaded = useStore(store, (s) => s.org !== null);
  const events = useStore(store, log);
  const [all, setAll] = useState(false);
  if (!loaded) return null;
  const list = all ? events : events.slice(0, 8);
  return (
    <section aria-labelledby={`${uid}-log-h`}>
      <h3 id={`${uid}-log-h`}>System Log</h3>
      <ol class="pg-log" aria-label="System Log, newest first">
        {list.map((e) => (
          <li>
            <code>{e.eventType}</code> {e.displayMessage}
            <br />
            <small>
              {formatDate(parseIso(e.published))} · by {e.actor.displayName}
              {e.target[0] ? ` · target ${e.target[0].displayName}` : ''}
              {e.transaction.detail.requestApiTokenId
                ? ` · requestApiTokenId ${e.transaction.detail.requestApiTokenId}`
                : ''}
            </small>
          </li>
        ))}
      </ol>
      {events.length > 8 && (
        <button type="button" class="btn" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show the latest 8 events' : `Show all ${events.length} events`}
        </button>
      )}
    </section>
  );
}

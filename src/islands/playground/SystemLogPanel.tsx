/** Reports > System Log, newest first. */
import { Component } from 'preact';
import { formatDate, parseIso } from '../../domain/playground/dates.ts';
import type { PlaygroundApi } from './types.ts';

export class SystemLogPanel extends Component<{ api: PlaygroundApi }, { all: boolean }> {
  override state = { all: false };

  override render({ api }: { api: PlaygroundApi }, { all }: { all: boolean }) {
    const { session, uid } = api;
    if (!session) return null;
    const events = session.sim.systemLog().reverse();
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
          <button type="button" class="btn" aria-expanded={all} onClick={() => this.setState({ all: !all })}>
            {all ? 'Show the latest 8 events' : `Show all ${events.length} events`}
          </button>
        )}
      </section>
    );
  }
}

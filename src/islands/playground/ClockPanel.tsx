/** The simulated clock: quick steps and a custom number of days. */
import { Component } from 'preact';
import { formatDate } from '../../domain/playground/dates.ts';
import { parseDays } from '../../domain/playground/days.ts';
import type { PlaygroundApi } from './types.ts';

const DAY_MS = 86_400_000;

export class ClockPanel extends Component<{ api: PlaygroundApi }, { days: string; error: string }> {
  override state = { days: '1', error: '' };

  override render({ api }: { api: PlaygroundApi }, { days, error }: { days: string; error: string }) {
    const { uid, session } = api;
    if (!session) return null;
    const advance = (d: number) =>
      void api.act(
        ['clock', Math.round(d * DAY_MS)],
        () => `Clock advanced ${d} day${d === 1 ? '' : 's'}. It is now ${formatDate(session.sim.now())}.`,
      );
    return (
      <section aria-labelledby={`${uid}-clk-h`}>
        <h3 id={`${uid}-clk-h`}>Clock</h3>
        <p>
          Simulated time: <strong>{formatDate(session.sim.now())}</strong>
        </p>
        <div class="pg-row">
          {[1, 7, 31].map((d) => (
            <button type="button" class="btn" onClick={() => advance(d)}>
              +{d} {d === 1 ? 'day' : 'days'}
            </button>
          ))}
        </div>
        <form
          class="pg-row"
          onSubmit={(e) => {
            e.preventDefault();
            const r = parseDays(days);
            this.setState({ error: r.ok ? '' : r.message });
            if (r.ok) advance(r.days);
            else api.say(r.message);
          }}
        >
          <div class="pg-field">
            <label for={`${uid}-days`}>Days to advance</label>
            <input
              type="text"
              id={`${uid}-days`}
              inputMode="decimal"
              size={6}
              value={days}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${uid}-days-err` : undefined}
              onInput={(e) => this.setState({ days: e.currentTarget.value })}
            />
          </div>
          <button type="submit" class="btn">
            Advance clock
          </button>
          {error && (
            <p id={`${uid}-days-err`} class="pg-error">
              {error}
            </p>
          )}
        </form>
      </section>
    );
  }
}

/** The simulated clock: quick steps and a custom number of days. */
import { useState } from 'preact/hooks';
import { formatDate } from '../../domain/playground/dates.ts';
import { parseDays } from '../../domain/playground/days.ts';
import { now } from '../../domain/playground/selectors.ts';
import type { PanelProps } from './types.ts';
import { useStore } from './use-store.ts';

export function ClockPanel({ store, uid }: PanelProps) {
  const time = useStore(store, now);
  const [days, setDays] = useState('1');
  const [error, setError] = useState('');
  if (Number.isNaN(time)) return null;
  const advance = (d: number) => void store.advanceClock(d);
  return (
    <section aria-labelledby={`${uid}-clk-h`}>
      <h3 id={`${uid}-clk-h`}>Clock</h3>
      <p>
        Simulated time: <strong>{formatDate(time)}</strong>
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
          setError(r.ok ? '' : r.message);
          if (r.ok) advance(r.days);
          else store.say(r.message);
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
            onInput={(e) => setDays(e.currentTarget.value)}
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

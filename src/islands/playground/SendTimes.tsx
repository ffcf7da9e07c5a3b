/** "Send N times": the request being built, sent the number of times in "Times" (a burst to a 429). */
import { useState } from 'preact/hooks';
import { parseTimes } from '../../domain/playground/times.ts';
import type { PanelProps } from './types.ts';
import { useStore } from './use-store.ts';

export function SendTimes({ store, uid }: PanelProps) {
  const loaded = useStore(store, (s) => s.org !== null);
  const [times, setTimes] = useState('61');
  const [error, setError] = useState('');
  const id = `${uid}-times`;
  return (
    <form
      class="pg-row"
      aria-label="Send several times"
      onSubmit={(e) => {
        e.preventDefault();
        const r = parseTimes(times);
        setError(r.ok ? '' : r.message);
        if (r.ok) void store.send(undefined, r.times);
        else store.say(r.message);
      }}
    >
      <div class="pg-field">
        <label for={id}>Times</label>
        <input
          type="text"
          id={id}
          inputMode="numeric"
          size={4}
          value={times}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          onInput={(e) => setTimes(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="btn" disabled={!loaded}>
        Send N times
      </button>
      {error && (
        <p id={`${id}-err`} class="pg-error">
          {error}
        </p>
      )}
    </form>
  );
}

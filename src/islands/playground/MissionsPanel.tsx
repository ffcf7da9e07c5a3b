/**
 * Missions on /playground/: a checklist from "no header" to OAuth with the scope. Each can fill
 * in the request; the ticks come from the store (what decided each response), never from the
 * page. Loaded with `import()` the first time the list is opened.
 */
import { useState } from 'preact/hooks';
import { fillMission, missionDone, MISSIONS } from '../../domain/playground/missions.ts';
import type { PanelProps } from './types.ts';
import { useStore } from './use-store.ts';

export function MissionsPanel({ store, uid, onFill }: PanelProps & { onFill: () => void }) {
  const state = useStore(store, (s) => s);
  const [why, setWhy] = useState<{ id: string; text: string } | null>(null);
  const done = MISSIONS.filter((m) => missionDone(state, m)).length;
  return (
    <div>
      <p>
        {done} of {MISSIONS.length} done. Each mission ticks when the simulated org answers the way it describes.
      </p>
      <ol class="pg-missions-list" aria-label="Missions">
        {MISSIONS.map((m) => {
          const ok = missionDone(state, m);
          return (
            <li class={ok ? 'is-met' : ''}>
              <strong>{m.title}</strong> <span class="pg-goal-state">{ok ? '✓ Done' : 'To do'}</span>
              <p class="pg-note">{m.how}</p>
              <button
                type="button"
                class="btn"
                aria-label={`Fill in the request: ${m.title}`}
                onClick={() => {
                  const r = fillMission(store.getState(), m);
                  setWhy(r.ok ? null : { id: m.id, text: r.reason });
                  store.say(r.ok ? `Request filled in for "${m.title}". Send it from Your app.` : r.reason);
                  if (r.ok) {
                    store.setRequest(r.request);
                    onFill();
                  }
                }}
              >
                Fill in the request
              </button>
              {why?.id === m.id && (
                <p class="pg-error" id={`${uid}-mission-${m.id}`}>
                  {why.text}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/**
 * The verification trace: each check with its outcome, reason, basis and lesson link. The
 * checks that passed are folded behind a "Show N passed checks" button, so the one that decided
 * the response is what the reader sees first.
 */
import { useState } from 'preact/hooks';
import { checkLabel, type TraceStep } from '../../domain/okta-sim/index.ts';
import { traceLink } from '../../domain/playground/trace-links.ts';

const OUTCOME = { pass: 'Pass', fail: 'Fail', skip: 'Skipped' } as const;
const BASIS = { documented: 'Documented', observed: 'Observed', assumption: 'Assumption' } as const;

/**
 * The fact a step rests on (an id on the facts page), once the simulator names it. Read through
 * this one helper because `fact` is being added to `TraceStep`: this compiles before and after.
 */
const factOf = (step: TraceStep): string | undefined => (step as { fact?: string }).fact;

export function TraceList({ trace, uid }: { trace: readonly TraceStep[]; uid: string }) {
  const [open, setOpen] = useState(false);
  const passed = trace.filter((s) => s.outcome === 'pass').length;
  const shown = open ? trace : trace.filter((s) => s.outcome !== 'pass');
  const listId = `${uid}-trace`;
  return (
    <>
      <p class="pg-note">
        Basis: <strong>Documented</strong> in Okta&rsquo;s docs, <strong>Observed</strong> in real responses but not
        written down, <strong>Assumption</strong> where Okta says nothing. <a href="/facts/">The facts behind them</a>
      </p>
      {trace.some((s) => s.outcome === 'skip') && (
        <p class="pg-note">The first failing check decides the response; the checks after it are skipped.</p>
      )}
      {passed > 0 && (
        <button type="button" class="btn" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'} {passed} passed {passed === 1 ? 'check' : 'checks'}
        </button>
      )}
      <ol class="pg-trace" id={listId} aria-label="Verification trace">
        {shown.map((s) => {
          const link = traceLink(s.check);
          const fact = factOf(s);
          const label = checkLabel(s.check);
          return (
            <li class={`pg-step is-${s.outcome}`}>
              <span class="pg-badge">{OUTCOME[s.outcome]}</span> <strong>{label}</strong>
              {fact ? (
                <a class="pg-basis" href={`/facts/#${fact}`}>
                  {BASIS[s.basis]}
                  <span class="visually-hidden">: the fact behind “{label}”</span>
                </a>
              ) : (
                <span class="pg-basis">{BASIS[s.basis]}</span>
              )}
              {s.outcome !== 'skip' && (
                <>
                  <span class="pg-sum">
                    {s.summary}
                    {s.detail ? ` ${s.detail}` : ''}
                  </span>
                  <a href={link.href}>Lesson: {link.title}</a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

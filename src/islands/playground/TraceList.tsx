/** The verification trace: each check with its outcome, reason, basis and lesson link. */
import { CHECK_TEXT, type TraceStep } from '../../domain/okta-sim/index.ts';
import { traceLink } from '../../domain/playground/trace-links.ts';

const OUTCOME = { pass: 'Pass', fail: 'Fail', skip: 'Skipped' } as const;
const BASIS = { documented: 'Documented', observed: 'Observed', assumption: 'Assumption' } as const;

export function TraceList({ trace }: { trace: readonly TraceStep[] }) {
  return (
    <>
      {trace.some((s) => s.outcome === 'skip') && (
        <p class="pg-note">The first failing check decides the response; the checks after it are skipped.</p>
      )}
      <ol class="pg-trace" aria-label="Verification trace">
        {trace.map((s) => {
          const link = traceLink(s.check);
          return (
            <li class={`pg-step is-${s.outcome}`}>
              <span class="pg-badge">{OUTCOME[s.outcome]}</span> <strong>{CHECK_TEXT[s.check][0]}</strong>
              <span class="pg-basis">{BASIS[s.basis]}</span>
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

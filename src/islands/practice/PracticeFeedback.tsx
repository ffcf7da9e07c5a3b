/**
 * What a checked practice item shows: right or not, the right answer, the check that decided it
 * with the fact it rests on (and how sure the lab may be), and when each wrong option would
 * have been the answer.
 */
import type { JSX } from 'preact';
import type { Basis } from '../../domain/okta-sim/index.ts';
import type { PracticeItem, PracticeOption } from '../../domain/practice/item.ts';

const BASIS: Record<Basis, string> = {
  documented: 'Okta documents it',
  observed: 'seen in real responses, not written down by Okta',
  assumption: "the lab's assumption: Okta's sources are silent or disagree",
};

interface Props {
  item: PracticeItem;
  chosen: PracticeOption;
}

export function PracticeFeedback({ item, chosen }: Props): JSX.Element {
  const right = item.options.find((o) => o.correct)!;
  const e = item.explanation;
  return (
    <>
      <p class={chosen.correct ? 'verdict good' : 'verdict bad'}>
        <strong>{chosen.correct ? 'Right.' : 'Not quite.'}</strong> The org answers {right.response}; {right.decidedBy}.
      </p>
      <p>
        {e.outcome === 'fail' ? (
          <>
            Decided by the check “{e.checkLabel}” (<code>{e.check}</code>): {e.summary}
          </>
        ) : (
          <>
            No check refused the call. The check this template is about, “{e.checkLabel}” (<code>{e.check}</code>),
            passed: {e.summary}
          </>
        )}
        {e.detail && <> {e.detail}</>}
      </p>
      <p>
        Evidence: <a href={`/facts/#${e.fact}`}>fact {e.fact}</a> ({BASIS[e.basis]}). Lesson:{' '}
        <a href={e.lesson.href}>{e.lesson.title}</a>.
      </p>
      <p>The other options are real answers of the simulated org, in other situations:</p>
      <ul>
        {item.options
          .filter((o) => !o.correct)
          .map((o) => (
            <li key={o.key}>
              {o.response}; {o.decidedBy}: the answer {o.when}.
            </li>
          ))}
      </ul>
    </>
  );
}

/**
 * The review after a DOMC set: every option of every item, in the order the item showed them,
 * with the reader's Yes or No, whether that was right, the option's explanation, and which option
 * was the extra one whose answer was not scored (the only place that says so).
 */
import type { JSX } from 'preact';
import type { AttemptResult } from '../../domain/quiz/attempt.ts';
import { itemOrder, type DomcSession } from '../../domain/quiz/domc-session.ts';
import { reviewDomc, type DomcAnswer } from '../../domain/quiz/domc.ts';

interface Props {
  session: DomcSession;
  result: AttemptResult<DomcAnswer>;
  /** Chapter slug to title, to name each item's chapter (the exam); omit on a chapter's own page. */
  chapterTitles?: Record<string, string> | undefined;
}

/** One option's line: the reader's answer and what it came to. */
function verdict(yours: 'Yes' | 'No' | null, answeredRight: boolean | null, extra: boolean): string {
  if (yours === null) return 'Your answer: not shown';
  if (extra) return `Your answer: ${yours} (extra option, not scored)`;
  return `Your answer: ${yours}, ${answeredRight ? 'right' : 'wrong'}`;
}

export function DomcReview({ session, result, chapterTitles }: Props): JSX.Element {
  return (
    <>
      <h3 id="domc-review">Every item, option by option</h3>
      <ol class="result-list" aria-labelledby="domc-review">
        {result.attempt.items.map((i) => {
          const { chapter, question: q } = session.items[i]!;
          const r = result.attempt.results[i];
          const rows = reviewDomc(q, r?.answer ?? [], itemOrder(session, i));
          return (
            <li>
              <p>
                <strong class={r?.correct ? 'good' : 'bad'}>{r?.correct ? 'Right' : 'Wrong'}:</strong> {q.prompt}
                {chapterTitles && <span class="hint"> ({chapterTitles[chapter] ?? chapter})</span>}
                {session.marked.includes(i) && <span class="hint"> (marked for review)</span>}
              </p>
              {!r && <p>Not answered: time ran out.</p>}
              <ul class="domc-options">
                {rows.map((o) => (
                  <li>
                    <p>
                      <strong>{o.text}</strong>{' '}
                      <span class="hint">
                        (
                        {q.type === 'truefalse'
                          ? o.correct
                            ? 'the answer'
                            : 'not the answer'
                          : o.correct
                            ? 'a right answer'
                            : 'a wrong answer'}
                        )
                      </span>
                    </p>
                    <p class={o.answeredRight === null ? undefined : o.answeredRight ? 'good' : 'bad'}>
                      {verdict(o.yours, o.answeredRight, o.extra)}
                    </p>
                    <p class="explanation">{o.explanation}</p>
                  </li>
                ))}
              </ul>
              <p>
                <a href={q.lesson}>Revisit the lesson</a>
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}

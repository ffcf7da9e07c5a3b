/**
 * What a question shows once it is answered: the verdict, the explanations of the chosen and the
 * right options, the facts the key rests on, and where to read or try more; and the ✓/✗ marks
 * beside the options.
 */
import type { JSX } from 'preact';
import type { ViewOption } from '../../domain/quiz/options.ts';
import type { Answer, Question } from '../../domain/quiz/types.ts';
import { FactLinks } from './FactLinks.tsx';

interface Props {
  question: Question;
  /** The question's options in authored order (see `viewOptions`). */
  options: ViewOption[];
  answer: Answer;
  right: boolean;
  /** Title of the lesson the question links to. */
  lessonTitle?: string | undefined;
}

/** "Correct." or "Not quite.", the explanations, and where to read or try more. */
export function Feedback({ question: q, options, answer, right, lessonTitle }: Props): JSX.Element {
  const order = q.type === 'order';
  // An order question lists every step in the right order; a choice question the chosen and
  // the right options.
  const List = order ? 'ol' : 'ul';
  return (
    <>
      <p class={right ? 'verdict good' : 'verdict bad'}>
        <strong>{right ? 'Correct.' : 'Not quite.'}</strong>
      </p>
      {order && <p>The right order:</p>}
      <List>
        {options.map((o, i) =>
          order || answer.includes(i) || o.correct ? (
            <li>
              {!order && <strong>{answer.includes(i) ? 'Your answer: ' : 'The right answer: '}</strong>}
              {o.text}
              <br />
              {o.explanation}
            </li>
          ) : null,
        )}
      </List>
      <FactLinks facts={q.facts} />
      <p>
        <a href={q.lesson}>Revisit the lesson{lessonTitle ? `: ${lessonTitle}` : ''}</a>
        {q.type === 'predict' && (
          <>
            {' · '}
            <a href={`/playground/?scenario=${q.scenario}`}>Try it in the playground</a>
          </>
        )}
      </p>
    </>
  );
}

/** ✓ or ✗, with words for screen readers. */
export function Mark({ good, words }: { good: boolean; words: string }): JSX.Element {
  return (
    <span class={good ? 'mark good' : 'mark bad'}>
      <span aria-hidden="true">{good ? ' ✓' : ' ✗'}</span>
      <span class="visually-hidden"> ({words})</span>
    </span>
  );
}

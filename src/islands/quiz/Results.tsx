/**
 * The end of a chapter quiz: score, pass mark, time, every question with the reader's answer and
 * the facts its key rests on, and the ways on: retry the wrong answers (practice), retry all, or
 * the next chapter.
 */
import type { JSX } from 'preact';
import type { AttemptResult } from '../../domain/quiz/attempt.ts';
import { answerText } from '../../domain/quiz/answer-review.ts';
import { correctAnswer } from '../../domain/quiz/options.ts';
import type { Question } from '../../domain/quiz/types.ts';
import { FactLinks } from './FactLinks.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import { focusOnMount } from '../focus.ts';

interface Props {
  result: AttemptResult;
  /** All of the quiz's questions (the attempt's items index them). */
  questions: Question[];
  /** Where to go next: the next chapter, or the practice exam after the last one. */
  next: { url: string; label: string };
  onRetryMissed: () => void;
  onRetryAll: () => void;
}

/** The results screen. Focus moves to its heading (`#quiz-results`) as it appears. */
export function Results({ result, questions, next, onRetryMissed, onRetryAll }: Props): JSX.Element {
  const { attempt } = result;
  return (
    <section class="results" aria-labelledby="quiz-results">
      <h2 id="quiz-results" tabIndex={-1} ref={focusOnMount}>
        Results
      </h2>
      <ScoreSummary
        result={result}
        note={attempt.practice && 'A retry of wrong answers does not change your best score.'}
      />
      <ol class="result-list">
        {attempt.items.map((i) => {
          const q = questions[i]!;
          const checked = attempt.results[i];
          return (
            <li>
              <p>
                <strong class={checked?.correct ? 'good' : 'bad'}>{checked?.correct ? 'Right' : 'Wrong'}:</strong>{' '}
                {q.prompt}
              </p>
              <p>Your answer: {answerText(q, checked?.answer) ?? 'no answer'}</p>
              {!checked?.correct && <p>Right answer: {answerText(q, correctAnswer(q))}</p>}
              <FactLinks facts={q.facts} />
              <p>
                <a href={q.lesson}>Revisit the lesson</a>
              </p>
            </li>
          );
        })}
      </ol>
      <p class="actions">
        {result.missed.length > 0 && (
          <button type="button" class="btn btn-primary" onClick={onRetryMissed}>
            Retry wrong answers only
          </button>
        )}
        <button type="button" class="btn" onClick={onRetryAll}>
          Retry all
        </button>
        <a href={next.url}>{next.label}</a>
      </p>
      {!attempt.practice && (
        <p class="hint">
          <a href={`?seed=${attempt.seed}`}>Retake this exact quiz</a>: the same questions with the options in the same
          order, so you can compare your answers. Bookmark the link to come back to it later.
        </p>
      )}
    </section>
  );
}

/** @jsxImportSource . */
/**
 * The end of a chapter quiz: score, pass mark, time, every question with the reader's answer.
 * It arrives with the feedback views, after the reader's first choice (load-answer-views.ts).
 */
import type { JSX } from 'preact';
import { correctAnswer, viewOptions } from '../../domain/quiz/options.ts';
import { scoreResults } from '../../domain/quiz/score.ts';
import type { Answer, Question } from '../../domain/quiz/types.ts';
import type { Run } from './Quiz.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';

interface Props {
  /** The finished attempt. */
  run: Run;
  /** All of the quiz's questions (`run.items` indexes them). */
  questions: Question[];
  /** Where to go next: the next chapter, or the practice exam after the last one. */
  next: { url: string; label: string };
  /** Starts a new attempt at these questions, with a fresh seed unless one is given. */
  restart: (items: number[], seed?: string) => void;
}

/** Moves focus to the results heading when it appears (one function, so it runs only then). */
const focus = (heading: HTMLElement | null) => heading?.focus();

/** The results screen. Focus moves to its heading (`#quiz-results`) as it appears. */
export function Results({ run, questions, next, restart }: Props): JSX.Element {
  const wrong = run.items.filter((i) => !run.answers[i]?.correct);
  const score = scoreResults(run.items.map((i) => !wrong.includes(i)));
  return (
    <section class="results" aria-labelledby="quiz-results">
      <h2 id="quiz-results" tabIndex={-1} ref={focus}>
        Results
      </h2>
      <ScoreSummary
        score={score}
        took={run.end! - run.start}
        note={run.items.length < questions.length && 'A retry of wrong answers does not change your best score.'}
      />
      <ol class="result-list">
        {run.items.map((i) => {
          const q = questions[i]!;
          const checked = run.answers[i];
          return (
            <li>
              <p>
                <strong class={checked?.correct ? 'good' : 'bad'}>{checked?.correct ? 'Right' : 'Wrong'}:</strong>{' '}
                {q.prompt}
              </p>
              <p>Your answer: {answerText(q, checked?.answer)}</p>
              {!checked?.correct && <p>Right answer: {answerText(q, correctAnswer(q))}</p>}
              <p>
                <a href={q.lesson}>Revisit the lesson</a>
              </p>
            </li>
          );
        })}
      </ol>
      <p class="actions">
        {wrong.length > 0 && (
          <button type="button" class="btn btn-primary" onClick={() => restart(wrong, `${run.seed}w`)}>
            Retry wrong answers only
          </button>
        )}
        <button type="button" class="btn" onClick={() => restart(questions.map((_, i) => i))}>
          Retry all
        </button>
        <a href={next.url}>{next.label}</a>
      </p>
      <p class="hint">
        Attempt code {run.seed}: add <code>?seed={run.seed}</code> to the address to see the same option order again.
      </p>
    </section>
  );
}

/**
 * An answer in words: the chosen options, or the steps in the reader's order.
 *
 * @example
 * answerText(orderQuestion, [1, 0, 2]) // "Find the token → Read the header → Check the role"
 */
function answerText(q: Question, answer: Answer | undefined): string {
  if (!answer || answer.length === 0) return 'no answer';
  const options = viewOptions(q);
  return answer.map((i) => options[i]?.text ?? '?').join(q.type === 'order' ? ' → ' : '; ');
}

/** The end of a chapter quiz: score, pass mark, time, every question with the reader's answer. */
import type { JSX } from 'preact';
import { correctAnswer } from '../../domain/quiz/options';
import { PASS_PERCENT, type Score } from '../../domain/quiz/score';
import type { Question } from '../../domain/quiz/types';
import { answerText, formatDuration } from './format';
import type { Checked } from './QuestionCard';

interface Props {
  score: Score;
  ms: number;
  items: { question: Question; checked: Checked | undefined }[];
  /** Where to go next: the next chapter, or the practice exam after the last one. */
  next: { url: string; label: string };
  seed: string;
  partial: boolean;
  onRetryWrong: () => void;
  onRetryAll: () => void;
}

/** The results screen. Its heading has the id `quiz-results`; the quiz moves focus there. */
export function Results(p: Props): JSX.Element {
  const { score } = p;
  return (
    <section class="results" aria-labelledby="quiz-results">
      <h2 id="quiz-results" tabIndex={-1}>
        Results
      </h2>
      <p class="score">
        <output aria-label="Score">
          {score.score} of {score.total} ({score.percent}%)
        </output>
        {score.passed ? ' Passed: ' : ' Not passed yet: '}the pass mark is {PASS_PERCENT}%.
      </p>
      <p>
        Time taken: {formatDuration(p.ms)}. {p.partial && 'A retry of wrong answers does not change your best score.'}
      </p>
      <ol class="result-list">
        {p.items.map(({ question: q, checked }) => (
          <li>
            <p>
              <strong class={checked?.correct ? 'good' : 'bad'}>{checked?.correct ? 'Right' : 'Wrong'}:</strong> {q.prompt}
            </p>
            <p>Your answer: {answerText(q, checked?.answer)}</p>
            {!checked?.correct && <p>Right answer: {answerText(q, correctAnswer(q))}</p>}
            <p>
              <a href={q.lesson}>Revisit the lesson</a>
            </p>
          </li>
        ))}
      </ol>
      <p class="actions">
        {p.items.some((i) => !i.checked?.correct) && (
          <button type="button" class="btn btn-primary" onClick={p.onRetryWrong}>
            Retry wrong answers only
          </button>
        )}
        <button type="button" class="btn" onClick={p.onRetryAll}>
          Retry all
        </button>
        <a href={p.next.url}>{p.next.label}</a>
      </p>
      <p class="hint">
        Attempt code {p.seed}: add <code>?seed={p.seed}</code> to the address to see the same option order again.
      </p>
    </section>
  );
}

/**
 * One question: its options (radios, checkboxes, or a reorderable list), a submit button, and,
 * once answered, feedback with the explanations of the chosen and the right options. Used by the
 * chapter quiz, spaced review and the practice exam. The card collects the reader's answer (in
 * the domain's encoding: indexes into the authored options, see `src/domain/quiz/types.ts`) and
 * hands it to `onAnswer`; the session grades it into its attempt and passes the result back as
 * `checked`.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ItemResult } from '../../domain/quiz/attempt.ts';
import { viewOptions } from '../../domain/quiz/options.ts';
import { optionOrder } from '../../domain/quiz/shuffle.ts';
import type { Answer, Question } from '../../domain/quiz/types.ts';
import { Feedback, Mark } from './Feedback.tsx';

interface Props {
  question: Question;
  /** Unique on the page and per attempt: seeds the option order and names the radio group. */
  seed: string;
  /** Shown above the question, e.g. "Question 2 of 5". */
  label: string;
  /** The graded answer, once there is one. */
  checked?: ItemResult | undefined;
  /** Whether to show feedback after submitting (quiz, review) or just move on (exam). */
  feedback: boolean;
  /** The submit button's text: "Check answer", or in the exam "Next question" / "See results". */
  submit: string;
  onAnswer: (answer: Answer) => void;
  /** The button shown after feedback ("Next question", "See results"). */
  next?: { label: string; onClick: () => void } | undefined;
  /** Title of the lesson the question links to. */
  lessonTitle?: string | undefined;
  /** Move focus to the question when it appears (one-at-a-time layouts). */
  focusOnMount?: boolean;
  /** An answer to start from, still open to change (the exam, when the reader comes back to a question). */
  initial?: Answer | undefined;
  /** More buttons beside the submit button (the exam's "Previous" and "Flag for review"). */
  actions?: ComponentChildren;
}

export function QuestionCard(p: Props): JSX.Element {
  const q = p.question;
  const options = useMemo(() => viewOptions(q), [q]);
  // Display order of the options: shuffled by the seed, except True/False.
  const order = useMemo(
    () => (q.type === 'truefalse' ? [0, 1] : optionOrder(options.length, p.seed, q.type === 'order')),
    [q, options, p.seed],
  );
  /** Chosen options; for an order question, the current order of the steps. */
  const [chosen, setChosen] = useState<readonly number[]>(() => p.initial ?? (q.type === 'order' ? order : []));
  const [hint, setHint] = useState('');
  /** The move button to focus after a step moved (`<step><-1|1>`). */
  const [moved, setMoved] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const find = (selector: string) => form.current?.querySelector<HTMLElement>(selector);

  const done = p.checked !== undefined;
  const wasDone = useRef(done);
  useEffect(() => {
    if (p.focusOnMount) find('h2')?.focus();
  }, []);
  // Focus follows the feedback when the answer is checked (not when a checked card appears).
  useEffect(() => {
    if (done && !wasDone.current && p.feedback) find('.feedback')?.focus();
    wasDone.current = done;
  }, [done]);
  useEffect(() => {
    if (moved) find(`[data-move="${moved}"]`)?.focus();
  }, [moved]);

  const multi = q.type === 'multiple';
  const answer = p.checked?.answer ?? chosen;
  /** The graded answer, when this card shows feedback (the exam shows none until the end). */
  const shown = p.feedback ? p.checked : undefined;

  const pick = (i: number): void => {
    if (done) return;
    setHint('');
    setChosen(multi ? (chosen.includes(i) ? chosen.filter((c) => c !== i) : [...chosen, i]) : [i]);
  };

  /** Swaps the step at `pos` with its neighbour; focus follows the pressed button. */
  const move = (pos: number, by: number): void => {
    const to = pos + by;
    if (done || to < 0 || to >= chosen.length) return;
    const next = [...chosen];
    [next[pos], next[to]] = [next[to]!, next[pos]!];
    setChosen(next);
    setMoved(`${next[to]}${by}`);
    setHint(`${options[next[to]]!.text}: now step ${to + 1} of ${next.length}.`);
  };

  const submit = (e: Event): void => {
    e.preventDefault();
    if (done) return;
    if (chosen.length === 0) setHint('Choose an answer first.');
    else p.onAnswer(chosen);
  };

  // Enter selects the focused option (instead of submitting the form); arrow keys move between
  // checkboxes, as browsers already do between radio buttons.
  const keys = (e: KeyboardEvent): void => {
    const input = e.target as HTMLInputElement;
    if (input.tagName !== 'INPUT') return;
    if (e.key === 'Enter') {
      e.preventDefault();
      pick(Number(input.value));
    } else if (input.type === 'checkbox' && e.key.startsWith('Arrow')) {
      e.preventDefault();
      const all = [...(e.currentTarget as HTMLElement).querySelectorAll('input')];
      const step = e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 1;
      all[(all.indexOf(input) + step + all.length) % all.length]!.focus();
    }
  };

  return (
    <form class="question" ref={form} onSubmit={submit}>
      <h2 class="question-label" tabIndex={-1}>
        {p.label}
      </h2>
      <fieldset onKeyDown={keys}>
        <legend>{q.prompt}</legend>
        {multi && <p class="hint">Select all that apply.</p>}
        {q.type === 'order' ? (
          <ol class="order">
            {answer.map((i, pos) => (
              <li key={i}>
                <span>{options[i]!.text}</span>
                {shown && <Mark good={i === pos} words={i === pos ? 'right place' : `belongs at step ${i + 1}`} />}
                {!done && (
                  <span class="moves">
                    {[-1, 1].map((by) => (
                      <button
                        type="button"
                        class="btn"
                        data-move={`${i}${by}`}
                        aria-label={`Move ${by < 0 ? 'up' : 'down'}: ${options[i]!.text}`}
                        aria-disabled={answer[pos + by] === undefined}
                        onClick={() => move(pos, by)}
                      >
                        <span aria-hidden="true">{by < 0 ? '↑' : '↓'}</span>
                      </button>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <ul class="options">
            {order.map((i) => {
              const o = options[i]!;
              const given = answer.includes(i);
              return (
                <li key={i}>
                  <label class="option">
                    <input
                      type={multi ? 'checkbox' : 'radio'}
                      name={p.seed}
                      value={i}
                      checked={given}
                      disabled={done}
                      onChange={() => pick(i)}
                    />
                    <span>{o.text}</span>
                    {shown && (o.correct || given) && (
                      <Mark good={o.correct} words={o.correct ? 'right answer' : 'your answer, wrong'} />
                    )}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      {!done && (
        <p class="actions">
          <button type="submit" class="btn btn-primary">
            {p.submit}
          </button>
          {p.actions}
          <span class="hint" aria-live="polite">
            {hint}
          </span>
        </p>
      )}
      <div class="feedback" tabIndex={-1} aria-live="polite">
        {shown && (
          <Feedback question={q} options={options} answer={answer} right={shown.correct} lessonTitle={p.lessonTitle} />
        )}
      </div>
      {done && p.next && (
        <p class="actions">
          <button type="button" class="btn btn-primary" onClick={p.next.onClick}>
            {p.next.label}
          </button>
        </p>
      )}
    </form>
  );
}

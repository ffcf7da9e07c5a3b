/*
 * The chapter quiz islands are class components: the quiz page must stay within 15 KB of gzipped
 * JavaScript, and classes avoid shipping the shared `preact/hooks` chunk (about 1.2 KB) there.
 */

/**
 * One question: its options (radios, checkboxes, or a reorderable list), a submit button, and,
 * once answered, feedback with the explanations of the chosen and the right options. Used by the
 * chapter quiz, spaced review and the practice exam. Answers are in the domain's encoding
 * (indexes into the authored options, see `src/domain/quiz/types.ts`).
 */
import { Component, h, type JSX } from 'preact';
import { gradeAnswer } from '../../domain/quiz/grade';
import { viewOptions, type ViewOption } from '../../domain/quiz/options';
import { optionOrder } from '../../domain/quiz/shuffle';
import type { Answer, Question } from '../../domain/quiz/types';

/** A submitted answer and whether it was right. */
export interface Checked {
  answer: Answer;
  correct: boolean;
}

interface Props {
  question: Question;
  /** Unique on the page and per attempt: seeds the option order and names the radio group. */
  seed: string;
  /** Shown above the question, e.g. "Question 2 of 5". */
  label: string;
  checked?: Checked | undefined;
  /** Whether to show feedback after submitting (quiz, review) or just move on (exam). */
  feedback: boolean;
  /** The submit button's text: "Check answer", or in the exam "Next question" / "See results". */
  submit: string;
  onAnswer: (checked: Checked) => void;
  /** The button shown after feedback ("Next question", "See results"). */
  next?: { label: string; onClick: () => void } | undefined;
  /** Title of the lesson the question links to. */
  lessonTitle?: string | undefined;
  /** Move focus to the question when it appears (one-at-a-time layouts). */
  focusOnMount?: boolean;
}

interface State {
  /** Chosen options; for an order question, the current order of the steps. */
  chosen: number[];
  hint: string;
  /** The move button to focus after a step moved (`<step><-1|1>`). */
  moved: string;
}

export class QuestionCard extends Component<Props, State> {
  private options: ViewOption[];
  /** Display order of the options: shuffled by the seed, except True/False. */
  private order: number[];
  private root: HTMLFormElement | null = null;

  constructor(p: Props) {
    super(p);
    const q = p.question;
    this.options = viewOptions(q);
    this.order = q.type === 'truefalse' ? [0, 1] : optionOrder(this.options.length, p.seed, q.type === 'order');
    this.state = { chosen: q.type === 'order' ? this.order : [], hint: '', moved: '' };
  }

  override componentDidMount(): void {
    if (this.props.focusOnMount) this.find('h2')?.focus();
  }

  override componentDidUpdate(prev: Props, prevState: State): void {
    if (!prev.checked && this.props.checked && this.props.feedback) this.find('.feedback')?.focus();
    if (this.state.moved !== prevState.moved) this.find(`[data-move="${this.state.moved}"]`)?.focus();
  }

  private find(selector: string): HTMLElement | null | undefined {
    return this.root?.querySelector<HTMLElement>(selector);
  }

  private pick(i: number): void {
    const { chosen } = this.state;
    if (this.props.checked) return;
    const multi = this.props.question.type === 'multiple';
    this.setState({ hint: '', chosen: multi ? (chosen.includes(i) ? chosen.filter((c) => c !== i) : [...chosen, i]) : [i] });
  }

  /** Swaps the step at `pos` with its neighbour; focus follows the pressed button. */
  private move(pos: number, by: number): void {
    const next = [...this.state.chosen];
    const to = pos + by;
    if (this.props.checked || to < 0 || to >= next.length) return;
    [next[pos], next[to]] = [next[to]!, next[pos]!];
    this.setState({
      chosen: next,
      moved: `${next[to]}${by}`,
      hint: `${this.options[next[to]]!.text}: now step ${to + 1} of ${next.length}.`,
    });
  }

  private submit = (e: Event): void => {
    e.preventDefault();
    const { chosen } = this.state;
    if (this.props.checked) return;
    if (chosen.length === 0) this.setState({ hint: 'Choose an answer first.' });
    else this.props.onAnswer({ answer: chosen, correct: gradeAnswer(this.props.question, chosen) });
  };

  // Enter selects the focused option (instead of submitting the form); arrow keys move between
  // checkboxes, as browsers already do between radio buttons.
  private keys = (e: KeyboardEvent): void => {
    const input = e.target as HTMLInputElement;
    if (input.tagName !== 'INPUT') return;
    if (e.key === 'Enter') {
      e.preventDefault();
      this.pick(Number(input.value));
    } else if (input.type === 'checkbox' && e.key.startsWith('Arrow')) {
      e.preventDefault();
      const all = [...(e.currentTarget as HTMLElement).querySelectorAll('input')];
      const step = e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 1;
      all[(all.indexOf(input) + step + all.length) % all.length]!.focus();
    }
  };

  override render(p: Props, { chosen, hint }: State): JSX.Element {
    const q = p.question;
    const done = p.checked !== undefined;
    const marks = done && p.feedback;
    const answer = p.checked?.answer ?? chosen;
    const multi = q.type === 'multiple';
    return (
      <form class="question" onSubmit={this.submit} ref={(f) => {
          this.root = f;
        }}>
        <h2 class="question-label" tabIndex={-1}>
          {p.label}
        </h2>
        <fieldset onKeyDown={this.keys}>
          <legend>{q.prompt}</legend>
          {multi && <p class="hint">Select all that apply.</p>}
          {q.type === 'order' ? (
            <ol class="order">
              {answer.map((i, pos) => (
                <li key={i}>
                  <span>{this.options[i]!.text}</span>
                  {marks && mark(i === pos, i === pos ? 'right place' : `belongs at step ${i + 1}`)}
                  {!done && (
                    <span class="moves">
                      {[-1, 1].map((by) => (
                        <button
                          type="button"
                          class="btn"
                          data-move={`${i}${by}`}
                          aria-label={`Move ${by < 0 ? 'up' : 'down'}: ${this.options[i]!.text}`}
                          aria-disabled={answer[pos + by] === undefined}
                          onClick={() => this.move(pos, by)}
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
              {this.order.map((i) => {
                const o = this.options[i]!;
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
                        onChange={() => this.pick(i)}
                      />
                      <span>{o.text}</span>
                      {marks && (o.correct || given) && mark(o.correct, o.correct ? 'right answer' : 'your answer, wrong')}
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
            <span class="hint" aria-live="polite">
              {hint}
            </span>
          </p>
        )}
        <div class="feedback" tabIndex={-1} aria-live="polite">
          {marks && this.feedback(answer, p.checked!.correct)}
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

  /** "Correct." or "Not quite.", the explanations, and where to read or try more. */
  private feedback(answer: Answer, right: boolean): JSX.Element {
    const q = this.props.question;
    const order = q.type === 'order';
    return (
      <>
        <p class={right ? 'verdict good' : 'verdict bad'}>
          <strong>{right ? 'Correct.' : 'Not quite.'}</strong>
        </p>
        {order && <p>The right order:</p>}
        {h(
          order ? 'ol' : 'ul',
          null,
          this.options.map((o, i) =>
            order || answer.includes(i) || o.correct ? (
              <li>
                {!order && <strong>{answer.includes(i) ? 'Your answer: ' : 'The right answer: '}</strong>}
                {o.text}
                <br />
                {o.explanation}
              </li>
            ) : null,
          ),
        )}
        <p>
          <a href={q.lesson}>Revisit the lesson{this.props.lessonTitle ? `: ${this.props.lessonTitle}` : ''}</a>
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
}

/** ✓ or ✗, with words for screen readers. */
function mark(good: boolean, words: string): JSX.Element {
  return (
    <span class={good ? 'mark good' : 'mark bad'}>
      <span aria-hidden="true">{good ? ' ✓' : ' ✗'}</span>
      <span class="visually-hidden"> ({words})</span>
    </span>
  );
}

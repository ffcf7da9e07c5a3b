/** @jsxImportSource . */
/*
 * The chapter quiz islands are class components: the quiz page must stay within 15 KB of gzipped
 * JavaScript, and classes avoid shipping the shared `preact/hooks` chunk (about 1.2 KB) there.
 * For the same reason their JSX goes through `h`: the JSX import source pragma above, see
 * jsx-runtime.ts.
 */

/**
 * One question: its options (radios, checkboxes, or a reorderable list), a submit button, and,
 * once answered, feedback with the explanations of the chosen and the right options. Used by the
 * chapter quiz, spaced review and the practice exam. Answers are in the domain's encoding
 * (indexes into the authored options, see `src/domain/quiz/types.ts`).
 */
import { Component, type JSX } from 'preact';
import { gradeAnswer } from '../../domain/quiz/grade.ts';
import { viewOptions, type ViewOption } from '../../domain/quiz/options.ts';
import { optionOrder } from '../../domain/quiz/shuffle.ts';
import type { Answer, Question } from '../../domain/quiz/types.ts';
import { answerViews, loadAnswerViews } from './load-answer-views.ts';

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

  constructor(p: Props) {
    super(p);
    const q = p.question;
    this.options = viewOptions(q);
    this.order = q.type === 'truefalse' ? [0, 1] : optionOrder(this.options.length, p.seed, q.type === 'order');
    this.state = { chosen: q.type === 'order' ? this.order : [], hint: '', moved: '' };
  }

  override componentDidMount(): void {
    if (this.props.focusOnMount) this.find('h2')?.focus();
    if (this.props.checked) this.needViews();
  }

  override componentDidUpdate(prev: Props, prevState: State): void {
    if (!prev.checked && this.props.checked && this.props.feedback) this.find('.feedback')?.focus();
    if (this.state.moved !== prevState.moved) this.find(`[data-move="${this.state.moved}"]`)?.focus();
  }

  private find(selector: string): HTMLElement | null | undefined {
    // `base` is the component's root element: the form.
    return (this.base as Element | undefined)?.querySelector<HTMLElement>(selector);
  }

  /** Loads the feedback views on the reader's first choice, and shows them once they are here. */
  private needViews(): void {
    if (this.props.feedback && !answerViews)
      loadAnswerViews().then(
        () => this.forceUpdate(),
        () => undefined,
      );
  }

  private pick(i: number): void {
    const { chosen } = this.state;
    if (this.props.checked) return;
    this.needViews();
    const multi = this.props.question.type === 'multiple';
    this.setState({
      hint: '',
      chosen: multi ? (chosen.includes(i) ? chosen.filter((c) => c !== i) : [...chosen, i]) : [i],
    });
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
    this.needViews();
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
    // The feedback views, once the answer is checked (and they have loaded).
    const views = done && p.feedback ? answerViews : undefined;
    const answer = p.checked?.answer ?? chosen;
    const multi = q.type === 'multiple';
    return (
      <form class="question" onSubmit={this.submit}>
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
                  {views?.mark(i === pos, i === pos ? 'right place' : `belongs at step ${i + 1}`)}
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
                      {views &&
                        (o.correct || given) &&
                        views.mark(o.correct, o.correct ? 'right answer' : 'your answer, wrong')}
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
          {views && (
            <views.Feedback
              question={q}
              options={this.options}
              answer={answer}
              right={p.checked!.correct}
              lessonTitle={p.lessonTitle}
            />
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
}

/** @jsxImportSource . */
/**
 * The chapter quiz island (`client:visible`). Before it hydrates, and without JavaScript, it shows
 * its children: the page's static list of questions and a note that answering needs JavaScript.
 * After hydration: one question at a time or all on one page (the reader's choice, remembered in
 * progress), immediate feedback, and a results screen. A full attempt is saved to progress, and
 * its missed questions join spaced review. Class components: see QuestionCard.tsx for why.
 *
 * Feedback and the results screen arrive a moment after the page, on the reader's first choice
 * (load-answer-views.ts): the quiz page is held to 15 KB of JavaScript.
 */
import { Component, type ComponentChildren, type JSX } from 'preact';
import type { QuizLayout } from '../../domain/progress/types.ts';
import type { Question } from '../../domain/quiz/types.ts';
import { dispatch, getProgress } from '../progress-store.ts';
import { attemptSeed } from './format.ts';
import { answerViews, loadAnswerViews } from './load-answer-views.ts';
import { QuestionCard, type Checked } from './QuestionCard.tsx';
import './quiz.css';

interface Props {
  chapter: string;
  questions: Question[];
  /** Lesson URL (without `#…`) to its title. */
  lessonTitles: Record<string, string>;
  next: { url: string; label: string };
  children?: ComponentChildren;
}

/** One attempt: which questions (indexes into `questions`), the answers, where the reader is. */
export interface Run {
  seed: string;
  items: number[];
  answers: Record<number, Checked>;
  pos: number;
  start: number;
  end?: number;
}

interface State {
  run?: Run;
  layout: QuizLayout;
}

export default class Quiz extends Component<Props, State> {
  override state: State = { layout: 'one' };

  override componentDidMount(): void {
    this.setState({ layout: getProgress().prefs.quizLayout ?? 'one' });
    this.restart(this.props.questions.map((_, i) => i));
  }

  /** Starts an attempt at these questions (indexes into `questions`). */
  private restart = (items: number[], seed = attemptSeed()): void => {
    this.setState({ run: { seed, items, answers: {}, pos: 0, start: Date.now() } });
  };

  private update(change: Partial<Run>): void {
    this.setState({ run: { ...this.state.run!, ...change } });
  }

  private finish = (): void => {
    const run = this.state.run!;
    const end = Date.now();
    // A retry of wrong answers only is practice: it does not count as an attempt.
    const { questions, chapter } = this.props;
    const total = run.items.length;
    if (total === questions.length) {
      const missed = run.items.filter((i) => !run.answers[i]?.correct);
      const score = total - missed.length;
      dispatch({ type: 'quiz-attempt', chapter, score, total, missed: missed.map((i) => questions[i]!.id), at: end });
    }
    this.update({ end });
    if (!answerViews)
      loadAnswerViews().then(
        () => this.forceUpdate(),
        () => undefined,
      );
  };

  private card(run: Run, i: number, at: number, one: boolean): JSX.Element {
    const last = at === run.items.length - 1;
    const q = this.props.questions[i]!;
    return (
      <QuestionCard
        key={`${run.seed}/${i}`}
        question={q}
        seed={`${run.seed}/${q.id}`}
        label={`Question ${at + 1} of ${run.items.length}`}
        checked={run.answers[i]}
        feedback
        submit="Check answer"
        onAnswer={(c) => this.update({ answers: { ...run.answers, [i]: c } })}
        next={
          one
            ? {
                label: last ? 'See results' : 'Next question',
                onClick: last ? this.finish : () => this.update({ pos: at + 1 }),
              }
            : undefined
        }
        lessonTitle={this.props.lessonTitles[q.lesson.split('#')[0]!]}
        focusOnMount={one && at > 0}
      />
    );
  }

  override render({ questions, children, next }: Props, { run, layout }: State): JSX.Element {
    // Server render and the moment before hydration: the static questions from the page. The
    // wrapper gives `client:visible` a box to observe (Astro's slot element is display: contents).
    if (!run) return <div class="quiz">{children}</div>;
    if (run.end) {
      return (
        <div class="quiz">
          {answerViews ? (
            <answerViews.Results run={run} questions={questions} next={next} restart={this.restart} />
          ) : (
            <p role="status">Loading the results…</p>
          )}
        </div>
      );
    }
    const count = run.items.length;
    const answered = run.items.filter((i) => run.answers[i]).length;
    return (
      <div class="quiz">
        <fieldset class="layout">
          <legend>Show questions</legend>
          {(['one', 'all'] as const).map((l) => (
            <label>
              <input
                type="radio"
                name="quiz-layout"
                checked={layout === l}
                onChange={() => {
                  this.setState({ layout: l });
                  dispatch({ type: 'quiz-layout', layout: l });
                }}
              />{' '}
              {l === 'one' ? 'One at a time' : 'All on one page'}
            </label>
          ))}
        </fieldset>
        <p class="quiz-progress">
          <progress max={count} value={answered} aria-label="Questions answered" /> {answered} of {count} answered
        </p>
        {layout === 'one' ? (
          this.card(run, run.items[run.pos]!, run.pos, true)
        ) : (
          <>
            {run.items.map((i, at) => this.card(run, i, at, false))}
            {answered === count && (
              <p class="actions">
                <button type="button" class="btn btn-primary" onClick={this.finish}>
                  See results
                </button>
              </p>
            )}
          </>
        )}
      </div>
    );
  }
}

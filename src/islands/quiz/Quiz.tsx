/**
 * The chapter quiz island (`client:visible`). Before it hydrates, and without JavaScript, it shows
 * its children: the page's static list of questions and a note that answering needs JavaScript.
 * After hydration: one question at a time or all on one page (the reader's choice, remembered in
 * progress), immediate feedback, and a results screen. The attempt itself (answers, grading,
 * score, missed questions) is `domain/quiz/attempt.ts`; this island keeps it in state. A full
 * attempt is saved to progress, and its missed questions join spaced review.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { attemptSeed } from '../../client/attempt-seed.ts';
import { dispatch, getProgress } from '../../client/progress/store.ts';
import type { QuizLayout } from '../../domain/progress/types.ts';
import {
  answer,
  answeredCount,
  finishAttempt,
  retryMissed,
  startAttempt,
  type Attempt,
  type AttemptResult,
} from '../../domain/quiz/attempt.ts';
import type { Question } from '../../domain/quiz/types.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { Results } from './Results.tsx';
import './quiz.css';

interface Props {
  chapter: string;
  questions: Question[];
  /** Lesson URL (without `#…`) to its title. */
  lessonTitles: Record<string, string>;
  next: { url: string; label: string };
  children?: ComponentChildren;
}

export default function Quiz({ chapter, questions, lessonTitles, next, children }: Props): JSX.Element {
  const [layout, setLayout] = useState<QuizLayout>('one');
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  /** The question on screen in the one-at-a-time layout (an index into the attempt's items). */
  const [pos, setPos] = useState(0);
  const [result, setResult] = useState<AttemptResult | null>(null);

  const begin = (a: Attempt): void => {
    setAttempt(a);
    setPos(0);
    setResult(null);
  };
  const beginAll = (): void =>
    begin(
      startAttempt(
        questions.map((_, i) => i),
        attemptSeed(),
        Date.now(),
      ),
    );

  useEffect(() => {
    setLayout(getProgress().prefs.quizLayout ?? 'one');
    beginAll();
  }, []);

  // Server render and the moment before hydration: the static questions from the page. The
  // wrapper gives `client:visible` a box to observe (Astro's slot element is display: contents).
  if (!attempt) return <div class="quiz">{children}</div>;

  if (result) {
    const retry = retryMissed(result, Date.now());
    return (
      <div class="quiz">
        <Results
          result={result}
          questions={questions}
          next={next}
          onRetryMissed={() => retry && begin(retry)}
          onRetryAll={beginAll}
        />
      </div>
    );
  }

  const finish = (): void => {
    const done = finishAttempt(attempt, Date.now());
    // Practice (a retry of wrong answers) does not count as an attempt at the chapter.
    if (!done.attempt.practice) {
      const { score, total } = done.score;
      const missed = done.missed.map((i) => questions[i]!.id);
      dispatch({ type: 'quiz-attempt', chapter, score, total, missed, at: done.attempt.end });
    }
    setResult(done);
  };

  const card = (i: number, at: number, one: boolean): JSX.Element => {
    const last = at === attempt.items.length - 1;
    const q = questions[i]!;
    return (
      <QuestionCard
        key={`${attempt.seed}/${i}`}
        question={q}
        seed={`${attempt.seed}/${q.id}`}
        label={`Question ${at + 1} of ${attempt.items.length}`}
        checked={attempt.results[i]}
        feedback
        submit="Check answer"
        onAnswer={(given) => setAttempt((a) => a && answer(a, i, given, q))}
        next={
          one
            ? { label: last ? 'See results' : 'Next question', onClick: last ? finish : () => setPos(at + 1) }
            : undefined
        }
        lessonTitle={lessonTitles[q.lesson.split('#')[0]!]}
        focusOnMount={one && at > 0}
      />
    );
  };

  const count = attempt.items.length;
  const answered = answeredCount(attempt);
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
                setLayout(l);
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
        card(attempt.items[pos]!, pos, true)
      ) : (
        <>
          {attempt.items.map((i, at) => card(i, at, false))}
          {answered === count && (
            <p class="actions">
              <button type="button" class="btn btn-primary" onClick={finish}>
                See results
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}

/**
 * Spaced review: the questions the reader missed that are due today, one at a time with
 * feedback. Each answer moves the question along its schedule (or back to the start). Questions
 * not yet due can be practised now ("Practise now"), so review is not empty until tomorrow after
 * a quiz; practice leaves their schedule as it is, because an early right answer says little
 * about remembering them after the wait.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dispatch, getProgress } from '../../client/progress/store.ts';
import { answer, finishAttempt, startAttempt, type Attempt, type AttemptResult } from '../../domain/quiz/attempt.ts';
import { questionKey } from '../../domain/quiz/question-key.ts';
import { isDue, REVIEW_INTERVAL_DAYS } from '../../domain/quiz/review-schedule.ts';
import type { ChapterQuestion, Quiz } from '../../domain/quiz/types.ts';
import { formatDuration, formatLocalDay, plural } from '../format.ts';
import { QuestionCard } from './QuestionCard.tsx';
import './quiz.css';

interface Props {
  quizzes: Quiz[];
  lessonTitles: Record<string, string>;
  children?: ComponentChildren;
}

interface Item extends ChapterQuestion {
  key: string;
  due: number;
}

export default function ReviewSession({ quizzes, lessonTitles, children }: Props): JSX.Element {
  const [items, setItems] = useState<{ due: Item[]; later: Item[] } | null>(null);
  /** A practice attempt at the session's questions (its items index `session`). */
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  /** Whether the session is early practice of questions not yet due (it moves no schedule). */
  const [early, setEarly] = useState(false);
  const [pos, setPos] = useState(0);
  const [result, setResult] = useState<AttemptResult | null>(null);

  useEffect(() => {
    // The session is a snapshot: answering moves questions in progress, not in this list.
    const now = Date.now();
    const byKey = new Map(
      quizzes.flatMap((quiz) =>
        quiz.questions.map((question) => {
          const item = { chapter: quiz.chapter, question };
          return [questionKey(item), item];
        }),
      ),
    );
    const all = Object.entries(getProgress().review)
      .flatMap(([key, r]) => {
        const found = byKey.get(key);
        // A question removed from the course since it was missed is skipped.
        return found ? [{ ...found, key, due: r.due, ready: isDue(r, now) }] : [];
      })
      .sort((a, b) => a.due - b.due);
    const due = all.filter((i) => i.ready);
    setItems({ due, later: all.filter((i) => !i.ready) });
    // Review is practice: it moves each question along its schedule but never passes or fails.
    setAttempt(
      startAttempt(
        due.map((_, i) => i),
        'review',
        now,
        true,
      ),
    );
  }, []);

  if (!items || !attempt) return <>{children}</>;
  const { due, later } = items;
  const session = early ? later : due;
  const current = session[pos];
  const last = pos + 1 === session.length;
  const practiseNow = (): void => {
    setEarly(true);
    setPos(0);
    setResult(null);
    setAttempt(
      startAttempt(
        later.map((_, i) => i),
        'practice',
        Date.now(),
        true,
      ),
    );
  };

  return (
    <div class="quiz">
      {session.length === 0 ? (
        <>
          <p>
            Nothing is due for review right now.{' '}
            {later.length === 0 &&
              `When you miss a question in a chapter quiz or the practice exam, it comes back here after ${REVIEW_INTERVAL_DAYS.join(', ')} days.`}
          </p>
          {later.length > 0 && (
            <p class="actions">
              <button type="button" class="btn btn-primary" onClick={practiseNow}>
                Practise now
              </button>
              <span class="hint">
                {plural(later.length, 'question')} not yet due. Practising them early does not change when they come
                back.
              </span>
            </p>
          )}
        </>
      ) : result ? (
        <Done result={result} early={early} />
      ) : (
        current && (
          <>
            <p>
              {early
                ? `Practising ${plural(session.length, 'question')} not yet due: your answers do not change when they come back.`
                : `${plural(due.length, 'question')} due for review.`}
            </p>
            <QuestionCard
              key={current.key}
              question={current.question}
              seed={`${attempt.seed}/${current.key}`}
              label={`Question ${pos + 1} of ${session.length}`}
              checked={attempt.results[pos]}
              feedback
              submit="Check answer"
              onAnswer={(given) => {
                const next = answer(attempt, pos, given, current.question);
                const correct = next.results[pos]?.correct === true;
                if (!early) dispatch({ type: 'review-answer', question: current.key, correct, at: Date.now() });
                setAttempt(next);
              }}
              next={{
                label: last ? (early ? 'Finish practice' : 'Finish review') : 'Next question',
                onClick: () => (last ? setResult(finishAttempt(attempt, Date.now())) : setPos(pos + 1)),
              }}
              lessonTitle={lessonTitles[current.question.lesson.split('#')[0]!]}
              focusOnMount={pos > 0}
            />
          </>
        )
      )}
      {later.length > 0 && !early && (
        <>
          <h2>Coming back later</h2>
          <ul>
            {later.map((i) => (
              <li>
                {i.question.prompt} <span class="hint">(due {formatLocalDay(i.due)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Done({ result: { score, took }, early }: { result: AttemptResult; early: boolean }): JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="review-done">
      <h2 id="review-done" tabIndex={-1} ref={heading}>
        {early ? 'Practice finished' : 'Review finished'}
      </h2>
      <p role="status">
        {score.score} of {plural(score.total, 'question')} right, in {formatDuration(took)}.{' '}
        {early
          ? 'Practice does not change when these questions come back for review.'
          : 'Right answers come back after a longer wait; missed ones come back tomorrow.'}
      </p>
    </section>
  );
}

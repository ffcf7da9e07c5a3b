/**
 * Spaced review: the questions the reader missed that are due today, one at a time with
 * feedback. Each answer moves the question along its schedule (or back to the start).
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isDue, REVIEW_INTERVAL_DAYS } from '../../domain/quiz/review-schedule.ts';
import { scoreResults } from '../../domain/quiz/score.ts';
import type { ChapterQuestion, Quiz } from '../../domain/quiz/types.ts';
import { dispatch, getProgress } from '../progress-store.ts';
import { formatDuration } from '../quiz/format.ts';
import { QuestionCard, type Checked } from '../quiz/QuestionCard.tsx';
import { formatDate, plural } from './use-progress.ts';
import '../quiz/quiz.css';
import './progress.css';

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
  const [pos, setPos] = useState(0);
  const [answers, setAnswers] = useState<Checked[]>([]);
  const [start] = useState(Date.now);

  useEffect(() => {
    // The session is a snapshot: answering moves questions in progress, not in this list.
    const now = Date.now();
    const byKey = new Map(
      quizzes.flatMap((quiz) =>
        quiz.questions.map((question) => [`${quiz.chapter}/${question.id}`, { chapter: quiz.chapter, question }]),
      ),
    );
    const all = Object.entries(getProgress().review)
      .flatMap(([key, r]) => {
        const found = byKey.get(key);
        // A question removed from the course since it was missed is skipped.
        return found ? [{ ...found, key, due: r.due, ready: isDue(r, now) }] : [];
      })
      .sort((a, b) => a.due - b.due);
    setItems({ due: all.filter((i) => i.ready), later: all.filter((i) => !i.ready) });
  }, []);

  if (!items) return <>{children}</>;
  const { due, later } = items;
  const current = due[pos];

  return (
    <div class="quiz">
      {due.length === 0 ? (
        <p>
          Nothing is due for review right now.{' '}
          {later.length === 0 &&
            `When you miss a question in a chapter quiz or the practice exam, it comes back here after ${REVIEW_INTERVAL_DAYS.join(', ')} days.`}
        </p>
      ) : current ? (
        <>
          <p>{plural(due.length, 'question')} due for review.</p>
          <QuestionCard
            key={current.key}
            question={current.question}
            seed={`review/${current.key}`}
            label={`Question ${pos + 1} of ${due.length}`}
            checked={answers[pos]}
            feedback
            submit="Check answer"
            onAnswer={(c) => {
              dispatch({ type: 'review-answer', question: current.key, correct: c.correct, at: Date.now() });
              setAnswers([...answers, c]);
            }}
            next={{ label: pos + 1 < due.length ? 'Next question' : 'Finish review', onClick: () => setPos(pos + 1) }}
            lessonTitle={lessonTitles[current.question.lesson.split('#')[0]!]}
            focusOnMount={pos > 0}
          />
        </>
      ) : (
        <Done score={scoreResults(answers.map((a) => a.correct)).score} total={due.length} ms={Date.now() - start} />
      )}
      {later.length > 0 && (
        <>
          <h2>Coming back later</h2>
          <ul>
            {later.map((i) => (
              <li>
                {i.question.prompt} <span class="hint">(due {formatDate(i.due)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Done({ score, total, ms }: { score: number; total: number; ms: number }): JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="review-done">
      <h2 id="review-done" tabIndex={-1} ref={heading}>
        Review finished
      </h2>
      <p role="status">
        {score} of {plural(total, 'question')} right, in {formatDuration(ms)}. Right answers come back after a longer
        wait; missed ones come back tomorrow.
      </p>
    </section>
  );
}

/**
 * The practice exam: 20 questions drawn from every chapter (weighted by chapter size, seeded),
 * no feedback until the end, an optional 30-minute timer, pass mark 70 %, and a per-chapter
 * breakdown with links to the lessons to revisit. The result is saved to progress and missed
 * questions join spaced review.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { attemptSeed } from '../../client/attempt-seed.ts';
import { dispatch } from '../../client/progress/store.ts';
import {
  answer,
  answeredCount,
  finishAttempt,
  startAttempt,
  type Attempt,
  type AttemptResult,
} from '../../domain/quiz/attempt.ts';
import { drawExam, EXAM_SIZE, examOutcome, type ExamOutcome } from '../../domain/quiz/exam.ts';
import { PASS_PERCENT } from '../../domain/quiz/score.ts';
import type { ChapterQuestion, Quiz } from '../../domain/quiz/types.ts';
import { formatDuration } from '../format.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import './quiz.css';

interface Props {
  quizzes: Quiz[];
  /** Chapter slug to title and URL, in course order. */
  chapters: { slug: string; title: string; url: string }[];
  lessonTitles: Record<string, string>;
  children?: ComponentChildren;
}

const TIME_LIMIT = 30 * 60 * 1000;

/** An exam in progress: the questions drawn, the attempt at them (its items index `draw`). */
interface Exam {
  draw: ChapterQuestion[];
  attempt: Attempt;
  /** When the timer runs out, if the reader chose one. */
  deadline?: number | undefined;
}

/** A finished exam: its score and its per-chapter breakdown. */
interface Finished {
  result: AttemptResult;
  outcome: ExamOutcome;
}

export default function ExamSession({ quizzes, chapters, lessonTitles, children }: Props): JSX.Element {
  const [ready, setReady] = useState(false);
  const [timed, setTimed] = useState(false);
  const [exam, setExam] = useState<Exam | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [now, setNow] = useState(0);
  useEffect(() => setReady(true), []);

  const finish = ({ draw, attempt }: Exam): void => {
    const result = finishAttempt(attempt, Date.now());
    const outcome = examOutcome(draw, result);
    dispatch({
      type: 'exam-result',
      score: result.score.score,
      total: result.score.total,
      seconds: Math.round(result.took / 1000),
      byChapter: outcome.byChapter,
      missed: outcome.missed,
      at: result.attempt.end,
    });
    setFinished({ result, outcome });
  };

  // The timer ticks once a second while a timed exam runs, and ends the exam at the deadline.
  useEffect(() => {
    if (!exam?.deadline || finished) return;
    const tick = (): void => {
      const t = Date.now();
      if (t >= exam.deadline!) finish(exam);
      else setNow(t);
    };
    tick();
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [exam, finished]);

  if (!ready) return <>{children}</>;

  if (!exam) {
    return (
      <div class="quiz">
        <p>
          {EXAM_SIZE} questions from every chapter, more from the longer ones. You see the answers at the end. Pass
          mark: {PASS_PERCENT}%.
        </p>
        <p>
          <label>
            <input type="checkbox" checked={timed} onChange={() => setTimed(!timed)} /> Use a 30-minute timer
          </label>
        </p>
        <p class="actions">
          <button
            type="button"
            class="btn btn-primary"
            onClick={() => {
              const start = Date.now();
              const seed = attemptSeed();
              const draw = drawExam(quizzes, seed);
              setExam({
                draw,
                attempt: startAttempt(
                  draw.map((_, i) => i),
                  seed,
                  start,
                ),
                deadline: timed ? start + TIME_LIMIT : undefined,
              });
            }}
          >
            Start the exam
          </button>
        </p>
      </div>
    );
  }

  if (finished) {
    return (
      <ExamResults
        finished={finished}
        chapters={chapters}
        lessonTitles={lessonTitles}
        onAgain={() => {
          setExam(null);
          setFinished(null);
        }}
      />
    );
  }

  // The exam moves on after every answer, so the next question is the first unanswered one.
  const pos = answeredCount(exam.attempt);
  const current = exam.draw[pos]!;
  const last = pos === exam.draw.length - 1;
  const left = exam.deadline ? exam.deadline - Math.max(now, exam.attempt.start) : 0;
  return (
    <div class="quiz">
      {exam.deadline && (
        <p>
          Time left: <span class="exam-timer">{formatDuration(left)}</span>
          <span class="visually-hidden" aria-live="polite">
            {left <= 5 * 60_000 && left > 4 * 60_000 ? 'Five minutes left.' : left <= 60_000 ? 'One minute left.' : ''}
          </span>
        </p>
      )}
      <QuestionCard
        key={pos}
        question={current.question}
        seed={`${exam.attempt.seed}/${current.chapter}/${current.question.id}`}
        label={`Question ${pos + 1} of ${exam.draw.length}`}
        feedback={false}
        submit={last ? 'See results' : 'Next question'}
        onAnswer={(given) => {
          const next = { ...exam, attempt: answer(exam.attempt, pos, given, current.question) };
          if (last) finish(next);
          else setExam(next);
        }}
        lessonTitle={lessonTitles[current.question.lesson.split('#')[0]!]}
        focusOnMount={pos > 0}
      />
    </div>
  );
}

interface ResultsProps extends Pick<Props, 'chapters' | 'lessonTitles'> {
  finished: Finished;
  onAgain: () => void;
}

function ExamResults({ finished: { result, outcome }, chapters, lessonTitles, onAgain }: ResultsProps): JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="quiz results">
      <h2 tabIndex={-1} ref={heading}>
        Exam results
      </h2>
      <ScoreSummary
        result={result}
        note={result.unanswered > 0 && 'Time ran out: unanswered questions count as wrong.'}
      />
      <h3>By chapter</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Chapter</th>
            <th scope="col">Score</th>
            <th scope="col">Lessons to revisit</th>
          </tr>
        </thead>
        <tbody>
          {chapters
            .filter((c) => outcome.byChapter[c.slug])
            .map((c) => {
              const { score, total } = outcome.byChapter[c.slug]!;
              const revisit = outcome.revisit[c.slug] ?? [];
              return (
                <tr>
                  <th scope="row">
                    <a href={c.url}>{c.title}</a>
                  </th>
                  <td>
                    {score} of {total}
                  </td>
                  <td>
                    {revisit.length === 0
                      ? 'None'
                      : revisit.map((url, i) => (
                          <>
                            {i > 0 && ', '}
                            <a href={url}>{lessonTitles[url] ?? url}</a>
                          </>
                        ))}
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
      <p>
        Questions you missed are now in <a href="/review/">spaced review</a>.
      </p>
      <p class="actions">
        <button type="button" class="btn btn-primary" onClick={onAgain}>
          Take another exam
        </button>
      </p>
    </div>
  );
}

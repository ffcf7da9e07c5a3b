/**
 * The practice exam: 20 questions drawn from every chapter (weighted by chapter size, seeded),
 * no feedback until the end, an optional 30-minute timer, pass mark 70 %. While answering the
 * reader can go back ("Previous"), change an answer, and flag questions to come back to; the
 * flagged ones are listed before finishing. The running exam is saved in this tab
 * (client/exam-save.ts), so a reload resumes it, and leaving the page asks first. The results
 * (ExamResults.tsx) go over every question; they are saved to progress and missed questions join
 * spaced review. The session itself is `domain/quiz/exam-session.ts`; this island keeps it in
 * state and renders it.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { attemptSeed } from '../../client/attempt-seed.ts';
import { clearExam, loadExam, storeExam } from '../../client/exam-save.ts';
import { dispatch } from '../../client/progress/store.ts';
import { answeredCount, finishAttempt } from '../../domain/quiz/attempt.ts';
import { EXAM_SIZE, examOutcome } from '../../domain/quiz/exam.ts';
import {
  answerCurrent,
  goTo,
  startExam,
  toggleFlag,
  type ExamSession as Exam,
} from '../../domain/quiz/exam-session.ts';
import { PASS_PERCENT } from '../../domain/quiz/score.ts';
import type { Quiz } from '../../domain/quiz/types.ts';
import { formatDuration, plural } from '../format.ts';
import { ExamResults, type ExamChapter, type Finished } from './ExamResults.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import './quiz.css';
import { focusOnMount } from '../focus.ts';

interface Props {
  quizzes: Quiz[];
  /** Chapter slug to title and URL, in course order. */
  chapters: ExamChapter[];
  lessonTitles: Record<string, string>;
  children?: ComponentChildren;
}

const TIME_LIMIT = 30 * 60 * 1000;

/**
 * What the timer's live region says: only at five minutes and at one minute left, so a screen
 * reader is not interrupted every second (the visible time still counts down each second).
 */
function timeWarning(left: number): string {
  if (left <= 60_000) return 'One minute left.';
  return left <= 5 * 60_000 && left > 4 * 60_000 ? 'Five minutes left.' : '';
}

export default function ExamSession({ quizzes, chapters, lessonTitles, children }: Props): JSX.Element {
  const [ready, setReady] = useState(false);
  const [timed, setTimed] = useState(false);
  const [exam, setExam] = useState<Exam | null>(null);
  /** The "Before you finish" screen, shown after the last question when questions are flagged. */
  const [checking, setChecking] = useState(false);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [notice, setNotice] = useState('');
  const [now, setNow] = useState(0);
  const running = exam !== null && finished === null;

  useEffect(() => {
    const saved = loadExam(quizzes);
    if (saved.found === 'exam') {
      setExam(saved.exam);
      setNotice(
        `Your exam in progress was restored: question ${saved.exam.pos + 1} of ${saved.exam.draw.length}, ${answeredCount(saved.exam.attempt)} answered.`,
      );
    } else if (saved.found === 'corrupt') {
      setNotice('The exam saved in this tab could not be read, so it was discarded. You can start a new one.');
    }
    setReady(true);
  }, []);

  // Every change to a running exam is saved, so a reload resumes it where it was.
  useEffect(() => {
    if (exam && !finished) storeExam(exam);
  }, [exam, finished]);

  // Leaving mid-exam asks first (the browser shows its own wording); only while one runs.
  useEffect(() => {
    if (!running) return;
    const warn = (e: BeforeUnloadEvent): void => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [running]);

  const finish = (done: Exam): void => {
    const result = finishAttempt(done.attempt, Date.now());
    const outcome = examOutcome(done.draw, result);
    clearExam();
    dispatch({
      type: 'exam-result',
      score: result.score.score,
      total: result.score.total,
      seconds: Math.round(result.took / 1000),
      byChapter: outcome.byChapter,
      missed: outcome.missed,
      at: result.attempt.end,
    });
    setChecking(false);
    setNotice('');
    setFinished({ draw: done.draw, result, outcome });
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

  const noticeLine = notice && (
    <p class="callout callout-note" role="status">
      {notice}
    </p>
  );

  if (!exam) {
    return (
      <div class="quiz">
        {noticeLine}
        <p>
          {EXAM_SIZE} questions from every chapter, more from the longer ones. You can go back, change an answer and
          flag questions to check before you finish. At the end you see every question with your answer, the right
          answer and why. Pass mark: {PASS_PERCENT}%.
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
              setNotice('');
              setExam(startExam(quizzes, attemptSeed(), Date.now(), timed ? TIME_LIMIT : undefined));
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

  const { pos, draw, flagged } = exam;
  const current = draw[pos]!;
  const last = pos === draw.length - 1;
  const left = exam.deadline ? exam.deadline - Math.max(now, exam.attempt.start) : 0;
  const answered = answeredCount(exam.attempt);
  const show = (to: number): void => {
    setChecking(false);
    setExam(goTo(exam, to));
  };
  const jumpList = (
    <ul class="exam-flags">
      {flagged.map((i) => (
        <li>
          <button type="button" class="btn" onClick={() => show(i)}>
            Go to question {i + 1}
          </button>{' '}
          {draw[i]!.question.prompt}
        </li>
      ))}
    </ul>
  );

  return (
    <div class="quiz">
      {noticeLine}
      {exam.deadline && (
        <p class="exam-timer-bar">
          Time left: <span class="exam-timer">{formatDuration(left)}</span>
          <span class="visually-hidden" aria-live="polite">
            {timeWarning(left)}
          </span>
        </p>
      )}
      <p class="quiz-progress">
        <progress max={draw.length} value={answered} aria-label="Questions answered" /> Answered: {answered} of{' '}
        {draw.length} · Flagged for review: {flagged.length}
      </p>
      {checking ? (
        <section aria-labelledby="exam-check">
          <h2 id="exam-check" tabIndex={-1} ref={focusOnMount}>
            Before you finish
          </h2>
          <p>You flagged {plural(flagged.length, 'question')} for review. Go back to check them, or finish now.</p>
          {jumpList}
          <p class="actions">
            <button type="button" class="btn btn-primary" onClick={() => finish(exam)}>
              Finish the exam
            </button>
          </p>
        </section>
      ) : (
        <>
          <QuestionCard
            key={pos}
            question={current.question}
            seed={`${exam.attempt.seed}/${current.chapter}/${current.question.id}`}
            label={`Question ${pos + 1} of ${draw.length}`}
            feedback={false}
            submit={last ? 'See results' : 'Next question'}
            initial={exam.attempt.results[pos]?.answer}
            onAnswer={(given) => {
              const next = answerCurrent(exam, given);
              if (!last) setExam(goTo(next, pos + 1));
              else if (next.flagged.length > 0) {
                setExam(next);
                setChecking(true);
              } else finish(next);
            }}
            actions={
              <>
                {pos > 0 && (
                  <button type="button" class="btn" onClick={() => show(pos - 1)}>
                    Previous
                  </button>
                )}
                <button
                  type="button"
                  class="btn"
                  aria-pressed={flagged.includes(pos)}
                  onClick={() => setExam(toggleFlag(exam, pos))}
                >
                  Flag for review
                </button>
              </>
            }
            lessonTitle={lessonTitles[current.question.lesson.split('#')[0]!]}
            focusOnMount
          />
          {flagged.length > 0 && (
            <nav aria-label="Flagged questions">
              <p>Flagged for review:</p>
              {jumpList}
            </nav>
          )}
        </>
      )}
    </div>
  );
}

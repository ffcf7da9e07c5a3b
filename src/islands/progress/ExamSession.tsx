/**
 * The practice exam: 20 questions drawn from every chapter (weighted by chapter size, seeded),
 * no feedback until the end, an optional 30-minute timer, pass mark 70 %, and a per-chapter
 * breakdown with links to the lessons to revisit. The result is saved to progress and missed
 * questions join spaced review.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { drawExam, EXAM_SIZE } from '../../domain/quiz/exam.ts';
import { PASS_PERCENT, scoreByChapter, scoreResults } from '../../domain/quiz/score.ts';
import type { ChapterQuestion, Quiz } from '../../domain/quiz/types.ts';
import { dispatch } from '../progress-store.ts';
import { QuestionCard, type Checked } from '../quiz/QuestionCard.tsx';
import { ScoreSummary } from '../quiz/ScoreSummary.tsx';
import { attemptSeed, formatDuration } from '../quiz/format.ts';
import '../quiz/quiz.css';
import './progress.css';

interface Props {
  quizzes: Quiz[];
  /** Chapter slug to title and URL, in course order. */
  chapters: { slug: string; title: string; url: string }[];
  lessonTitles: Record<string, string>;
  children?: ComponentChildren;
}

const TIME_LIMIT = 30 * 60 * 1000;

interface Exam {
  seed: string;
  questions: ChapterQuestion[];
  answers: Checked[];
  start: number;
  /** When the timer runs out, if the reader chose one. */
  deadline?: number | undefined;
  end?: number;
}

export default function ExamSession({ quizzes, chapters, lessonTitles, children }: Props): JSX.Element {
  const [ready, setReady] = useState(false);
  const [timed, setTimed] = useState(false);
  const [exam, setExam] = useState<Exam | null>(null);
  const [now, setNow] = useState(0);
  useEffect(() => setReady(true), []);

  const finish = (x: Exam): void => {
    const end = Date.now();
    const graded = x.questions.map((q, i) => ({
      chapter: q.chapter,
      key: `${q.chapter}/${q.question.id}`,
      correct: x.answers[i]?.correct === true,
    }));
    const { score, total } = scoreResults(graded.map((g) => g.correct));
    dispatch({
      type: 'exam-result',
      score,
      total,
      seconds: Math.round((end - x.start) / 1000),
      byChapter: scoreByChapter(graded),
      missed: graded.filter((g) => !g.correct).map((g) => g.key),
      at: end,
    });
    setExam({ ...x, end });
  };

  // The timer ticks once a second while a timed exam runs, and ends the exam at the deadline.
  useEffect(() => {
    if (!exam?.deadline || exam.end) return;
    const tick = (): void => {
      const t = Date.now();
      if (t >= exam.deadline!) finish(exam);
      else setNow(t);
    };
    tick();
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [exam]);

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
              setExam({
                seed,
                questions: drawExam(quizzes, seed),
                answers: [],
                start,
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

  if (exam.end)
    return <ExamResults exam={exam} chapters={chapters} lessonTitles={lessonTitles} onAgain={() => setExam(null)} />;

  const pos = exam.answers.length;
  const current = exam.questions[pos]!;
  const last = pos === exam.questions.length - 1;
  const left = exam.deadline ? exam.deadline - Math.max(now, exam.start) : 0;
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
        seed={`${exam.seed}/${current.chapter}/${current.question.id}`}
        label={`Question ${pos + 1} of ${exam.questions.length}`}
        feedback={false}
        submit={last ? 'See results' : 'Next question'}
        onAnswer={(c) => {
          const next = { ...exam, answers: [...exam.answers, c] };
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
  exam: Exam;
  onAgain: () => void;
}

function ExamResults({ exam, chapters, lessonTitles, onAgain }: ResultsProps): JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const results = exam.questions.map((q, i) => ({ ...q, correct: exam.answers[i]?.correct === true }));
  const s = scoreResults(results.map((r) => r.correct));
  const byChapter = scoreByChapter(results);
  return (
    <div class="quiz results">
      <h2 tabIndex={-1} ref={heading}>
        Exam results
      </h2>
      <ScoreSummary
        score={s}
        took={exam.end! - exam.start}
        note={exam.answers.length < exam.questions.length && 'Time ran out: unanswered questions count as wrong.'}
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
            .filter((c) => byChapter[c.slug])
            .map((c) => {
              const missed = [
                ...new Set(
                  results
                    .filter((r) => r.chapter === c.slug && !r.correct)
                    .map((r) => r.question.lesson.split('#')[0]!),
                ),
              ];
              return (
                <tr>
                  <th scope="row">
                    <a href={c.url}>{c.title}</a>
                  </th>
                  <td>
                    {byChapter[c.slug]!.score} of {byChapter[c.slug]!.total}
                  </td>
                  <td>
                    {missed.length === 0
                      ? 'None'
                      : missed.map((url, i) => (
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

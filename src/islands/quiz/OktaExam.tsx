/**
 * The practice exam in Okta's shape (`/exam/okta/`). Part I: a timed set of DOMC items from every
 * chapter, with no feedback until the end and "Mark for review" on each item (there is no going
 * back in DOMC, so a mark sends the question to spaced review even when it was right). Part II:
 * the timed hands-on tasks (`../tasks/TaskSet.tsx`, the same set as /tasks/timed/), graded by the
 * simulated org's end state. The reader starts Part II when ready, or finishes without it.
 *
 * The exam is `domain/quiz/domc-session.ts`, `domain/quiz/okta-exam.ts` and `domain/tasks/`; this
 * island keeps the parts in state, ticks Part I's clock and saves the result to progress like the
 * quick exam does. Part II's code (a full playground) loads only once Part I is over.
 */
import type { ComponentChildren, ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { attemptSeed } from '../../client/attempt-seed.ts';
import { dispatch } from '../../client/progress/store.ts';
import {
  announce,
  finishDomc,
  itemIntro,
  nextItem,
  say,
  setOver,
  startDomcSession,
  toggleMark,
  type DomcSession,
} from '../../domain/quiz/domc-session.ts';
import { isOver } from '../../domain/quiz/domc.ts';
import {
  drawPartOne,
  oktaExamOutcome,
  partOneLimit,
  PART_ONE_SECONDS_PER_ITEM,
  timeNotice,
} from '../../domain/quiz/okta-exam.ts';
import type { AttemptResult } from '../../domain/quiz/attempt.ts';
import type { DomcAnswer } from '../../domain/quiz/domc.ts';
import type { Quiz } from '../../domain/quiz/types.ts';
import type { TimedTask } from '../../domain/tasks/task-set.ts';
import type { TaskResult } from '../../domain/tasks/types.ts';
import type { TaskSetProps } from '../tasks/TaskSet.tsx';
import { formatDuration } from '../format.ts';
import { DomcItemCard } from './DomcItemCard.tsx';
import { OktaExamResults, type OktaFinished } from './OktaExamResults.tsx';
import './quiz.css';
import './domc.css';
import { focusOnMount } from '../focus.ts';

interface Props {
  quizzes: Quiz[];
  /** Chapter slug to title and URL, in course order. */
  chapters: { slug: string; title: string; url: string }[];
  /** Part II: the timed task set and its limit in minutes for the whole set. */
  partTwo: { tasks: TimedTask[]; minutes: number };
  children?: ComponentChildren;
}

interface Running {
  session: DomcSession;
  deadline: number;
}

/** Part I is over: its session and result wait for Part II. */
interface PartOneDone {
  session: DomcSession;
  result: AttemptResult<DomcAnswer>;
  /** Part II started at this time (epoch ms), once the reader starts it. */
  partTwoAt?: number;
}

export default function OktaExam({ quizzes, chapters, partTwo, children }: Props): JSX.Element {
  const [ready, setReady] = useState(false);
  const [run, setRun] = useState<Running | null>(null);
  const [partOne, setPartOne] = useState<PartOneDone | null>(null);
  const [TaskSet, setTaskSet] = useState<ComponentType<TaskSetProps> | null>(null);
  const [status, setStatus] = useState('');
  const [now, setNow] = useState(0);
  const [finished, setFinished] = useState<OktaFinished | null>(null);
  useEffect(() => setReady(true), []);

  const finishPartOne = (session: DomcSession): void => {
    setPartOne({ session, result: finishDomc(session, Date.now()) });
    setRun(null);
    // Part II runs full playgrounds: their code loads now, while the reader reads its brief.
    if (!TaskSet) void import('../tasks/TaskSet.tsx').then((m) => setTaskSet(() => m.default));
  };

  /** Both parts are over (`tasks` is null when the reader finished without Part II): save and show. */
  const finish = ({ session, result, partTwoAt }: PartOneDone, tasks: TaskResult[] | null): void => {
    const outcome = oktaExamOutcome(session.items, result, session.marked, tasks);
    const byChapter = Object.fromEntries(
      Object.entries(outcome.byChapter).map(([chapter, r]) => [
        chapter,
        { score: r.partOne.score + r.partTwo.score, total: r.partOne.total + r.partTwo.total },
      ]),
    );
    const end = Date.now();
    const partTwoMs = tasks && partTwoAt !== undefined ? end - partTwoAt : 0;
    dispatch({
      type: 'exam-result',
      score: outcome.total.score,
      total: outcome.total.total,
      seconds: Math.round((result.took + partTwoMs) / 1000),
      byChapter,
      missed: outcome.review,
      at: end,
    });
    setFinished({ session, result, outcome, tasks });
    setPartOne(null);
  };

  // The clock ticks once a second while Part I runs, and ends it at the deadline.
  useEffect(() => {
    if (!run) return;
    const tick = (): void => {
      const t = Date.now();
      if (t >= run.deadline) finishPartOne(run.session);
      else setNow(t);
    };
    tick();
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [run]);

  // Leaving during the exam asks first (the browser shows its own wording).
  const inExam = run !== null || partOne !== null;
  useEffect(() => {
    if (!inExam) return;
    const warn = (e: BeforeUnloadEvent): void => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [inExam]);

  if (!ready) return <>{children}</>;

  if (finished) {
    return (
      <OktaExamResults
        finished={finished}
        chapters={chapters}
        taskTitles={Object.fromEntries(partTwo.tasks.map((t) => [t.task.id, t.title]))}
        onAgain={() => {
          setFinished(null);
          setStatus('');
        }}
      />
    );
  }

  if (partOne) {
    if (partOne.partTwoAt !== undefined && TaskSet) {
      return (
        <div class="quiz">
          <TaskSet
            tasks={partTwo.tasks}
            minutes={partTwo.minutes}
            uid="okta-part-two"
            onDone={(r) => finish(partOne, r)}
          />
        </div>
      );
    }
    return (
      <div class="quiz">
        <h2 tabIndex={-1} ref={focusOnMount}>
          Part II: hands-on tasks
        </h2>
        <p>
          Part I is over; its results wait for the end. Part II is {partTwo.tasks.length} tasks in a simulated org,{' '}
          {partTwo.minutes} minutes for all of them, on a new clock that starts when you do. The checks stay hidden
          until the end: hand each task in when you think its end state is right. When time runs out, the task you are
          on is graded as it stands.
        </p>
        <p class="actions">
          <button
            type="button"
            class="btn btn-primary"
            disabled={!TaskSet}
            onClick={() => setPartOne({ ...partOne, partTwoAt: Date.now() })}
          >
            {TaskSet ? 'Start Part II' : 'Loading Part II…'}
          </button>{' '}
          <button type="button" class="btn" onClick={() => finish(partOne, null)}>
            Finish without Part II
          </button>
        </p>
      </div>
    );
  }

  if (!run) {
    const start = (): void => {
      const seed = attemptSeed();
      const items = drawPartOne(quizzes, seed);
      const at = Date.now();
      setStatus('');
      setRun({ session: startDomcSession(items, seed, at), deadline: at + partOneLimit(items.length) });
    };
    return (
      <div class="quiz">
        <h2>Part I: DOMC items</h2>
        <p>
          Twenty items from every chapter, one option at a time: answer Yes or No to each, with no going back and no
          feedback until the end. You have {PART_ONE_SECONDS_PER_ITEM} seconds an item, so twenty minutes in all, on a
          clock you can see; time left is announced at half time, at five minutes and at one minute. Mark an item for
          review if you are unsure: it comes back in spaced review even if you got it right.
        </p>
        <p class="actions">
          <button type="button" class="btn btn-primary" onClick={start}>
            Start Part I
          </button>
        </p>
        <h2>Part II: hands-on tasks</h2>
        <p>
          Then {partTwo.tasks.length} configuration tasks in a simulated org, {partTwo.minutes} minutes for all of them,
          graded by the org's end state. You can practise them untimed on the <a href="/tasks/">hands-on tasks</a> page.
        </p>
      </div>
    );
  }

  const { session, deadline } = run;
  const limit = deadline - session.attempt.start;
  const left = deadline - Math.max(now, session.attempt.start);
  const item = session.items[session.pos]!;
  const count = session.items.length;
  const onSay = (yes: boolean): void => {
    let next = say(session, yes);
    let words = announce(session, next, yes, false);
    if (next !== session && isOver(next.flow)) {
      next = nextItem(next);
      if (setOver(next)) {
        finishPartOne(next);
        return;
      }
      words += ` ${itemIntro(next)}`;
    }
    setStatus(words);
    setRun({ session: next, deadline });
  };
  const marked = session.marked.includes(session.pos);

  return (
    <div class="quiz">
      <p class="exam-timer-bar">
        Part I, time left: <span class="exam-timer">{formatDuration(left)}</span>
        <span class="visually-hidden" aria-live="polite">
          {timeNotice(left, limit)}
        </span>
      </p>
      <p class="quiz-progress">
        <progress max={count} value={session.pos} aria-label="Items answered" /> Item {session.pos + 1} of {count} ·
        Marked for review: {session.marked.length}
      </p>
      {/* One card for the whole part (no key): Yes and No keep focus as the items change. */}
      <DomcItemCard
        item={item}
        flow={session.flow}
        label={`Item ${session.pos + 1} of ${count}`}
        status={status}
        onSay={onSay}
        focusOnMount={false}
        actions={
          <button
            type="button"
            class="btn"
            aria-pressed={marked}
            onClick={() => setRun({ session: toggleMark(session), deadline })}
          >
            Mark for review
          </button>
        }
      />
    </div>
  );
}

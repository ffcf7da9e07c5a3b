/**
 * The practice exam in Okta's shape (`/exam/okta/`). Part I: a timed set of DOMC items from every
 * chapter, with no feedback until the end and "Mark for review" on each item (there is no going
 * back in DOMC, so a mark sends the question to spaced review even when it was right). Part II,
 * the hands-on tasks, is built separately; until it is plugged in, its section links to /tasks/.
 *
 * The exam is `domain/quiz/domc-session.ts` and `domain/quiz/okta-exam.ts`; this island keeps the
 * session in state, ticks the clock and saves the result to progress like the quick exam does.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { attemptSeed } from '../../client/attempt-seed.ts';
import { dispatch } from '../../client/progress/store.ts';
import {
  announce,
  finishDomc,
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
import type { Quiz } from '../../domain/quiz/types.ts';
import { formatDuration } from '../format.ts';
import { DomcItemCard } from './DomcItemCard.tsx';
import { OktaExamResults, PartTwoPlace, type OktaFinished } from './OktaExamResults.tsx';
import './quiz.css';
import './domc.css';

interface Props {
  quizzes: Quiz[];
  /** Chapter slug to title and URL, in course order. */
  chapters: { slug: string; title: string; url: string }[];
  children?: ComponentChildren;
}

interface Running {
  session: DomcSession;
  deadline: number;
}

export default function OktaExam({ quizzes, chapters, children }: Props): JSX.Element {
  const [ready, setReady] = useState(false);
  const [run, setRun] = useState<Running | null>(null);
  const [status, setStatus] = useState('');
  const [now, setNow] = useState(0);
  const [finished, setFinished] = useState<OktaFinished | null>(null);
  useEffect(() => setReady(true), []);

  const finish = (session: DomcSession): void => {
    const result = finishDomc(session, Date.now());
    // Part II plugs in here: pass its task results instead of `null` (see okta-exam.ts).
    const outcome = oktaExamOutcome(session.items, result, session.marked, null);
    const byChapter = Object.fromEntries(
      Object.entries(outcome.byChapter).map(([chapter, r]) => [
        chapter,
        { score: r.partOne.score + r.partTwo.score, total: r.partOne.total + r.partTwo.total },
      ]),
    );
    dispatch({
      type: 'exam-result',
      score: outcome.total.score,
      total: outcome.total.total,
      seconds: Math.round(result.took / 1000),
      byChapter,
      missed: outcome.review,
      at: result.attempt.end,
    });
    setFinished({ session, result, outcome });
    setRun(null);
  };

  // The clock ticks once a second while Part I runs, and ends it at the deadline.
  useEffect(() => {
    if (!run) return;
    const tick = (): void => {
      const t = Date.now();
      if (t >= run.deadline) finish(run.session);
      else setNow(t);
    };
    tick();
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [run]);

  // Leaving during Part I asks first (the browser shows its own wording).
  useEffect(() => {
    if (!run) return;
    const warn = (e: BeforeUnloadEvent): void => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [run !== null]);

  if (!ready) return <>{children}</>;

  if (finished) {
    return (
      <OktaExamResults
        finished={finished}
        chapters={chapters}
        onAgain={() => {
          setFinished(null);
          setStatus('');
        }}
      />
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
        <PartTwoPlace />
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
        finish(next);
        return;
      }
      words += ` Item ${next.pos + 1} of ${count}.`;
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

/**
 * A DOMC practice set from start to review: one item at a time (DomcItemCard.tsx), right or
 * wrong said at the end of each item, then the score and the option-by-option review
 * (DomcReview.tsx). The set itself is `domain/quiz/domc-session.ts`; this component keeps it in
 * state. What a result means for progress is the caller's: `onItem` for each finished item (spaced
 * review) and `onFinish` for the set (the chapter quiz).
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { AttemptResult } from '../../domain/quiz/attempt.ts';
import {
  announce,
  finishDomc,
  nextItem,
  say,
  setOver,
  startDomcSession,
  type DomcItem,
  type DomcSession,
} from '../../domain/quiz/domc-session.ts';
import { isOver, type DomcAnswer } from '../../domain/quiz/domc.ts';
import { DomcItemCard } from './DomcItemCard.tsx';
import { DomcReview } from './DomcReview.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import { focusOnMount } from '../focus.ts';

interface Props {
  items: readonly DomcItem[];
  seed: string;
  /** Practice never passes or fails (review). */
  practice: boolean;
  /** Called once for each item as it ends. */
  onItem?: (item: DomcItem, correct: boolean) => void;
  /** Called once when the set ends. */
  onFinish?: (result: AttemptResult<DomcAnswer>, session: DomcSession) => void;
  /** A sentence under the score. */
  note?: string;
  onAgain: () => void;
}

export function DomcSet({ items, seed, practice, onItem, onFinish, note, onAgain }: Props): JSX.Element {
  const [session, setSession] = useState(() => startDomcSession(items, seed, Date.now(), practice));
  const [status, setStatus] = useState('');
  const [result, setResult] = useState<AttemptResult<DomcAnswer> | null>(null);
  /** How many items have reached `onItem`, so a re-render never reports one twice. */
  const reported = useRef(0);

  if (result) {
    return (
      <section class="results" aria-labelledby="domc-results">
        <h2 id="domc-results" tabIndex={-1} ref={focusOnMount}>
          Results
        </h2>
        <ScoreSummary result={result} note={note} />
        <DomcReview session={session} result={result} />
        <p class="actions">
          <button type="button" class="btn btn-primary" onClick={onAgain}>
            Practise again
          </button>
        </p>
      </section>
    );
  }

  const item = session.items[session.pos]!;
  const over = isOver(session.flow);
  const last = session.pos === session.items.length - 1;
  const onSay = (yes: boolean): void => {
    const next = say(session, yes);
    setStatus(announce(session, next, yes, true));
    setSession(next);
    const r = next.attempt.results[next.pos];
    if (r && reported.current === next.pos) {
      reported.current++;
      onItem?.(item, r.correct);
    }
  };
  const goOn = (): void => {
    const next = nextItem(session);
    setStatus('');
    if (setOver(next)) {
      const done = finishDomc(next, Date.now());
      onFinish?.(done, next);
      setResult(done);
    }
    setSession(next);
  };
  const right = session.attempt.results[session.pos]?.correct;

  return (
    <>
      <p class="quiz-progress">
        <progress max={session.items.length} value={session.pos + (over ? 1 : 0)} aria-label="Items answered" /> Item{' '}
        {session.pos + 1} of {session.items.length}
      </p>
      <DomcItemCard
        key={session.pos}
        item={item}
        flow={session.flow}
        label={`Item ${session.pos + 1} of ${session.items.length}`}
        status={status}
        onSay={onSay}
        focusOnMount={session.pos > 0}
        after={
          over && (
            <>
              <p class={right ? 'verdict good' : 'verdict bad'}>
                <strong>{right ? 'Right.' : 'Wrong.'}</strong> Every option is explained in the review after the set.
              </p>
              <p class="actions">
                <button type="button" class="btn btn-primary" ref={focusOnMount} onClick={goOn}>
                  {last ? 'See results' : 'Next item'}
                </button>
              </p>
            </>
          )
        }
      />
    </>
  );
}

/**
 * A chapter's questions in DOMC form (`/learn/<chapter>/quiz/domc/`). A finished set counts as an
 * attempt at the chapter quiz, saved to progress like one (`quiz-attempt`), and its missed
 * questions join spaced review. Before hydration, and without JavaScript, it shows its children.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { attemptSeed } from '../../client/attempt-seed.ts';
import { dispatch } from '../../client/progress/store.ts';
import type { DomcItem } from '../../domain/quiz/domc-session.ts';
import { DomcSet } from './DomcSet.tsx';
import './quiz.css';
import './domc.css';

interface Props {
  chapter: string;
  /** The chapter's questions that DOMC can ask, in quiz order. */
  items: DomcItem[];
  children?: ComponentChildren;
}

export default function DomcPractice({ chapter, items, children }: Props): JSX.Element {
  const [seed, setSeed] = useState<string | null>(null);
  /** Counts the sets begun, so "Practise again" starts afresh even with the same `?seed=`. */
  const [round, setRound] = useState(0);
  useEffect(() => setSeed(attemptSeed()), []);
  if (!seed) return <div class="quiz">{children}</div>;
  return (
    <div class="quiz">
      <DomcSet
        key={round}
        items={items}
        seed={seed}
        practice={false}
        note="This set counts as an attempt at the chapter quiz; missed questions come back in review."
        onFinish={(result, session) => {
          const { score, total } = result.score;
          const missed = result.missed.map((i) => session.items[i]!.question.id);
          dispatch({ type: 'quiz-attempt', chapter, score, total, missed, at: result.attempt.end });
        }}
        onAgain={() => {
          setSeed(attemptSeed());
          setRound(round + 1);
        }}
      />
    </div>
  );
}

/**
 * Spaced review in DOMC form (`/review/domc/`): the questions due today that DOMC can ask. Each
 * item's result moves its question along the review schedule exactly as an answer on `/review/`
 * does (`review-answer`); the set itself is practice and never passes or fails.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { attemptSeed } from '../../client/attempt-seed.ts';
import { dispatch, getProgress } from '../../client/progress/store.ts';
import type { DomcItem } from '../../domain/quiz/domc-session.ts';
import { isDomcQuestion } from '../../domain/quiz/domc.ts';
import { questionKey } from '../../domain/quiz/question-key.ts';
import { isDue } from '../../domain/quiz/review-schedule.ts';
import type { Quiz } from '../../domain/quiz/types.ts';
import { plural } from '../format.ts';
import { DomcSet } from './DomcSet.tsx';
import './quiz.css';
import './domc.css';

interface Props {
  quizzes: Quiz[];
  children?: ComponentChildren;
}

export default function DomcDue({ quizzes, children }: Props): JSX.Element {
  /** The due items, read once: answering moves questions in progress, not in this session. */
  const [due, setDue] = useState<{ items: DomcItem[]; seed: string } | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const now = Date.now();
    const review = getProgress().review;
    const items = quizzes.flatMap((quiz) =>
      quiz.questions.flatMap((question) => {
        if (!isDomcQuestion(question)) return [];
        const item = { chapter: quiz.chapter, question };
        const r = review[questionKey(item)];
        return r && isDue(r, now) ? [{ item, due: r.due }] : [];
      }),
    );
    items.sort((a, b) => a.due - b.due);
    setDue({ items: items.map((i) => i.item), seed: attemptSeed() });
  }, [round]);

  if (!due) return <div class="quiz">{children}</div>;
  if (due.items.length === 0) {
    return (
      <div class="quiz">
        <p>
          Nothing that can be asked in DOMC form is due for review right now. <a href="/review/">Back to review</a>.
        </p>
      </div>
    );
  }
  return (
    <div class="quiz">
      <p>{plural(due.items.length, 'question')} due for review, asked one option at a time.</p>
      <DomcSet
        key={round}
        items={due.items}
        seed={due.seed}
        practice
        note="Right answers come back after a longer wait; missed ones come back tomorrow."
        onItem={(item, correct) =>
          dispatch({ type: 'review-answer', question: questionKey(item), correct, at: Date.now() })
        }
        onAgain={() => setRound(round + 1)}
      />
    </div>
  );
}

/**
 * The score and time lines that end both a chapter quiz (Results.tsx) and the practice exam
 * (ExamSession.tsx), so the two say the pass mark the same way.
 */
import type { JSX } from 'preact';
import type { AttemptResult } from '../../domain/quiz/attempt.ts';
import { PASS_PERCENT } from '../../domain/quiz/score.ts';
import { formatDuration } from '../format.ts';

interface Props {
  // Any answer encoding: quiz answers and DOMC records are summed up alike.
  result: AttemptResult<unknown>;
  /** A sentence after the time, if any. */
  note?: string | false | undefined;
}

export function ScoreSummary({ result: { score, took, attempt }, note }: Props): JSX.Element {
  return (
    <>
      <p class="score">
        <output aria-label="Score">
          {score.score} of {score.total} ({score.percent}%)
        </output>
        {score.passed
          ? ` Passed: the pass mark is ${PASS_PERCENT}%.`
          : attempt.practice
            ? ` Practice: it does not count toward the pass mark of ${PASS_PERCENT}%.`
            : ` Not passed yet: the pass mark is ${PASS_PERCENT}%.`}
      </p>
      <p>
        Time taken: {formatDuration(took)}. {note}
      </p>
    </>
  );
}

/** @jsxImportSource . */
/**
 * The score and time lines that end both a chapter quiz (Results.tsx) and the practice exam
 * (ExamSession.tsx), so the two say the pass mark the same way.
 */
import type { JSX } from 'preact';
import { PASS_PERCENT, type Score } from '../../domain/quiz/score.ts';
import { formatDuration } from './format.ts';

interface Props {
  score: Score;
  /** How long the attempt took, in milliseconds. */
  took: number;
  /** A sentence after the time, if any. */
  note?: string | false | undefined;
}

export function ScoreSummary({ score, took, note }: Props): JSX.Element {
  return (
    <>
      <p class="score">
        <output aria-label="Score">
          {score.score} of {score.total} ({score.percent}%)
        </output>
        {score.passed ? ' Passed: ' : ' Not passed yet: '}the pass mark is {PASS_PERCENT}%.
      </p>
      <p>
        Time taken: {formatDuration(took)}. {note}
      </p>
    </>
  );
}

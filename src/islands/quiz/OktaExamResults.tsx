/**
 * The end of the Okta-format exam: the score, a breakdown per part and per chapter, and Part I
 * gone over option by option (DomcReview.tsx). Also Part II's place ({@link PartTwoPlace}) until
 * the hands-on tasks are plugged in.
 */
import type { JSX } from 'preact';
import type { AttemptResult } from '../../domain/quiz/attempt.ts';
import type { DomcSession } from '../../domain/quiz/domc-session.ts';
import type { DomcAnswer } from '../../domain/quiz/domc.ts';
import type { OktaExamOutcome } from '../../domain/quiz/okta-exam.ts';
import { DomcReview } from './DomcReview.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';

/** A finished exam: Part I's session and result, and the breakdown of both parts. */
export interface OktaFinished {
  session: DomcSession;
  result: AttemptResult<DomcAnswer>;
  outcome: OktaExamOutcome;
}

interface Props {
  finished: OktaFinished;
  chapters: { slug: string; title: string; url: string }[];
  onAgain: () => void;
}

/** Moves focus to the results heading when it appears (one function, so it runs only then). */
const focus = (heading: HTMLElement | null) => heading?.focus();

/**
 * Where Part II, the hands-on tasks, belongs. They are graded by the simulated org on their own
 * pages for now; the exam does not time them yet.
 */
export function PartTwoPlace(): JSX.Element {
  return (
    <section aria-labelledby="part-two">
      <h2 id="part-two">Part II: hands-on tasks</h2>
      <p>
        Part II is a set of configuration tasks in the simulated org, graded by the org's end state. It is not part of
        this timed exam yet: do the tasks on the <a href="/tasks/">hands-on tasks</a> page.
      </p>
    </section>
  );
}

const cell = (t: { score: number; total: number }): string => (t.total === 0 ? '–' : `${t.score} of ${t.total}`);

export function OktaExamResults({ finished: { session, result, outcome }, chapters, onAgain }: Props): JSX.Element {
  const titles = Object.fromEntries(chapters.map((c) => [c.slug, c.title]));
  return (
    <div class="quiz results">
      <h2 tabIndex={-1} ref={focus}>
        Okta-format exam results
      </h2>
      <ScoreSummary result={result} note={result.unanswered > 0 && 'Time ran out: unanswered items count as wrong.'} />
      <h3 id="by-part">By part</h3>
      <table aria-labelledby="by-part">
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Part I: DOMC items</th>
            <td>{cell(outcome.partOne)}</td>
          </tr>
          <tr>
            <th scope="row">Part II: hands-on tasks</th>
            <td>{outcome.partTwo ? cell(outcome.partTwo) : 'Not in this exam yet'}</td>
          </tr>
        </tbody>
      </table>
      <h3 id="by-chapter">By chapter</h3>
      <table aria-labelledby="by-chapter">
        <thead>
          <tr>
            <th scope="col">Chapter</th>
            <th scope="col">Part I</th>
            <th scope="col">Part II</th>
          </tr>
        </thead>
        <tbody>
          {chapters
            .filter((c) => outcome.byChapter[c.slug])
            .map((c) => {
              const row = outcome.byChapter[c.slug]!;
              return (
                <tr>
                  <th scope="row">
                    <a href={c.url}>{c.title}</a>
                  </th>
                  <td>{cell(row.partOne)}</td>
                  <td>{cell(row.partTwo)}</td>
                </tr>
              );
            })}
        </tbody>
      </table>
      <DomcReview session={session} result={result} chapterTitles={titles} />
      <p>
        Items you missed or marked for review are now in <a href="/review/">spaced review</a>.
      </p>
      {!outcome.partTwo && <PartTwoPlace />}
      <p class="actions">
        <button type="button" class="btn btn-primary" onClick={onAgain}>
          Take another Okta-format exam
        </button>
      </p>
    </div>
  );
}

/**
 * The end of the Okta-format exam: the score, a breakdown per part and per chapter, Part I gone
 * over option by option (DomcReview.tsx), and each Part II task with its checks met or not.
 */
import type { JSX } from 'preact';
import type { AttemptResult } from '../../domain/quiz/attempt.ts';
import type { DomcSession } from '../../domain/quiz/domc-session.ts';
import type { DomcAnswer } from '../../domain/quiz/domc.ts';
import type { OktaExamOutcome } from '../../domain/quiz/okta-exam.ts';
import type { TaskResult } from '../../domain/tasks/types.ts';
import TaskResults from '../tasks/TaskResults.tsx';
import { DomcReview } from './DomcReview.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import { focusOnMount } from '../focus.ts';

/** A finished exam: Part I's session and result, and the breakdown of both parts. */
export interface OktaFinished {
  session: DomcSession;
  result: AttemptResult<DomcAnswer>;
  outcome: OktaExamOutcome;
  /** Part II's results, or null when the reader finished without it. */
  tasks: TaskResult[] | null;
}

interface Props {
  finished: OktaFinished;
  chapters: { slug: string; title: string; url: string }[];
  /** Task id to title, for Part II's results. */
  taskTitles: Record<string, string>;
  onAgain: () => void;
}

/** Part II task by task: met or not, and each check as the simulated org graded it. */
function PartTwoResults({ tasks, titles }: { tasks: TaskResult[]; titles: Record<string, string> }): JSX.Element {
  return (
    <section aria-labelledby="part-two-results">
      <h3 id="part-two-results">Part II, task by task</h3>
      <TaskResults results={tasks} titles={titles} level={4} />
      <p>
        Each task is on the <a href="/tasks/">hands-on tasks</a> page, with its checks shown as you work.
      </p>
    </section>
  );
}

const cell = (t: { score: number; total: number }): string => (t.total === 0 ? '–' : `${t.score} of ${t.total}`);

export function OktaExamResults({
  finished: { session, result, outcome, tasks },
  chapters,
  taskTitles,
  onAgain,
}: Props): JSX.Element {
  const titles = Object.fromEntries(chapters.map((c) => [c.slug, c.title]));
  return (
    <div class="quiz results">
      <h2 tabIndex={-1} ref={focusOnMount}>
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
            <td>{outcome.partTwo ? cell(outcome.partTwo) : 'Not taken'}</td>
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
      {tasks ? (
        <PartTwoResults tasks={tasks} titles={taskTitles} />
      ) : (
        <p>
          You finished without Part II. Practise its tasks on the <a href="/tasks/">hands-on tasks</a> page.
        </p>
      )}
      <p class="actions">
        <button type="button" class="btn btn-primary" onClick={onAgain}>
          Take another Okta-format exam
        </button>
      </p>
    </div>
  );
}

/**
 * The end of a practice exam: the score, a per-chapter table with the lessons to revisit, and
 * every question gone over: the reader's answer, the right answer, the explanation
 * (`domain/quiz/answer-review.ts`) and the facts the key rests on, so the exam teaches as well
 * as counts.
 */
import type { JSX } from 'preact';
import type { AttemptResult } from '../../domain/quiz/attempt.ts';
import { reviewAnswer } from '../../domain/quiz/answer-review.ts';
import type { ExamOutcome } from '../../domain/quiz/exam.ts';
import type { ChapterQuestion } from '../../domain/quiz/types.ts';
import { FactLinks } from './FactLinks.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import { focusOnMount } from '../focus.ts';

export interface ExamChapter {
  slug: string;
  title: string;
  url: string;
}

/** A finished exam: the questions drawn, its score and its per-chapter breakdown. */
export interface Finished {
  draw: readonly ChapterQuestion[];
  result: AttemptResult;
  outcome: ExamOutcome;
}

interface Props {
  finished: Finished;
  chapters: ExamChapter[];
  lessonTitles: Record<string, string>;
  onAgain: () => void;
}

export function ExamResults({
  finished: { draw, result, outcome },
  chapters,
  lessonTitles,
  onAgain,
}: Props): JSX.Element {
  const titleOf = Object.fromEntries(chapters.map((c) => [c.slug, c.title]));
  return (
    <div class="quiz results">
      <h2 tabIndex={-1} ref={focusOnMount}>
        Exam results
      </h2>
      <ScoreSummary
        result={result}
        note={result.unanswered > 0 && 'Time ran out: unanswered questions count as wrong.'}
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
            .filter((c) => outcome.byChapter[c.slug])
            .map((c) => {
              const { score, total } = outcome.byChapter[c.slug]!;
              const revisit = outcome.revisit[c.slug] ?? [];
              return (
                <tr>
                  <th scope="row">
                    <a href={c.url}>{c.title}</a>
                  </th>
                  <td>
                    {score} of {total}
                  </td>
                  <td>
                    {revisit.length === 0
                      ? 'None'
                      : revisit.map((url, i) => (
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
      <h3 id="exam-answers">Every question, with the answers</h3>
      <ol class="result-list" aria-labelledby="exam-answers">
        {result.attempt.items.map((i) => {
          const { chapter, question: q } = draw[i]!;
          const r = reviewAnswer(q, result.attempt.results[i]?.answer);
          const lesson = q.lesson.split('#')[0]!;
          return (
            <li>
              <p>
                <strong class={r.correct ? 'good' : 'bad'}>{r.correct ? 'Right' : 'Wrong'}:</strong> {q.prompt}{' '}
                <span class="hint">({titleOf[chapter] ?? chapter})</span>
              </p>
              <p>Your answer: {r.yours ?? 'no answer (time ran out)'}</p>
              <p>Right answer: {r.right}</p>
              {r.explanations.map((e) => (
                <p class="explanation">{e}</p>
              ))}
              <FactLinks facts={q.facts} />
              <p>
                <a href={q.lesson}>Revisit the lesson{lessonTitles[lesson] ? `: ${lessonTitles[lesson]}` : ''}</a>
              </p>
            </li>
          );
        })}
      </ol>
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

/**
 * Graded tasks, each with its checks met or not: the end of the timed task set, on its own page
 * (/tasks/timed/) and as Part II of the Okta-format exam.
 */
import type { JSX } from 'preact';
import type { TaskResult } from '../../domain/tasks/types.ts';
import './tasks.css';

interface Props {
  results: readonly TaskResult[];
  /** Task id to title. */
  titles: Record<string, string>;
  /** The heading level of each task: one below the section it sits in. */
  level: 3 | 4;
}

export default function TaskResults({ results, titles, level }: Props): JSX.Element {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      {results.map((r) => {
        const title = titles[r.taskId] ?? r.taskId;
        return (
          <div>
            <Heading>
              {title}: {r.met ? 'met' : 'not met'}
            </Heading>
            <ul aria-label={`Checks of ${title}`}>
              {r.checks.map((c) => (
                <li>
                  <span class="task-state">{c.met ? 'met' : 'not met'}</span> {c.sentence}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

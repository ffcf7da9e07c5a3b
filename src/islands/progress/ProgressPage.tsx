/**
 * The progress page: what the reader has done, per chapter; playground goals; review and exams;
 * Export (a JSON file), Import (validated; a bad file changes nothing) and Reset (confirmed).
 */
import type { ComponentChildren, JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { dispatch } from '../../client/progress/store.ts';
import { MAX_IMPORT_BYTES, readProgressFile, type ImportResult } from '../../domain/progress/import-file.ts';
import { isDue } from '../../domain/quiz/review-schedule.ts';
import { formatLocalDay } from '../format.ts';
import { useProgress } from './use-progress.ts';
import './progress.css';

interface Props {
  chapters: { slug: string; title: string; url: string; quizUrl: string; lessons: string[] }[];
  /** Scenario id to title, for the goals list: every scenario with a goal. */
  goals: Record<string, string>;
  children?: ComponentChildren;
}

export default function ProgressPage({ chapters, goals, children }: Props): JSX.Element {
  const p = useProgress();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  if (!p) return <>{children}</>;

  const now = Date.now();
  const review = Object.values(p.review);
  const say = (ok: string, bad = ''): void => {
    setStatus(ok);
    setError(bad);
  };

  const exportFile = (): void => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(p, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `token-lab-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say('Progress exported.');
  };

  const importFile = async (e: Event): Promise<void> => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await readProgressFile(file.size, () => file.text(), Date.now());
    if (result.ok) {
      dispatch({ type: 'import', progress: result.progress });
      say(`Progress imported from ${file.name}.`);
    } else {
      say('', `${file.name}: ${importProblem(result)} Nothing was changed.`);
    }
  };

  const reset = (): void => {
    dispatch({ type: 'reset' });
    setConfirming(false);
    say('Progress reset.');
    resetButton.current?.focus();
  };

  return (
    <div class="progress-page">
      <h2>Chapters</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Chapter</th>
            <th scope="col">Lessons completed</th>
            <th scope="col">Quiz best</th>
            <th scope="col">Quiz attempts</th>
          </tr>
        </thead>
        <tbody>
          {chapters.map((c) => {
            const q = p.quizzes[c.slug];
            return (
              <tr>
                <th scope="row">
                  <a href={c.url}>{c.title}</a>
                </th>
                <td>
                  {c.lessons.filter((l) => p.lessons[l]?.completedAt !== undefined).length} of {c.lessons.length}
                </td>
                <td>{q ? `${q.bestScore} of ${q.bestTotal}` : <a href={c.quizUrl}>Not taken</a>}</td>
                <td>{q?.attempts ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>Playground goals</h2>
      <p>
        Goals met: {Object.keys(p.goals).filter((id) => goals[id]).length} of {Object.keys(goals).length}
      </p>
      {Object.keys(p.goals).length === 0 ? (
        <p>
          No goals met yet. Open the <a href="/playground/">playground</a> and try a scenario.
        </p>
      ) : (
        <ul>
          {Object.entries(p.goals).map(([id, at]) => (
            <li>
              <a href={`/playground/?scenario=${id}`}>{goals[id] ?? id}</a>, met {formatLocalDay(at)}
            </li>
          ))}
        </ul>
      )}

      <h2>Review and exams</h2>
      <p>
        Questions in spaced review: {review.length}, due now: {review.filter((r) => isDue(r, now)).length} of{' '}
        {review.length}. <a href="/review/">Go to review</a>
      </p>
      <p>
        Practice exams taken: {p.exams.length}
        {p.exams.length > 5 && ' (the latest 5 below)'}
      </p>
      {p.exams.length === 0 ? (
        <p>
          No practice exams yet. <a href="/exam/">Take the practice exam</a>
        </p>
      ) : (
        <ul>
          {p.exams
            .slice(-5)
            .reverse()
            .map((x) => (
              <li>
                {formatLocalDay(x.at)}: {x.score} of {x.total} ({Math.round((x.score * 100) / x.total)}%)
              </li>
            ))}
        </ul>
      )}

      <h2>Your data</h2>
      <p>Progress is stored only in this browser. Export it to keep a copy or move it to another browser.</p>
      <p class="actions">
        <button type="button" class="btn" onClick={exportFile}>
          Export progress
        </button>
        <label class="btn">
          Import progress
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => void importFile(e)}
          />
        </label>
        <button
          type="button"
          class="btn"
          ref={resetButton}
          aria-expanded={confirming}
          onClick={() => setConfirming(!confirming)}
        >
          Reset progress
        </button>
      </p>
      {confirming && (
        <div class="callout callout-warning" role="group" aria-label="Confirm reset">
          <p>This deletes every lesson, quiz, goal, review and exam record in this browser. It cannot be undone.</p>
          <p class="actions">
            <button type="button" class="btn" onClick={reset}>
              Yes, reset everything
            </button>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </p>
        </div>
      )}
      <p role="status">{status}</p>
      <p role="alert">{error}</p>
    </div>
  );
}

/** What is wrong with a refused progress file, in words. */
function importProblem(result: Exclude<ImportResult, { ok: true }>): string {
  switch (result.code) {
    case 'too-large':
      return `This file is too large to be Token Lab progress (the limit is ${MAX_IMPORT_BYTES / 1_000_000} MB).`;
    case 'not-json':
      return 'This file is not JSON. Choose a file saved with "Export progress".';
    case 'not-progress':
      return `This file is JSON but not a Token Lab progress file (${result.reason}).`;
  }
}

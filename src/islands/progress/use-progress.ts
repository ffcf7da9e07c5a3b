import { useEffect, useState } from 'preact/hooks';
import { getProgress, subscribe, type Progress } from '../progress-store.ts';

/**
 * The reader's progress, kept current (this tab and others). `null` during the server render and
 * until the island has hydrated, because saved progress exists only in the browser.
 */
export function useProgress(): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    setProgress(getProgress());
    return subscribe(setProgress);
  }, []);
  return progress;
}

/** "1 question" / "3 questions" ("1 chapter quiz" / "2 chapter quizzes" with `many`). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A date for people, in the reader's locale: "3 Jan 2026". */
export const formatDate = (at: number): string =>
  new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

import { useEffect, useState } from 'preact/hooks';
import { getProgress, subscribe } from '../../client/progress/store.ts';
import type { Progress } from '../../domain/progress/types.ts';

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

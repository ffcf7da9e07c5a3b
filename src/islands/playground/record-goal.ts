/**
 * Records a met playground goal in the reader's progress. The playground loads this with
 * import() on the first goal; going through this small module rather than importing the
 * progress store dynamically keeps the store's chunk free of a namespace object that every page
 * with the store would otherwise download.
 */
import { dispatch } from '../../client/progress/store.ts';

export function recordGoal(scenario: string, at: number): void {
  // A goal met in a lesson's playground completes that lesson (issue 15).
  const lesson = document.querySelector<HTMLElement>('article[data-lesson-url]')?.dataset['lessonUrl'];
  dispatch({ type: 'goal-met', scenario, lesson, at });
}

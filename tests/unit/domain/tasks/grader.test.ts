/**
 * The grader's result shape, the announcement of checks that just became met, the watch that
 * follows a playground store, and the timed task set of the practice exam's Part II.
 */
import { describe, expect, it } from 'vitest';
import { gradeTask, newlyMet } from '../../../../src/domain/tasks/grade.ts';
import {
  expireTaskSet,
  finishTask,
  notAttempted,
  startTaskSet,
  timeLeft,
} from '../../../../src/domain/tasks/task-set.ts';
import type { TaskResult } from '../../../../src/domain/tasks/types.ts';
import { watchTask } from '../../../../src/domain/tasks/watch.ts';
import { graded, sendWith, storeOn, TOKEN_FORM } from './solve.ts';

const result = (...met: boolean[]): TaskResult => ({
  taskId: 't',
  chapter: 'c',
  met: met.every(Boolean),
  checks: met.map((m, i) => ({ sentence: `Check ${i + 1}.`, met: m })),
});

describe('gradeTask', () => {
  it('gives one entry per check, in order, with the check sentence', async () => {
    const task = graded('first-call');
    const store = await storeOn('task-first-call');
    await sendWith(store, 'none');
    expect(gradeTask(task, store.getState())).toEqual({
      taskId: 'first-call',
      chapter: 'tokens-at-a-glance',
      met: false,
      checks: [
        { sentence: task.checks[0]?.text, met: true },
        { sentence: task.checks[1]?.text, met: false },
      ],
    });
  });
});

describe('newlyMet', () => {
  it.each([
    [null, result(false, false), ''],
    [result(false, false), result(true, false), 'Check met: Check 1.'],
    [result(true, false), result(true, true), 'Check met: Check 2. All task checks are met.'],
    [result(true, true), result(true, false), ''],
    [result(true, true), result(true, true), ''],
  ])('from %j to %j says %j', (before, after, said) => {
    expect(newlyMet(before, after)).toBe(said);
  });
});

describe('watchTask', () => {
  it('publishes a new result only when a check changes, and announces what became met', async () => {
    const store = await storeOn('task-first-call');
    const watch = watchTask(store, graded('first-call'));
    const seen: string[] = [];
    watch.subscribe((s) => seen.push(s.spoken));
    store.setRequest({ ...store.getState().request, path: '/api/v1/groups' });
    expect(seen).toEqual([]);
    await sendWith(store, 'none', { path: '/api/v1/users' });
    await store.createToken(TOKEN_FORM);
    await sendWith(store, 'T1');
    expect(seen).toEqual([
      expect.stringMatching(/^Check met: A call to \/api\/v1\/users with no Authorization header/),
      expect.stringMatching(/^Check met: A token you created listed users with 200\. All task checks are met\.$/),
    ]);
    expect(watch.getState().result.met).toBe(true);
    watch.stop();
    await store.reset();
    expect(watch.getState().result.met).toBe(true);
  });

  it('shows a check that stops holding as not met, without announcing it', async () => {
    const store = await storeOn('task-stop-the-leak');
    const watch = watchTask(store, graded('stop-the-leak'));
    await store.revokeToken(0);
    const spoken = watch.getState().spoken;
    expect(watch.getState().result.checks[1]?.met).toBe(true);
    await store.revokeToken(1);
    expect(watch.getState().result.checks[1]?.met).toBe(false);
    expect(watch.getState().spoken).toBe(spoken);
  });
});

describe('a timed task set', () => {
  const tasks = [graded('first-call'), graded('idle-expiry'), graded('stop-the-leak')];

  it('records each finished task in order and ends after the last', () => {
    let set = startTaskSet(tasks, 60_000, 1_000);
    expect(timeLeft(set, 31_000)).toBe(30_000);
    set = finishTask(set, result(true), 2_000);
    set = finishTask(set, result(false), 3_000);
    expect([set.index, set.done]).toEqual([2, false]);
    set = finishTask(set, result(true, true), 4_000);
    expect([set.index, set.done, set.timedOut, set.results.length]).toEqual([3, true, false, 3]);
    expect(finishTask(set, result(true), 5_000)).toBe(set);
  });

  it('when time runs out, keeps the current result and marks the tasks not reached as not attempted', () => {
    let set = startTaskSet(tasks, 60_000, 0);
    set = finishTask(set, result(true), 10_000);
    expect(expireTaskSet(set, 59_999, result(false))).toBe(set);
    set = expireTaskSet(set, 60_000, result(true, false));
    expect([set.done, set.timedOut]).toEqual([true, true]);
    expect(set.results).toEqual([result(true), result(true, false), notAttempted(tasks[2]!)]);
    expect(notAttempted(tasks[2]!).checks.every((c) => !c.met)).toBe(true);
  });

  it('refuses a result handed in after the limit, ending the set with it', () => {
    const set = finishTask(startTaskSet(tasks, 1_000, 0), result(true), 2_000);
    expect([set.done, set.timedOut, set.results.length]).toEqual([true, true, 3]);
  });

  it('is over at once with no tasks', () => {
    expect(startTaskSet([], 1_000, 0).done).toBe(true);
  });
});

/**
 * Every hands-on task can be done in the playground store, the way a reader does it, and then
 * every one of its checks is met; before the reader acts, the task is not met. A change to the
 * simulator or a scenario that breaks a task fails here, not on a reader's page.
 */
import { describe, expect, it } from 'vitest';
import type { PlaygroundStore } from '../../../../src/domain/playground/store.ts';
import { gradeTask } from '../../../../src/domain/tasks/grade.ts';
import { graded, sendWith, storeOn, taskFile, TOKEN_FORM } from './solve.ts';

const SOLUTIONS: Record<string, (store: PlaygroundStore) => Promise<void>> = {
  'first-call': async (s) => {
    await sendWith(s, 'none');
    await s.createToken(TOKEN_FORM);
    await sendWith(s, 'T1');
  },
  'idle-expiry': async (s) => {
    await s.createToken(TOKEN_FORM);
    await sendWith(s, 'T1');
    await s.advanceClock(31);
    await sendWith(s, 'T1');
  },
  'nightly-least-role': async (s) => {
    await sendWith(s, 'nightly');
    await s.setRole('svc-nightly@example.com', 'GROUP_ADMIN');
    await sendWith(s, 'nightly');
  },
  'fix-the-scheme': async (s) => {
    await s.send();
    const ci = s.getState().org?.keychain.find((e) => e.key === 'ci');
    s.setRequest({ ...s.getState().request, authorization: `SSWS ${ci?.value ?? ''}` });
    await s.send();
  },
  'rate-limit-recover': async (s) => {
    await s.send(undefined, 61);
    await s.advanceClock(1);
    await s.send();
  },
  'service-app-scope': async (s) => {
    await s.createApp({ name: 'Directory sync', scopes: ['okta.users.read'], role: 'READ_ONLY_ADMIN' });
    await s.issueAccessToken(1);
    await sendWith(s, 'A1');
  },
  'rotate-ci-token': async (s) => {
    await s.createToken(TOKEN_FORM);
    await sendWith(s, 'T1');
    await sendWith(s, 'ci');
    await s.revokeToken(0);
    await sendWith(s, 'ci');
  },
  'stop-the-leak': async (s) => {
    await s.revokeToken(0);
    await sendWith(s, 'leaked');
    await sendWith(s, 'backup');
  },
};

describe.each(Object.keys(SOLUTIONS))('task %s', (id) => {
  it('is not met when the scenario loads, and every check is met once the reader has done it', async () => {
    const task = graded(id);
    const store = await storeOn(taskFile(id).scenario);
    expect(gradeTask(task, store.getState()).met).toBe(false);
    await SOLUTIONS[id]?.(store);
    const result = gradeTask(task, store.getState());
    expect(result.checks.filter((c) => !c.met).map((c) => c.sentence)).toEqual([]);
    expect(result).toMatchObject({ taskId: id, chapter: taskFile(id).chapter, met: true });
  });
});

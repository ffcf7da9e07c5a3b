/**
 * The task schemas: a scenario goal may be one outcome or a list of checks, each check kind is
 * validated by its `type`, and a task file needs its scenario, chapter and facts.
 */
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';
import { taskSchema } from '../../../src/schemas/task.ts';

const scenario = (goal: unknown) => ({
  id: 'task-x',
  title: 'Task',
  description: 'Something to do.',
  request: { method: 'GET', path: '/api/v1/users' },
  goal,
});

describe('scenario goals', () => {
  it('accept one outcome, as before', () => {
    expect(scenarioSchema.safeParse(scenario({ outcome: '401 E0000011', text: 'Refused.' })).success).toBe(true);
  });

  it('accept a list of checks of every kind', () => {
    const checks = [
      { type: 'answers', text: 'T.', token: 'ci', outcome: '200' },
      { type: 'sent', text: 'T.', request: { token: 'none', path: '/api/v1/users', outcome: '403 E0000005' } },
      { type: 'noFailureBetween', text: 'T.', from: { token: 'new' }, to: { token: 'ci', outcome: '401 E0000011' } },
      { type: 'after', text: 'T.', first: { token: 'new' }, then: { method: 'POST' } },
      { type: 'maxRole', text: 'T.', admin: 'svc@example.com', role: 'GROUP_ADMIN' },
      { type: 'wrote', text: 'T.', token: 'ci' },
      { type: 'revokedOnly', text: 'T.', token: 'ci' },
      { type: 'tokenStatus', text: 'T.', token: 'new', status: 'EXPIRED' },
      { type: 'logHas', text: 'T.', eventType: 'system.api_token.revoke', token: 'ci' },
      { type: 'appScopes', text: 'T.', scopes: ['okta.users.read'] },
    ];
    expect(scenarioSchema.safeParse(scenario({ text: 'Do it.', checks })).success).toBe(true);
  });

  it.each([
    ['an unknown kind', { type: 'guess', text: 'T.' }],
    ['a check without its sentence', { type: 'wrote', token: 'ci' }],
    ['an outcome that is not a label', { type: 'answers', text: 'T.', token: 'ci', outcome: 'refused' }],
    ['a scope that is not an Okta scope', { type: 'appScopes', text: 'T.', scopes: ['users'] }],
    ['an unknown field', { type: 'wrote', text: 'T.', token: 'ci', extra: 1 }],
  ])('refuse %s', (_, check) => {
    expect(scenarioSchema.safeParse(scenario({ text: 'Do it.', checks: [check] })).success).toBe(false);
  });

  it('refuse a goal with both an outcome and checks, or with no checks', () => {
    expect(scenarioSchema.safeParse(scenario({ text: 'X.', outcome: '200', checks: [] })).success).toBe(false);
    expect(scenarioSchema.safeParse(scenario({ text: 'X.', checks: [] })).success).toBe(false);
  });
});

describe('task files', () => {
  const task = {
    id: 'rotate',
    title: 'Rotate',
    chapter: 'running-tokens-safely',
    order: 1,
    scenario: 'task-rotate',
    brief: 'Rotate it.',
    facts: ['revoke-in-console'],
    minutes: 5,
  };

  it('accept a complete task and default its hints to none', () => {
    expect(taskSchema.parse(task).hints).toEqual([]);
  });

  it('need at least one fact and a time in minutes', () => {
    expect(taskSchema.safeParse({ ...task, facts: [] }).success).toBe(false);
    expect(taskSchema.safeParse({ ...task, minutes: 0 }).success).toBe(false);
  });
});

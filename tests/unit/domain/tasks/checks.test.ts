/**
 * Each kind of task check, true and false, over playground states reached the way a reader
 * reaches them (the store on a task's scenario), so a check is judged by the simulated org.
 */
import { describe, expect, it } from 'vitest';
import type { PlaygroundStore } from '../../../../src/domain/playground/store.ts';
import { checkMet } from '../../../../src/domain/tasks/checks.ts';
import { roleAbove } from '../../../../src/domain/tasks/roles.ts';
import type { TaskCheck } from '../../../../src/domain/tasks/types.ts';
import { sendWith, storeOn, TOKEN_FORM } from './solve.ts';

const text = 'A sentence.';
const met = (store: PlaygroundStore, check: TaskCheck) => checkMet(check, store.getState());

describe('answers: the latest request with a credential got an outcome', () => {
  it('follows the latest request only', async () => {
    const s = await storeOn('task-rotate-ci-token');
    const ok: TaskCheck = { type: 'answers', text, token: 'ci', outcome: '200' };
    const refused: TaskCheck = { type: 'answers', text, token: 'ci', outcome: '401 E0000011' };
    expect(met(s, ok)).toBe(false);
    await sendWith(s, 'ci');
    expect([met(s, ok), met(s, refused)]).toEqual([true, false]);
    await s.revokeToken(0);
    await sendWith(s, 'ci');
    expect([met(s, ok), met(s, refused)]).toEqual([false, true]);
  });

  it('reads `new` as any token the reader created, never a scenario token', async () => {
    const s = await storeOn('task-rotate-ci-token');
    const check: TaskCheck = { type: 'answers', text, token: 'new', outcome: '200' };
    await sendWith(s, 'ci');
    expect(met(s, check)).toBe(false);
    await s.createToken(TOKEN_FORM);
    await sendWith(s, 'T1');
    expect(met(s, check)).toBe(true);
  });
});

describe('sent: some request matched', () => {
  it('needs every named field to agree', async () => {
    const s = await storeOn('task-first-call');
    const check: TaskCheck = {
      type: 'sent',
      text,
      request: { token: 'none', path: '/api/v1/users', outcome: '403 E0000005' },
    };
    expect(met(s, check)).toBe(false);
    await sendWith(s, 'none', { path: '/api/v1/groups' });
    expect(met(s, check)).toBe(false);
    await sendWith(s, 'none', { path: '/api/v1/users?limit=2' });
    expect(met(s, check)).toBe(true);
    expect(met(s, { ...check, request: { ...check.request, method: 'POST' } })).toBe(false);
  });
});

describe('noFailureBetween and after: the order of requests', () => {
  const between: TaskCheck = {
    type: 'noFailureBetween',
    text,
    from: { token: 'new', outcome: '200' },
    to: { token: 'ci', outcome: '401 E0000011' },
  };
  const overlap: TaskCheck = {
    type: 'after',
    text,
    first: { token: 'new', outcome: '200' },
    then: { token: 'ci', outcome: '200' },
  };

  it('are met by a rotation in the right order', async () => {
    const s = await storeOn('task-rotate-ci-token');
    await s.createToken(TOKEN_FORM);
    await sendWith(s, 'T1');
    await sendWith(s, 'ci');
    await s.revokeToken(0);
    await sendWith(s, 'ci');
    expect([met(s, between), met(s, overlap)]).toEqual([true, true]);
  });

  it('fail when a request failed in between, or when the old token was cut off before the new one worked', async () => {
    const s = await storeOn('task-rotate-ci-token');
    await s.revokeToken(0);
    await sendWith(s, 'ci');
    await s.createToken(TOKEN_FORM);
    await sendWith(s, 'T1');
    // The old token's 401 came before the new token's first 200: no overlap, and no end event after the start.
    expect([met(s, between), met(s, overlap)]).toEqual([false, false]);
    await sendWith(s, 'none');
    await sendWith(s, 'ci');
    // Now a 401 follows the 200, but the call with no header failed between them.
    expect(met(s, between)).toBe(false);
  });
});

describe('maxRole: an admin holds no role above a limit', () => {
  it.each([
    ['READ_ONLY_ADMIN', true],
    ['GROUP_ADMIN', true],
    ['ORG_ADMIN', false],
    ['SUPER_ADMIN', false],
    [null, false],
  ] as const)('%s against Group administrator: %s', async (role, expected) => {
    const s = await storeOn('task-nightly-least-role');
    await s.setRole('svc-nightly@example.com', role);
    expect(met(s, { type: 'maxRole', text, admin: 'svc-nightly@example.com', role: 'GROUP_ADMIN' })).toBe(expected);
  });

  it('ranks roles by what they may do in the lab', () => {
    expect(roleAbove('SUPER_ADMIN', 'ORG_ADMIN')).toBe(true);
    expect(roleAbove('GROUP_ADMIN', 'READ_ONLY_ADMIN')).toBe(true);
    expect(roleAbove('GROUP_MEMBERSHIP_ADMIN', 'READ_ONLY_ADMIN')).toBe(false);
    expect(roleAbove('READ_ONLY_ADMIN', 'GROUP_ADMIN')).toBe(false);
  });
});

describe('wrote: the latest write with a token succeeded', () => {
  it('follows the creator role through refusals and success', async () => {
    const s = await storeOn('task-nightly-least-role');
    const check: TaskCheck = { type: 'wrote', text, token: 'nightly' };
    await sendWith(s, 'nightly');
    expect(met(s, check)).toBe(false);
    await s.setRole('svc-nightly@example.com', 'GROUP_ADMIN');
    await sendWith(s, 'nightly');
    expect(met(s, check)).toBe(true);
    // A read afterwards is not a write: the latest write still counts.
    await sendWith(s, 'nightly', { method: 'GET', path: '/api/v1/users' });
    expect(met(s, check)).toBe(true);
    await s.setRole('svc-nightly@example.com', 'READ_ONLY_ADMIN');
    await sendWith(s, 'nightly', { method: 'POST', path: '/api/v1/users/sofia.garcia@example.com' });
    expect(met(s, check)).toBe(false);
  });
});

describe('revokedOnly, tokenStatus and logHas: the console and the System Log', () => {
  const only: TaskCheck = { type: 'revokedOnly', text, token: 'leaked' };
  const logged: TaskCheck = { type: 'logHas', text, eventType: 'system.api_token.revoke', token: 'leaked' };

  it('hold when only the leaked token is revoked', async () => {
    const s = await storeOn('task-stop-the-leak');
    expect([met(s, only), met(s, logged)]).toEqual([false, false]);
    await s.revokeToken(0);
    expect([met(s, only), met(s, logged)]).toEqual([true, true]);
    expect(met(s, { ...logged, token: 'backup' })).toBe(false);
    expect(met(s, { type: 'tokenStatus', text, token: 'leaked', status: 'REVOKED' })).toBe(true);
    expect(met(s, { type: 'tokenStatus', text, token: 'backup', status: 'REVOKED' })).toBe(false);
  });

  it('revokedOnly fails when a sibling is revoked too or the creator is suspended', async () => {
    const a = await storeOn('task-stop-the-leak');
    await a.revokeToken(0);
    await a.revokeToken(1);
    expect(met(a, only)).toBe(false);
    const b = await storeOn('task-stop-the-leak');
    await b.revokeToken(0);
    await b.setStatus('svc-deploy@example.com', 'SUSPENDED');
    expect(met(b, only)).toBe(false);
  });

  it('tokenStatus sees a token expire after 30 idle days', async () => {
    const s = await storeOn('task-idle-expiry');
    const expired: TaskCheck = { type: 'tokenStatus', text, token: 'new', status: 'EXPIRED' };
    await s.createToken(TOKEN_FORM);
    expect(met(s, expired)).toBe(false);
    await s.advanceClock(31);
    expect(met(s, expired)).toBe(true);
  });

  it('logHas without a token looks at every event of the type', async () => {
    const s = await storeOn('task-first-call');
    const created: TaskCheck = { type: 'logHas', text, eventType: 'system.api_token.create' };
    expect(met(s, created)).toBe(false);
    await s.createToken(TOKEN_FORM);
    expect(met(s, created)).toBe(true);
  });
});

describe('appScopes: a service app holds exactly some scopes', () => {
  const only: TaskCheck = { type: 'appScopes', text, scopes: ['okta.users.read'] };

  it('reads the app of the access token that last answered 200', async () => {
    const s = await storeOn('task-service-app-scope');
    expect(met(s, only)).toBe(false);
    await s.send();
    expect(met(s, only)).toBe(false);
    await s.createApp({ name: 'Sync', scopes: ['okta.users.read'], role: 'READ_ONLY_ADMIN' });
    await s.issueAccessToken(1);
    await sendWith(s, 'A1');
    expect(met(s, only)).toBe(true);
  });

  it('compares the named app exactly, in any order, and not a superset', async () => {
    const s = await storeOn('task-service-app-scope');
    const named = { type: 'appScopes', text, app: 'Directory sync (old)' } as const;
    expect(met(s, { ...named, scopes: ['okta.logs.read', 'okta.users.manage'] })).toBe(true);
    expect(met(s, { ...named, scopes: ['okta.users.manage'] })).toBe(false);
    expect(met(s, { ...named, app: 'No such app', scopes: ['okta.users.manage'] })).toBe(false);
  });
});

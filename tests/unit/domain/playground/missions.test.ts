import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fillMission, missionDone, MISSIONS } from '../../../../src/domain/playground/missions.ts';
import { outcome } from '../../../../src/domain/playground/selectors.ts';
import { createPlaygroundStore } from '../../../../src/domain/playground/store.ts';
import type { ScenarioSpec } from '../../../../src/domain/scenarios/index.ts';

const spec = parse(readFileSync('src/content/scenarios/playground.yaml', 'utf8')) as ScenarioSpec;
const ALEX = 'alex.rivera@example.com';
const mission = (id: string) => {
  const m = MISSIONS.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe('missions: the free playground’s guided path', () => {
  it('every mission ticks from what the simulator answered, in order, using its own filled-in request', async () => {
    const store = createPlaygroundStore({ scenarios: [spec], initial: 'playground' });
    await store.start();
    const done = () => MISSIONS.filter((m) => missionDone(store.getState(), m)).map((m) => m.id);
    /** Fills in a mission's request and sends it `times` times. */
    const run = async (id: string, times = 1) => {
      const filled = fillMission(store.getState(), mission(id));
      if (!filled.ok) throw new Error(filled.reason);
      store.setRequest(filled.request);
      await store.send(undefined, times);
    };

    expect(done()).toEqual([]);
    await run('no-header');
    expect(outcome(store.getState())).toBe('403 E0000005');

    const early = fillMission(store.getState(), mission('create'));
    expect(!early.ok && early.reason).toMatch(/^Create an API token/);
    await store.createToken({ name: 'CI', creator: '', percent: 50, zone: '' });
    await run('create');
    await store.revokeToken(0);
    await run('revoke');
    expect(outcome(store.getState())).toBe('401 E0000011');

    await store.createToken({ name: 'Idle', creator: '', percent: 50, zone: '' });
    await store.advanceClock(31);
    await run('idle');

    await store.createToken({ name: 'Sync', creator: '', percent: 50, zone: '' });
    await store.setRole(ALEX, 'READ_ONLY_ADMIN');
    await run('demote');
    // The write carried the sample user, so it reached the role check instead of 411 or 400.
    expect(outcome(store.getState())).toBe('403 E0000006');

    await run('rate', 61);
    expect(outcome(store.getState())).toBe('429 E0000047');

    await store.createApp({ name: 'Reports', scopes: ['okta.users.read'], role: 'READ_ONLY_ADMIN' });
    await store.issueAccessToken(0);
    await run('oauth-without');
    expect(outcome(store.getState())).toBe('403 insufficient_scope');
    await run('oauth-with');
    expect(outcome(store.getState())).toBe('200');

    expect(done()).toEqual(MISSIONS.map((m) => m.id));
  });

  it('does not tick a mission for a response decided by another check', async () => {
    const store = createPlaygroundStore({ scenarios: [spec], initial: 'playground' });
    await store.start();
    await store.createToken({ name: 'CI', creator: '', percent: 50, zone: '' });
    store.setRequest({ ...store.getState().request, authorization: 'SSWS 00lab.unknown' });
    await store.send();
    expect(outcome(store.getState())).toBe('401 E0000011');
    expect(missionDone(store.getState(), mission('revoke'))).toBe(false);
    expect(missionDone(store.getState(), mission('idle'))).toBe(false);
  });
});

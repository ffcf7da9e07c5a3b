/** Snapshots: plain JSON that restores the whole org, clock and random sequence included. */
import { describe, expect, it } from 'vitest';
import { createOktaSim, DEFAULT_NOW, type SimSnapshot } from '../../../../src/domain/okta-sim/index.ts';
import { adminId, DAY, label, newSim, send, tokenFor } from './helpers.ts';

describe('snapshot()', () => {
  it('survives JSON and restores tokens, clock, rate counters and the id sequence', async () => {
    const sim = newSim('snap');
    const { value } = await tokenFor(sim, 'super-admin');
    for (let i = 0; i < 10; i++) await send(sim, 'GET', '/api/v1/logs', `SSWS ${value}`);
    sim.advanceTime(3 * DAY);
    const copy = createOktaSim({ state: JSON.parse(JSON.stringify(sim.snapshot())) as SimSnapshot });
    expect(copy.now()).toBe(sim.now());
    const [a, b] = await Promise.all([
      send(sim, 'GET', '/api/v1/users/me', `SSWS ${value}`),
      send(copy, 'GET', '/api/v1/users/me', `SSWS ${value}`),
    ]);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const next = await tokenFor(sim, 'org-admin');
    const nextCopy = await tokenFor(copy, 'org-admin');
    expect(nextCopy).toEqual(next);
  });

  it('is a copy: changing the org later does not change an earlier snapshot', async () => {
    const sim = newSim();
    const before = sim.snapshot();
    await tokenFor(sim, 'super-admin');
    sim.console.setUserStatus(adminId(sim, 'org-admin'), 'SUSPENDED');
    expect(before.tokens).toHaveLength(0);
    expect(before.users.find((u) => u.profile['login'] === 'priya.shah@example.com')?.status).toBe('ACTIVE');
  });

  it('refuses something that is not a snapshot', () => {
    expect(() => createOktaSim({ state: { v: 2 } as never })).toThrow(TypeError);
  });
});

describe('the clock', () => {
  it('starts at a fixed date, never the real clock, and only moves forward', async () => {
    expect(newSim().now()).toBe(DEFAULT_NOW);
    expect(createOktaSim({ now: 0 }).now()).toBe(0);
    const sim = newSim();
    expect(() => sim.advanceTime(-1)).toThrow(RangeError);
    expect(() => sim.advanceTime(Number.NaN)).toThrow(RangeError);
    expect(() => sim.advanceTime(1e300)).toThrow(RangeError);
    const { value } = await tokenFor(sim, 'super-admin');
    sim.advanceTime(31 * DAY);
    expect(label(await send(sim, 'GET', '/api/v1/users', `SSWS ${value}`))).toBe('401 E0000011');
  });
});

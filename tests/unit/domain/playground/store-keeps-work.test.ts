import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PersistPort } from '../../../../src/domain/playground/saved-state.ts';
import { log, outcome, tokens } from '../../../../src/domain/playground/selectors.ts';
import { createPlaygroundStore } from '../../../../src/domain/playground/store.ts';
import type { ScenarioSpec } from '../../../../src/domain/scenarios/index.ts';

const scenario = (id: string) => parse(readFileSync(`src/content/scenarios/${id}.yaml`, 'utf8')) as ScenarioSpec;
const TOKEN_FORM = { name: 'CI', creator: '', percent: 50, zone: '' };
const REAL = `SSWS 00${'x'.repeat(40)}`;
const specs = [scenario('playground'), scenario('revoked-token')];
const lookup = (id: string) => Promise.resolve(specs.find((s) => s.id === id));

/** sessionStorage as the island passes it, in memory: one text under one key. */
function memoryPort(): PersistPort & { text: string | null; saves: number } {
  const port = {
    text: null as string | null,
    saves: 0,
    load: () => port.text,
    save(text: string) {
      port.text = text;
      port.saves++;
    },
  };
  return port;
}

const storeWith = (persist: PersistPort) =>
  createPlaygroundStore({ scenarios: [specs[0]!], initial: 'playground', lookup, persist });

describe('the playground keeps the reader’s work (saved through the persistence port)', () => {
  it('restores the org, request, response, history and goal after a reload', async () => {
    const port = memoryPort();
    const first = storeWith(port);
    await first.start();
    await first.send();
    await first.createToken(TOKEN_FORM);
    await first.send();
    await first.advanceClock(2);
    first.setRequest({ ...first.getState().request, path: '/api/v1/groups' });
    const before = first.getState();

    // A reload: a new store on the same port.
    const again = storeWith(port);
    await again.start();
    const after = again.getState();
    expect(after.request).toEqual(before.request);
    expect(tokens(after)).toEqual(tokens(before));
    expect(after.org?.now).toBe(before.org?.now);
    expect(after.history).toEqual(before.history);
    expect(after.response).toEqual(before.response);
    expect(outcome(after)).toBe('200');
    expect(after.seen).toEqual(['auth-header', 'pass-ssws']);
    expect(after.notice).toBe('');
    // The restored org answers like the original: the token still works.
    await again.send({ ...after.request, path: '/api/v1/users' });
    expect(outcome(again.getState())).toBe('200');
  });

  it('never saves a token value, and saves nothing while the request holds a real-looking token', async () => {
    const port = memoryPort();
    const store = storeWith(port);
    await store.start();
    const made = await store.createToken(TOKEN_FORM);
    await store.send();
    expect(port.text).not.toBeNull();
    expect(port.text).not.toContain(made?.value);
    expect(port.text).toContain('{T1}');
    const safe = port.text;
    store.setRequest({ ...store.getState().request, authorization: REAL });
    await store.send();
    expect(port.text).toBe(safe);
  });

  it('opens the scenario a link asks for rather than a saved session of another one', async () => {
    const port = memoryPort();
    const first = storeWith(port);
    await first.start();
    await first.createToken(TOKEN_FORM);

    const other = storeWith(port);
    await other.start({ scenario: 'revoked-token' });
    expect(other.getState().spec.id).toBe('revoked-token');

    // Back on /playground/?scenario=revoked-token after a trip through a lesson link: its work returns.
    await other.send();
    const back = storeWith(port);
    await back.start({ scenario: 'revoked-token' });
    expect(back.getState().spec.id).toBe('revoked-token');
    expect(outcome(back.getState())).toBe('401 E0000011');
    expect(back.getState().history).toHaveLength(1);
  });

  it('ignores a damaged or foreign saved text and opens the page as if nothing were saved', async () => {
    for (const text of ['{', 'null', '{"v":2}', JSON.stringify({ v: 1, payload: [1, 'playground', [['drop']], []] })]) {
      const port = memoryPort();
      port.text = text;
      const store = storeWith(port);
      await store.start();
      expect(store.getState()).toMatchObject({ ready: true, response: null, history: [], notice: '' });
      expect(tokens(store.getState())).toEqual([]);
    }
  });
});

describe('Reset can be undone once', () => {
  it('brings back the session the reset replaced, until the next action', async () => {
    const port = memoryPort();
    const store = storeWith(port);
    await store.start();
    await store.createToken(TOKEN_FORM);
    await store.send();
    const before = store.getState();

    await store.reset();
    expect(store.getState()).toMatchObject({ undo: true, notice: 'The scenario was reset.', response: null });
    expect(tokens(store.getState())).toEqual([]);

    store.undoReset();
    const state = store.getState();
    expect(state.undo).toBe(false);
    expect(state.notice).toBe('The reset was undone.');
    expect(tokens(state)).toEqual(tokens(before));
    expect(state.response).toBe(before.response);
    expect(state.history).toBe(before.history);
    // The undone session is the live one: it keeps working and it is what is saved.
    await store.send();
    expect(outcome(store.getState())).toBe('200');
    const reloaded = storeWith(port);
    await reloaded.start();
    expect(reloaded.getState().history[0]?.count).toBe(2);

    await store.reset();
    await store.advanceClock(1);
    expect(store.getState().undo).toBe(false);
    store.undoReset();
    expect(tokens(store.getState())).toEqual([]);
  });
});

describe('Send N times', () => {
  it('sends a burst, counts each outcome, and keeps one history line per outcome', async () => {
    const store = storeWith(memoryPort());
    await store.start();
    await store.createToken(TOKEN_FORM);
    store.setRequest({ ...store.getState().request, path: '/api/v1/logs' });
    // 50% of the 120-a-minute logs bucket is 60 calls; the 61st is refused.
    await store.send(undefined, 61);
    const state = store.getState();
    expect(outcome(state)).toBe('429 E0000047');
    expect(state.spoken).toMatch(/^Sent 61 times: 60 × 200, 1 × 429 E0000047\. Last: 429 Too Many Requests\./);
    expect(state.history.map((h) => [h.outcome, h.count])).toEqual([
      ['429 E0000047', 1],
      ['200', 60],
    ]);
    expect(state.seen).toContain('rate-limit');
    expect(log(state).some((e) => e.eventType === 'system.api_token.create')).toBe(true);
  });

  it.each([
    [0, 1],
    [-5, 1],
    [2.7, 2],
    [10_000, 500],
  ])('clamps %d sends to %d', async (times, sent) => {
    const store = storeWith(memoryPort());
    await store.start();
    await store.send(undefined, times);
    expect(store.getState().history[0]?.count).toBe(sent);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { curlFor } from '../../../../src/domain/playground/copy-as-curl.ts';
import {
  adminRows,
  admins,
  credentialChoice,
  defaultCreator,
  displayNames,
  keychain,
  log,
  now,
  outcome,
  paths,
  requestHoldsRealToken,
  tokens,
  users,
} from '../../../../src/domain/playground/selectors.ts';
import { createPlaygroundStore } from '../../../../src/domain/playground/store.ts';
import type { PlaygroundState } from '../../../../src/domain/playground/store-state.ts';
import type { ScenarioSpec } from '../../../../src/domain/scenarios/index.ts';

const scenario = (id: string) => parse(readFileSync(`src/content/scenarios/${id}.yaml`, 'utf8')) as ScenarioSpec;
const ALEX = 'alex.rivera@example.com';
const SOFIA = 'sofia.garcia@example.com';
const DAY = 86_400_000;
const REAL = `SSWS 00${'x'.repeat(40)}`;
const TOKEN_FORM = { name: 'CI', creator: '', percent: 50, zone: '' };

/** A store on the full page's opening scenario, with every published state recorded. */
function playground(options: Partial<Parameters<typeof createPlaygroundStore>[0]> = {}) {
  const store = createPlaygroundStore({ scenarios: [scenario('playground')], initial: 'playground', ...options });
  const seen: PlaygroundState[] = [];
  const stop = store.subscribe((s) => seen.push(s));
  return { store, seen, stop };
}

describe('a reader journey through the playground store, from "Create token" to the trace of a revoked call', () => {
  it('creates a token, calls with it (200), revokes it, and reads why the next call fails (401 E0000011)', async () => {
    const { store, seen } = playground();
    await store.start();
    expect(store.getState().ready).toBe(true);
    expect(defaultCreator(store.getState())).toBe(ALEX);

    const created = await store.createToken(TOKEN_FORM);
    let state = store.getState();
    expect(created?.name).toBe('CI');
    expect(created?.value).toMatch(/^00lab\./);
    expect(state.request.authorization).toBe(`SSWS ${created?.value}`);
    expect(credentialChoice(state)).toBe('key:T1');
    expect(keychain(state).map((e) => e.label)).toEqual(['CI']);
    expect(tokens(state)).toHaveLength(1);
    expect(displayNames(state).get(tokens(state)[0]?.userId ?? '')).toBe('Alex Rivera');
    expect(state.spoken).toMatch(/^Token CI created\. Its value is shown once/);

    await store.send();
    state = store.getState();
    expect(outcome(state)).toBe('200');
    expect(state.spoken).toBe('200 OK. Every check passed.');
    expect(state.history.map((h) => [h.n, h.outcome])).toEqual([[1, '200']]);
    expect(tokens(state)[0]?.lastUsed).not.toBeNull();

    await store.revokeToken(0);
    state = store.getState();
    expect(tokens(state)[0]?.status).toBe('REVOKED');
    expect(state.spoken).toBe('Token CI revoked.');
    expect(log(state)[0]?.eventType).toBe('system.api_token.revoke');

    await store.send();
    state = store.getState();
    expect(state.response?.status).toBe(401);
    expect(outcome(state)).toBe('401 E0000011');
    expect(state.spoken).toBe('401 Unauthorized. Error code E0000011. First failing check: Not revoked.');
    const trace = state.response?.trace ?? [];
    const deciding = trace.findIndex((s) => s.outcome === 'fail');
    expect(trace[deciding]).toMatchObject({ check: 'token-not-revoked', basis: 'observed' });
    expect(trace[deciding]?.summary).toMatch(/revoked/);
    expect(trace.slice(0, deciding).every((s) => s.outcome === 'pass')).toBe(true);
    expect(trace.slice(deciding + 1).every((s) => s.outcome === 'skip')).toBe(true);
    expect(state.history.map((h) => h.outcome)).toEqual(['401 E0000011', '200']);

    // One published state per change: start, create, send, revoke, send.
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('opens a scenario with setup steps asynchronously, meets its goal and records it once', async () => {
    const met: string[] = [];
    const store = createPlaygroundStore({
      scenarios: [scenario('revoked-token')],
      initial: 'revoked-token',
      onGoalMet: (id) => met.push(id),
    });
    expect(store.getState().org).toBeNull();
    await store.send();
    expect(store.getState().response).toBeNull();
    await store.start();
    expect(users(store.getState()).length).toBeGreaterThan(0);
    await store.send();
    await store.send();
    const state = store.getState();
    expect(state.met).toBe(true);
    expect(state.spoken).toMatch(/ Goal met\.\u00a0$/);
    expect(met).toEqual(['revoked-token']);
    expect(state.history).toEqual([expect.objectContaining({ count: 2, outcome: '401 E0000011' })]);
  });
});

describe('subscribing', () => {
  it('calls every listener with the new state until it unsubscribes', () => {
    const { store, seen, stop } = playground();
    const other: PlaygroundState[] = [];
    const stopOther = store.subscribe((s) => other.push(s));
    store.setRequest({ ...store.getState().request, path: '/api/v1/groups' });
    expect(seen).toEqual([store.getState()]);
    stop();
    store.say('Hello');
    expect(seen).toHaveLength(1);
    expect(other).toHaveLength(2);
    expect(other[1]?.spoken).toBe('Hello');
    stopOther();
  });

  it('announces a repeated sentence again by changing it invisibly', () => {
    const { store } = playground();
    store.say('Copied.');
    store.say('Copied.');
    expect(store.getState().spoken).toBe('Copied.\u00a0');
    store.say('Copied.');
    expect(store.getState().spoken).toBe('Copied.');
  });
});

describe('selectors', () => {
  it('return the very same value while the part they read is unchanged', async () => {
    const { store } = playground();
    const before = store.getState();
    expect(admins(before)).toBe(admins(store.getState()));
    expect(log(before)).toBe(log(before));
    expect(paths(before)).toBe(paths(before));

    store.setRequest({ ...before.request, path: '/api/v1/logs' });
    const edited = store.getState();
    expect(edited).not.toBe(before);
    expect(edited.org).toBe(before.org);
    expect(admins(edited)).toBe(admins(before));
    expect(adminRows(edited)).toBe(adminRows(before));

    await store.advanceClock(1);
    const later = store.getState();
    expect(later.org).not.toBe(edited.org);
    expect(admins(later)).not.toBe(admins(edited));
    expect(admins(later)).toEqual(admins(edited));
    expect(now(later) - now(edited)).toBe(DAY);
  });

  it('keep a demoted admin and every token creator in the Admins table', async () => {
    const { store } = playground();
    await store.createToken(TOKEN_FORM);
    await store.setRole(ALEX, null);
    const state = store.getState();
    expect(state.spoken).toBe('Alex Rivera is now without an admin role.');
    expect(admins(state).map((u) => u.login)).not.toContain(ALEX);
    expect(adminRows(state).map((u) => u.login)).toContain(ALEX);
    expect(adminRows(state).map((u) => u.login)).not.toContain(SOFIA);
  });

  it('write user.account.privilege.grant when a role is assigned, and no event when it is removed', async () => {
    const { store } = playground();
    await store.setRole(SOFIA, 'READ_ONLY_ADMIN');
    expect(log(store.getState())[0]).toMatchObject({
      eventType: 'user.account.privilege.grant',
      actor: { displayName: 'Alex Rivera' },
      target: [{ alternateId: SOFIA }],
    });
    const events = log(store.getState()).length;
    await store.setRole(SOFIA, null);
    expect(log(store.getState())).toHaveLength(events);
  });

  it('have safe empty values before the org has loaded', () => {
    const store = createPlaygroundStore({ scenarios: [scenario('revoked-token')], initial: 'revoked-token' });
    const state = store.getState();
    expect([users(state), tokens(state), log(state), admins(state), paths(state)]).toEqual([[], [], [], [], []]);
    expect(now(state)).toBeNaN();
    expect(defaultCreator(state)).toBe('');
    expect(outcome(state)).toBeNull();
  });
});

describe('real-looking tokens', () => {
  it('are detected in any field, answered, and kept out of history, curl and share links', async () => {
    const { store } = playground();
    const clean = store.getState().request;
    expect(requestHoldsRealToken(store.getState())).toBe(false);
    for (const patch of [{ authorization: REAL }, { path: `/api/v1/users?q=${REAL.slice(5)}` }, { body: REAL }]) {
      store.setRequest({ ...clean, ...patch });
      expect(requestHoldsRealToken(store.getState()), JSON.stringify(patch)).toBe(true);
    }
    store.setRequest({ ...clean, authorization: REAL });
    await store.send();
    const state = store.getState();
    expect(outcome(state)).toBe('401 E0000011');
    expect(state.history).toEqual([]);
    expect(state.notice).toMatch(/kept out of history and share links/);
    const curl = curlFor(store, true);
    expect(!curl.ok && curl.reason).toMatch(/^Copy as curl is off/);
    expect(store.getState().spoken).toMatch(/^Copy as curl is off/);
    const shared = store.share();
    expect(!shared.ok && shared.reason).toMatch(/remove it before sharing/);
    expect(store.getState().spoken).toMatch(/real Okta token; remove it before sharing/);
  });
});

describe('console commands', () => {
  it('show a refusal as a notice and change nothing', async () => {
    const { store } = playground();
    const before = store.getState().org;
    expect(await store.createToken({ ...TOKEN_FORM, creator: SOFIA })).toBeNull();
    const state = store.getState();
    expect(state.notice).toMatch(/no admin role/);
    expect(state.spoken).toBe(state.notice);
    expect(state.org).toBe(before);
  });

  it('fill in defaults: a numbered token name and the default rate-limit share', async () => {
    const { store } = playground();
    await store.createToken({ ...TOKEN_FORM, name: '  ' });
    await store.createToken({ ...TOKEN_FORM, name: '', percent: 20 });
    expect(tokens(store.getState()).map((t) => [t.name, t.rateLimitPercent])).toEqual([
      ['Token 1', 50],
      ['Token 2', 20],
    ]);
  });

  it('advance the clock and say the new date', async () => {
    const { store } = playground();
    const start = now(store.getState());
    await store.advanceClock(7);
    expect(now(store.getState())).toBe(start + 7 * DAY);
    expect(store.getState().spoken).toMatch(/^Clock advanced 7 days\. It is now \d+ \w+ \d{4}, \d\d:\d\d UTC\.$/);
  });

  it('change a status by login', async () => {
    const { store } = playground();
    await store.setStatus(SOFIA, 'SUSPENDED');
    expect(users(store.getState()).find((u) => u.login === SOFIA)?.status).toBe('SUSPENDED');
    expect(store.getState().spoken).toBe('Sofia Garcia is now SUSPENDED.');
    expect(store.getState().notice).toBe('');
  });

  it('say so, on screen, when the admin making console changes suspends their own account', async () => {
    const { store } = playground();
    await store.setStatus(ALEX, 'SUSPENDED');
    const state = store.getState();
    expect(users(state).find((u) => u.login === ALEX)?.status).toBe('SUSPENDED');
    expect(state.notice).toMatch(/^Alex Rivera is the admin making these console changes, so they just set their own/);
    expect(state.spoken).toMatch(/^Alex Rivera is now SUSPENDED\. Alex Rivera is the admin making/);
    // The next change is made by another active super admin, so it carries no note.
    await store.setStatus(ALEX, 'ACTIVE');
    expect(store.getState().notice).toBe('');
  });

  it('create a service app, issue it an access token and inspect it', async () => {
    const { store } = playground();
    expect(await store.createApp({ name: 'Reports', scopes: [], role: null })).toBe(false);
    expect(store.getState().spoken).toBe('Pick at least one scope.');
    expect(await store.createApp({ name: '', scopes: ['okta.users.read'], role: 'READ_ONLY_ADMIN' })).toBe(true);
    await store.issueAccessToken(0);
    const state = store.getState();
    expect(keychain(state).at(-1)).toMatchObject({ key: 'A1', label: 'Service app 1', kind: 'access' });
    expect(state.request.authorization).toMatch(/^Bearer eyJ/);
    const v = await store.verdicts(state.request.authorization.slice('Bearer '.length));
    expect([v.signature.ok, v.accepted.ok]).toEqual([true, true]);
    await store.send();
    expect(outcome(store.getState())).toBe('200');
  });
});

describe('the Credential select', () => {
  it('picks a saved credential, no header, or a custom value to type', async () => {
    const { store } = playground();
    await store.createToken(TOKEN_FORM);
    expect(store.chooseCredential('none')).toBe(false);
    expect(store.getState().request.authorization).toBe('');
    expect(credentialChoice(store.getState())).toBe('none');
    expect(store.chooseCredential('custom')).toBe(true);
    expect(credentialChoice(store.getState())).toBe('custom');
    expect(store.chooseCredential('key:T1')).toBe(false);
    expect(store.getState().request.authorization).toMatch(/^SSWS 00lab\./);
  });
});

describe('reset and share links', () => {
  it('reset reloads the scenario: no tokens, history or response, and says so', async () => {
    const { store } = playground();
    await store.createToken(TOKEN_FORM);
    await store.send();
    await store.reset();
    const state = store.getState();
    expect(tokens(state)).toEqual([]);
    expect(keychain(state)).toEqual([]);
    expect([state.history, state.response, state.met]).toEqual([[], null, false]);
    expect(state.notice).toBe('The scenario was reset.');
    expect(state.request.authorization).toBe('');
  });

  it('a send or console action still running when the scenario is reset does not show on the fresh org', async () => {
    const { store } = playground();
    await store.createToken(TOKEN_FORM);
    await store.createApp({ name: 'Reports', scopes: ['okta.users.read'], role: null });
    await Promise.all([store.reset(), store.send(), store.issueAccessToken(0)]);
    const state = store.getState();
    expect([state.response, state.history, tokens(state), keychain(state)]).toEqual([null, [], [], []]);
    expect(state.request.authorization).toBe('');
    expect(state.notice).toBe('The scenario was reset.');
  });

  it('a share link opens on a new page as the same org and request', async () => {
    const { store } = playground();
    await store.createToken(TOKEN_FORM);
    await store.send();
    await store.revokeToken(0);
    const shared = store.share();
    if (!shared.ok) throw new Error(shared.reason);

    const { store: other } = playground();
    await other.start({ fragment: `#s=${shared.fragment}` });
    const state = other.getState();
    expect(state.notice).toBe('Restored from a share link.');
    expect(state.request).toEqual(store.getState().request);
    expect(tokens(state)).toEqual(tokens(store.getState()));
    // The response on screen comes back too: the answer to the last request the link replays.
    expect(state.response).toEqual(store.getState().response);
    expect(outcome(state)).toBe('200');
    await other.send();
    expect(outcome(other.getState())).toBe('401 E0000011');
  });

  it('a damaged link loads the opening scenario with the reason', async () => {
    const { store } = playground();
    await store.start({ fragment: '#s=%%%' });
    expect(store.getState()).toMatchObject({
      ready: true,
      notice: 'The link is damaged: it is not valid base64url text.',
    });
  });
});

describe('opening ?scenario=', () => {
  const revoked = scenario('revoked-token');

  it('looks up a scenario the page does not carry', async () => {
    const { store } = playground({ lookup: (id) => Promise.resolve(id === revoked.id ? revoked : undefined) });
    await store.start({ scenario: 'revoked-token' });
    expect(store.getState().spec.id).toBe('revoked-token');
    await store.start({ scenario: 'nope' });
    expect(store.getState().notice).toBe('There is no scenario "nope"; "Playground" is loaded instead.');
  });

  it('says the list could not be loaded when the lookup fails', async () => {
    const { store } = playground({ lookup: () => Promise.reject(new Error('offline')) });
    await store.start({ scenario: 'revoked-token' });
    expect(store.getState()).toMatchObject({
      ready: true,
      notice: 'The list of scenarios could not be loaded (are you offline?), so "Playground" is loaded instead.',
    });
    expect(store.getState().spec.id).toBe('playground');
  });

  it('falls back to the opening scenario when the named one cannot be set up', async () => {
    const broken = { ...revoked, id: 'broken', setup: [{ revokeToken: { token: 'nope' } }] } as ScenarioSpec;
    const { store } = playground({ lookup: () => Promise.resolve(broken) });
    await store.start({ scenario: 'broken' });
    expect(store.getState().notice).toBe('The scenario "broken" could not be loaded; "Playground" is loaded instead.');
  });
});

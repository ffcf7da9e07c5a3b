import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { outcomeLabel } from '../../../../src/domain/outcome.ts';
import { decodeShare } from '../../../../src/domain/playground/share-decode.ts';
import { encodeShare } from '../../../../src/domain/playground/share-link.ts';
import { fromTuple, openShareLink, restoreSession } from '../../../../src/domain/playground/restore.ts';
import {
  applyAction,
  send,
  sharePayload,
  startSession,
  startSessionNow,
  toTuple,
} from '../../../../src/domain/playground/session.ts';
import { headerFor } from '../../../../src/domain/playground/keychain.ts';
import type { BuiltRequest } from '../../../../src/domain/playground/request.ts';
import type { ScenarioSpec } from '../../../../src/domain/scenarios/index.ts';

const scenario = (id: string) => parse(readFileSync(`src/content/scenarios/${id}.yaml`, 'utf8')) as ScenarioSpec;
const ALEX = 'alex.rivera@example.com';
const DAY = 86_400_000;

async function label(s: Awaited<ReturnType<typeof startSession>>['session'], r: BuiltRequest) {
  return outcomeLabel((await send(s, r)).response);
}

describe("a playground session (the issue's reader contract, run in Node)", () => {
  it('opens the default scenario with GET /api/v1/users and no token: 403 E0000005', async () => {
    const { session, request } = await startSession(scenario('playground'));
    expect(request).toMatchObject({ method: 'GET', path: '/api/v1/users', authorization: '' });
    expect(await label(session, request)).toBe('403 E0000005');
  });

  it('create, send (200), revoke, send (401 E0000011)', async () => {
    const { session, request } = await startSession(scenario('playground'));
    const r = await applyAction(session, ['token', 'CI', ALEX, null, null]);
    if (r.kind !== 'token') throw new Error('expected a token');
    expect(r.entry).toMatchObject({ key: 'T1', label: 'CI', kind: 'ssws' });
    const withToken = { ...request, authorization: headerFor(r.entry) };
    expect(withToken.authorization).toMatch(/^SSWS 00lab\./);
    expect(await label(session, withToken)).toBe('200');
    await applyAction(session, ['revoke', 0]);
    expect(await label(session, withToken)).toBe('401 E0000011');
  });

  it('an unused token is rejected after 31 days', async () => {
    const { session, request } = await startSession(scenario('playground'));
    const r = await applyAction(session, ['token', 'Idle', ALEX, null, null]);
    if (r.kind !== 'token') throw new Error('expected a token');
    await applyAction(session, ['clock', 31 * DAY]);
    expect(await label(session, { ...request, authorization: headerFor(r.entry) })).toBe('401 E0000011');
  });

  it('a write with a token whose creator was demoted to read-only: 403 E0000006', async () => {
    const { session, request } = await startSession(scenario('playground'));
    const r = await applyAction(session, ['token', 'Writer', ALEX, null, null]);
    if (r.kind !== 'token') throw new Error('expected a token');
    await applyAction(session, ['role', ALEX, 'READ_ONLY_ADMIN']);
    const write: BuiltRequest = {
      ...request,
      method: 'POST',
      path: '/api/v1/users',
      authorization: headerFor(r.entry),
      headerText: 'Content-Type: application/json',
      body: '{"profile":{"firstName":"Kim","lastName":"Lee","email":"kim@example.com","login":"kim@example.com"}}',
    };
    expect(await label(session, write)).toBe('403 E0000006');
  });

  it('a burst ends in 429 E0000047', async () => {
    const { session, request } = await startSession(scenario('playground'));
    const r = await applyAction(session, ['token', 'Burst', ALEX, null, null]);
    if (r.kind !== 'token') throw new Error('expected a token');
    const req = { ...request, path: '/api/v1/logs', authorization: headerFor(r.entry) };
    let last = '';
    for (let i = 0; i < 61 && last !== '429 E0000047'; i++) last = await label(session, req);
    expect(last).toBe('429 E0000047');
    // Identical sends fold into one recorded action.
    expect(session.actions.filter((a) => a[0] === 'send')).toHaveLength(1);
  });

  it('Bearer with the scope gets 200, without it 403 insufficient_scope', async () => {
    const { session, request } = await startSession(scenario('playground'));
    await applyAction(session, ['app', 'Reports', ['okta.users.read'], 'READ_ONLY_ADMIN']);
    const r = await applyAction(session, ['issue', 0, ['okta.users.read']]);
    if (r.kind !== 'access') throw new Error('expected an access token');
    expect(await label(session, { ...request, authorization: headerFor(r.entry) })).toBe('200');
    expect(await label(session, { ...request, path: '/api/v1/logs', authorization: headerFor(r.entry) })).toBe(
      '403 insufficient_scope',
    );
  });

  it('a console refusal throws and records nothing', async () => {
    const { session } = await startSession(scenario('playground'));
    await expect(applyAction(session, ['token', 'x', 'sofia.garcia@example.com', null, null])).rejects.toThrow(
      /no admin role/,
    );
    expect(session.actions).toEqual([]);
  });

  it('a request with a real-looking token is answered but never recorded', async () => {
    const { session, request } = await startSession(scenario('playground'));
    const { response, real } = await send(session, { ...request, authorization: `SSWS 00${'x'.repeat(40)}` });
    expect(real).toBe(true);
    expect(response.status).toBe(401);
    expect(session.actions).toEqual([]);
  });

  it('a share link holds references, not values, and restores the same org and request', async () => {
    const { session, request } = await startSession(scenario('playground'));
    const r = await applyAction(session, ['token', 'CI', ALEX, null, null]);
    if (r.kind !== 'token') throw new Error('expected a token');
    const built = { ...request, authorization: headerFor(r.entry) };
    await send(session, built);
    await applyAction(session, ['revoke', 0]);
    const shared = sharePayload(session, built);
    if (!shared.ok) throw new Error(shared.reason);
    const link = encodeShare(shared.payload);
    expect(JSON.stringify(shared.payload)).not.toContain(r.entry.value);
    expect(Buffer.from(link, 'base64url').toString()).not.toContain(r.entry.value);
    expect(shared.payload.request[2]).toBe('SSWS {T1}');

    const decoded = decodeShare(link);
    if (!decoded.ok) throw new Error(decoded.reason);
    const restored = await restoreSession(scenario('playground'), decoded.payload.actions);
    expect(restored.error).toBeUndefined();
    const again = fromTuple(decoded.payload.request, restored.session.keychain);
    expect(again).toEqual(built);
    expect(restored.session.sim.console.listApiTokens()).toEqual(session.sim.console.listApiTokens());
    expect(await label(restored.session, again)).toBe('401 E0000011');
  });

  it('a free-text credential in a share link is replaced by [removed]', () => {
    const built: BuiltRequest = {
      method: 'GET',
      path: '/api/v1/users',
      authorization: 'SSWS 00lab.abcdefghijklmnopqrstuvwxyz0123456789',
      headerText: '',
      body: '',
    };
    expect(toTuple(built, [])[2]).toBe('SSWS [removed]');
  });

  it('restoring a link whose step cannot run reports the step', async () => {
    const restored = await restoreSession(scenario('playground'), [['revoke', 3]]);
    expect(restored.error).toMatch(/Step 1 of the link \(revoke\)/);
  });

  it('opening a link restores its session and request, or says why it cannot', async () => {
    const playground = scenario('playground');
    const byId = (id: string) => Promise.resolve(id === playground.id ? playground : undefined);
    const { session, request } = await startSession(playground);
    await applyAction(session, ['clock', DAY]);
    const shared = sharePayload(session, request);
    if (!shared.ok) throw new Error(shared.reason);
    const opened = await openShareLink(`#s=${encodeShare(shared.payload)}`, byId, playground);
    if (!('session' in opened)) throw new Error(opened.notice);
    expect(opened).toMatchObject({ request, notice: 'Restored from a share link.' });
    expect(opened.session.sim.now()).toBe(session.sim.now());

    const unknown = encodeShare({ ...shared.payload, scenario: 'no-such-scenario' });
    expect(await openShareLink(`#s=${unknown}`, byId, playground)).toEqual({
      notice: `The link names an unknown scenario; "${playground.title}" is loaded instead.`,
    });
    expect(await openShareLink('#s=%%%', byId, playground)).toEqual({
      notice: 'The link is damaged: it is not valid base64url text.',
    });
  });

  it('loads every scenario file and prepares its request', async () => {
    const { readdirSync } = await import('node:fs');
    for (const f of readdirSync('src/content/scenarios').filter((x) => x.endsWith('.yaml'))) {
      const spec = parse(readFileSync(`src/content/scenarios/${f}`, 'utf8')) as ScenarioSpec;
      const { session, request } = await startSession(spec);
      expect(request.authorization, f).not.toMatch(/\{[a-z0-9-]+\}/);
      if (spec.goal && 'outcome' in spec.goal)
        expect(outcomeLabel((await send(session, request)).response), f).toBe(spec.goal.outcome);
    }
  });
});

describe('starting the opening scenario at once (server render and hydration)', () => {
  it('gives the same org, keychain and request as the awaited start, and only for scenarios without setup', async () => {
    const playground = scenario('playground');
    const now = startSessionNow(playground);
    const later = await startSession(playground);
    if (!now) throw new Error('the playground scenario has no setup steps, so it should start at once');
    expect(now.request).toEqual(later.request);
    expect(now.session.sim.snapshot()).toEqual(later.session.sim.snapshot());
    expect({ ...now.session, sim: null }).toEqual({ ...later.session, sim: null });
    expect(startSessionNow(scenario('revoked-token'))).toBeNull();
  });
});

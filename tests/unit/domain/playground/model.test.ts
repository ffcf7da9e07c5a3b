import { describe, expect, it } from 'vitest';
import type { SimResponse } from '../../../../src/domain/okta-sim/index.ts';
import { announce, decidedBy, firstFailure } from '../../../../src/domain/playground/announce.ts';
import { formatDate } from '../../../../src/domain/playground/dates.ts';
import { goalMet, resolveGoal, showsOutcome } from '../../../../src/domain/playground/goal.ts';
import { addToHistory, MAX_HISTORY } from '../../../../src/domain/playground/history.ts';
import {
  choiceForHeader,
  entryInHeader,
  fromScenarioKeychain,
  headerFor,
  kindOfValue,
  toTemplate,
  type KeychainEntry,
} from '../../../../src/domain/playground/keychain.ts';
import type { BuiltRequest } from '../../../../src/domain/playground/request.ts';
import { relativeTime } from '../../../../src/domain/playground/relative-time.ts';
import { fromTemplate } from '../../../../src/domain/playground/restore.ts';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (claims: object) => `${b64({ alg: 'RS256', kid: 'k' })}.${b64(claims)}.c2ln`;
const ci: KeychainEntry = { key: 'ci', label: 'ci', kind: 'ssws', value: '00lab.AAAA' };
const at: KeychainEntry = {
  key: 'A1',
  label: 'Reports',
  kind: 'access',
  value: jwt({ scp: ['okta.users.read'], cid: '0oa1' }),
};

describe('keychain', () => {
  it('sends API tokens as SSWS and JWTs as Bearer', () => {
    expect(headerFor(ci)).toBe('SSWS 00lab.AAAA');
    expect(headerFor(at)).toBe(`Bearer ${at.value}`);
  });

  it.each([
    ['', 'none'],
    ['SSWS 00lab.AAAA', 'key:ci'],
    ['  SSWS 00lab.AAAA ', 'key:ci'],
    ['Bearer 00lab.AAAA', 'custom'],
    ['SSWS typed-by-hand', 'custom'],
  ])('the Credential select shows %j as %s', (header, choice) => {
    expect(choiceForHeader(header, [ci, at])).toBe(choice);
  });

  it('finds a saved value sent under the wrong scheme', () => {
    expect(entryInHeader('Bearer 00lab.AAAA', [ci])).toBe(ci);
  });

  it('tells access tokens, ID tokens and API tokens apart', () => {
    expect(kindOfValue(at.value)).toBe('access');
    expect(kindOfValue(jwt({ sub: '00u1', aud: '0oa1', nonce: 'n' }))).toBe('id');
    expect(kindOfValue('00lab.x')).toBe('ssws');
    expect(fromScenarioKeychain({ ci: '00lab.x', at: at.value }).map((e) => e.kind)).toEqual(['ssws', 'access']);
  });

  it('templates values as {key} and back', () => {
    const text = `SSWS ${ci.value} and ${ci.value}`;
    expect(toTemplate(text, [ci])).toBe('SSWS {ci} and {ci}');
    expect(fromTemplate(toTemplate(text, [ci]), [ci])).toBe(text);
    expect(fromTemplate('{unknown} {}', [ci])).toBe('{unknown} {}');
  });
});

describe('history', () => {
  const req: BuiltRequest = { method: 'GET', path: '/api/v1/users', authorization: '', headerText: '', body: '' };

  it('lists newest first and folds identical repeats with the same outcome', () => {
    let h = addToHistory([], { request: req, outcome: '200', at: 1 });
    h = addToHistory(h, { request: req, outcome: '200', at: 2 });
    h = addToHistory(h, { request: req, outcome: '429 E0000047', at: 3 });
    expect(h.map((e) => [e.n, e.outcome, e.count])).toEqual([
      [3, '429 E0000047', 1],
      [2, '200', 2],
    ]);
  });

  it(`keeps at most ${MAX_HISTORY} entries`, () => {
    let h = addToHistory([], { request: req, outcome: '200', at: 0 });
    for (let i = 1; i < 100; i++) h = addToHistory(h, { request: { ...req, path: `/p${i}` }, outcome: '200', at: i });
    expect(h).toHaveLength(MAX_HISTORY);
    expect(h[0]?.request.path).toBe('/p99');
  });
});

describe('goals and announcements', () => {
  const res = (
    status: number,
    body: SimResponse['body'],
    headers: Record<string, string> = {},
    failed = 'token-not-revoked',
  ): SimResponse => ({
    status,
    statusText: status === 401 ? 'Unauthorized' : 'OK',
    headers,
    body,
    trace: [
      { check: 'route', outcome: 'pass', summary: '', basis: 'assumption', fact: 'check-order-route-first' },
      ...(status >= 400
        ? [
            {
              check: failed as 'token-not-revoked',
              outcome: 'fail' as const,
              summary: '',
              basis: 'observed' as const,
              fact: 'expired-or-revoked-token-401',
            },
          ]
        : []),
    ],
  });

  it('a lesson override wins over the scenario goal', () => {
    const scenario = { outcome: '401 E0000011', text: 'Reject it.' };
    expect(resolveGoal(scenario)).toEqual(scenario);
    expect(resolveGoal(scenario, { outcome: '403 E0000006' })).toEqual({
      outcome: '403 E0000006',
      text: 'Get 403 E0000006.',
    });
    expect(resolveGoal(scenario, { text: 'Other words' })).toEqual({ outcome: '401 E0000011', text: 'Other words' });
    expect(resolveGoal(undefined)).toBeNull();
  });

  it('a goal is met by the matching outcome label only', () => {
    const goal = { outcome: '401 E0000011', text: '' };
    expect(goalMet(goal, '401 E0000011')).toBe(true);
    expect(goalMet(goal, '401 E0000004')).toBe(false);
    expect(goalMet(goal, '401')).toBe(false);
    expect(goalMet(null, '200')).toBe(false);
  });

  it('a goal written with loose spaces is still met by its label', () => {
    const goal = resolveGoal(undefined, { outcome: '  403   insufficient_scope ' });
    expect(goal?.outcome).toBe('403 insufficient_scope');
    expect(goalMet(goal, '403 insufficient_scope')).toBe(true);
  });

  it('announces status, error code and the first failing check', () => {
    expect(announce(res(401, { errorCode: 'E0000011' }))).toBe(
      '401 Unauthorized. Error code E0000011. First failing check: Not revoked.',
    );
    expect(announce(res(200, []))).toBe('200 OK. Every check passed.');
    // A label the caller already holds is used as given, not worked out again.
    expect(announce(res(401, null), '401 invalid_token')).toBe(
      '401 Unauthorized. Error code invalid_token. First failing check: Not revoked.',
    );
    expect(
      announce(res(401, null, { 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="expired"' })),
    ).toBe('401 Unauthorized. Error code invalid_token. First failing check: Not revoked.');
    expect(firstFailure(res(200, null))).toBeNull();
  });

  it('says beside the status which check decided it, with the outcome label', () => {
    expect(decidedBy(res(401, { errorCode: 'E0000011' }))).toBe('Decided by: Not revoked (401 E0000011)');
    expect(decidedBy(res(200, []))).toBe('Every check passed (200)');
  });

  it('a goal line does not repeat an outcome its text already names', () => {
    expect(showsOutcome({ outcome: '200', text: "List users with the service account's token and get a 200." })).toBe(
      false,
    );
    expect(showsOutcome({ outcome: '403 E0000006', text: 'Get a 403.' })).toBe(true);
  });
});

describe('dates', () => {
  const now = Date.UTC(2026, 2, 2, 9, 0);
  it('formats in UTC and relative to the simulated clock', () => {
    expect(formatDate(now)).toBe('2 Mar 2026, 09:00 UTC');
    expect(formatDate(Number.NaN)).toBe('unknown date');
    expect(relativeTime(now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(relativeTime(now + 59 * 60_000, now)).toBe('in 59 minutes');
    expect(relativeTime(now + 61 * 60_000, now)).toBe('in 1 hour');
    expect(relativeTime(now, now)).toBe('now');
  });
});

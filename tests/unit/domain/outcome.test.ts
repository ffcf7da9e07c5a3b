/** Outcome labels: the canonical names quizzes and goals compare. */
import { describe, expect, it } from 'vitest';
import { matchesOutcome, outcomeLabel } from '../../../src/domain/outcome.ts';

describe('outcomeLabel', () => {
  it.each([
    [
      { status: 401, headers: {}, body: { errorCode: 'E0000011', errorSummary: 'Invalid token provided' } },
      '401 E0000011',
    ],
    [{ status: 403, headers: {}, body: { errorCode: 'E0000006' } }, '403 E0000006'],
    [
      {
        status: 403,
        headers: { 'WWW-Authenticate': 'Bearer realm="x", scope="okta.logs.read", error="insufficient_scope"' },
        body: null,
      },
      '403 insufficient_scope',
    ],
    [
      {
        status: 401,
        headers: { 'www-authenticate': 'Bearer error="invalid_token", error_description="x"' },
        body: null,
      },
      '401 invalid_token',
    ],
    [{ status: 200, headers: {}, body: [{ id: '00u1' }] }, '200'],
    [{ status: 204, headers: {}, body: null }, '204'],
    [{ status: 411, headers: {}, body: null }, '411'],
    [{ status: 200, headers: {}, body: { errorCode: 42 } }, '200'],
  ])('labels %j as %s', (response, label) => {
    expect(outcomeLabel(response)).toBe(label);
  });

  it('prefers the Bearer error over a body', () => {
    expect(
      outcomeLabel({
        status: 401,
        headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
        body: { errorCode: 'E0000011' },
      }),
    ).toBe('401 invalid_token');
  });
});

describe('matchesOutcome', () => {
  it('compares labels, ignoring stray spaces', () => {
    const res = { status: 401, headers: {}, body: { errorCode: 'E0000011' } };
    expect(matchesOutcome(res, ' 401  E0000011 ')).toBe(true);
    expect(matchesOutcome(res, '401')).toBe(false);
    expect(matchesOutcome(res, '401 E0000005')).toBe(false);
  });
});

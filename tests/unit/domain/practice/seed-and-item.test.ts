/** Seeds reproduce items; bad seeds are normalised or refused; the words follow the situation. */
import { describe, expect, it } from 'vitest';
import { describeContext, describeRequest } from '../../../../src/domain/practice/describe.ts';
import { generateItem } from '../../../../src/domain/practice/item.ts';
import { normaliseSeed, seedOf, templateOf } from '../../../../src/domain/practice/seed.ts';
import { simulate } from '../../../../src/domain/practice/simulate.ts';
import { BASE_SITUATION as B } from '../../../../src/domain/practice/situation.ts';
import { TEMPLATES } from '../../../../src/domain/practice/templates.ts';

describe('seeds', () => {
  it.each([
    ['rate-share-12', { seed: 'rate-share-12', note: null }],
    ['abc_DEF-9', { seed: 'abc_DEF-9', note: null }],
  ])('keeps the valid seed %s', (raw, want) => {
    expect(normaliseSeed(raw)).toEqual(want);
  });

  it.each([
    ['a b<c>', 'abc'],
    ['x'.repeat(100), 'x'.repeat(64)],
    ['%%rate-share-3', 'rate-share-3'],
  ])('shortens %s to the characters a seed may have', (raw, seed) => {
    const result = normaliseSeed(raw);
    expect(result?.seed).toBe(seed);
    expect(result?.note).toMatch(/shortened/);
  });

  it.each(['', '   ', '<>', '🙂'])('refuses %j, which leaves nothing usable', (raw) => {
    expect(normaliseSeed(raw)).toBeNull();
  });

  it('picks the template named by the prefix, and some template for any other seed', () => {
    expect(templateOf(seedOf('network-zone', 7)).id).toBe('network-zone');
    expect(TEMPLATES).toContain(templateOf('hello'));
    expect(templateOf('hello')).toBe(templateOf('hello'));
  });

  it('has at least 10 templates with distinct ids', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
  });
});

describe('generateItem', () => {
  it('gives the same item for the same seed, and another for another seed', async () => {
    const a = await generateItem('creator-status-5');
    expect(await generateItem('creator-status-5')).toEqual(a);
    const others = await Promise.all([1, 2, 3, 4].map((n) => generateItem(`creator-status-${n}`)));
    expect(others.some((o) => JSON.stringify(o) !== JSON.stringify(a))).toBe(true);
  });

  it('works for a seed without a template prefix', async () => {
    const item = await generateItem('hello');
    expect(item.template.id).toBe(templateOf('hello').id);
    expect(item.options.filter((o) => o.correct)).toHaveLength(1);
  });

  it('explains a refusal by the failing check and its fact', async () => {
    // Revoked and expired at once: the revocation check runs first and decides.
    const item = await generateItem('revoked-or-expired-3');
    const right = item.options.find((o) => o.correct)!;
    expect(right.key).toBe('401 E0000011|token-not-revoked');
    expect(item.explanation).toMatchObject({
      check: 'token-not-revoked',
      outcome: 'fail',
      fact: 'expired-or-revoked-token-401',
    });
    expect(item.explanation.lesson.href).toMatch(/^\/learn\//);
  });
});

describe('the words of an item', () => {
  it('describes the token, its creator and the request', () => {
    const s = { ...B, token: { ...B.token, revoked: true, network: 'office-only' as const } };
    const text = describeContext(s).join(' ');
    expect(text).toContain('super admin role');
    expect(text).toContain('revoked');
    expect(text).toContain('Office zone (203.0.113.0/24)');
    expect(describeRequest(s)).toEqual([
      'GET /api/v1/users',
      'Authorization: SSWS <the token>',
      'Sent from 192.0.2.10.',
    ]);
  });

  it('says when a POST has no body at all', () => {
    const s = { ...B, request: { ...B.request, method: 'POST' } };
    expect(describeRequest(s)).toContain('No body, and no Content-Length header.');
  });
});

describe('simulate', () => {
  it('refuses a history that could not have happened', async () => {
    // Used 40 days after creation: the token had expired by then.
    await expect(simulate({ ...B, token: { ...B.token, createdDaysAgo: 50, lastUsedDaysAgo: 10 } })).rejects.toThrow(
      /last use would have failed/,
    );
  });

  it('runs the earlier calls in the same window', async () => {
    const base = { ...B, token: { ...B.token, ratePercent: 5 }, request: { ...B.request, path: '/api/v1/logs' } };
    expect((await simulate({ ...base, burst: { count: 6, secondsAgo: 30 } })).label).toBe('429 E0000047');
    expect((await simulate({ ...base, burst: { count: 6, secondsAgo: 60 } })).label).toBe('200');
    expect((await simulate({ ...base, burst: { count: 5, secondsAgo: 30 } })).label).toBe('200');
  });
});

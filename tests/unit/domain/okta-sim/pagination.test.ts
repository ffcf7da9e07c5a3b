/**
 * Cursor pagination (facts pagination-link-header, pagination-end): `limit`, `after`, and `Link` headers with
 * `rel="self"` and, while more remain, `rel="next"`, on the request's own origin.
 */
import { describe, expect, it } from 'vitest';
import { linkHeader, paginate } from '../../../../src/domain/okta-sim/ops/paginate.ts';
import { newSim, send, tokenFor } from './helpers.ts';

/** Follows `rel="next"` links from `url` and collects every page's ids. */
async function walk(sim: ReturnType<typeof newSim>, url: string, auth: string) {
  const pages: string[][] = [];
  let next: string | undefined = url;
  while (next && pages.length < 50) {
    const res = await send(sim, 'GET', next, auth);
    expect(res.status).toBe(200);
    pages.push((res.body as { id?: string; uuid?: string }[]).map((x) => x.id ?? x.uuid ?? ''));
    next = /<([^>]+)>; rel="next"/.exec(res.headers['Link'] ?? '')?.[1];
  }
  return pages;
}

describe('paginate', () => {
  const rule = { fallback: 3, max: 5 };
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  it.each([
    [{}, ['a', 'b', 'c'], 'c', undefined],
    [{ limit: '2' }, ['a', 'b'], 'b', undefined],
    [{ limit: '2', after: 'b' }, ['c', 'd'], 'd', undefined],
    [{ limit: '5', after: 'c' }, ['d', 'e', 'f', 'g'], undefined, undefined],
    [{ limit: '9' }, ['a', 'b', 'c', 'd', 'e'], 'e', 'not a whole number from 1 to 5'],
    [{ limit: 'abc' }, ['a', 'b', 'c'], 'c', 'not a whole number from 1 to 5'],
    [{ limit: '0' }, ['a', 'b', 'c'], 'c', 'not a whole number from 1 to 5'],
    [{ limit: '1.5' }, ['a', 'b', 'c'], 'c', 'not a whole number from 1 to 5'],
    [{ after: 'zz' }, [], undefined, undefined],
  ])('%j serves %j, next %s', (query, page, next, note) => {
    const out = paginate(items, query as Record<string, string>, rule, (x) => x);
    expect(out.items).toEqual(page);
    expect(out.page.next).toBe(next);
    if (note) expect(out.page.note).toContain(note);
    else expect(out.page.note).toBeUndefined();
  });

  it('builds self and next links that keep the other parameters and replace after', () => {
    expect(linkHeader('http://127.0.0.1:8787', '/api/v1/users', { q: 'a b', limit: '2', after: 'x' }, 'y')).toBe(
      '<http://127.0.0.1:8787/api/v1/users?q=a%20b&limit=2&after=x>; rel="self", <http://127.0.0.1:8787/api/v1/users?q=a%20b&limit=2&after=y>; rel="next"',
    );
    expect(linkHeader('https://o.example', '/api/v1/groups', {})).toBe('<https://o.example/api/v1/groups>; rel="self"');
  });
});

describe('list endpoints page by Link header', () => {
  it('lists every active user once across pages of 2, and the last page has no next link', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const pages = await walk(sim, '/api/v1/users?limit=2', `SSWS ${value}`);
    const all = (await send(sim, 'GET', '/api/v1/users', `SSWS ${value}`)).body as { id: string }[];
    expect(all).toHaveLength(10);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 2, 2]);
    expect(pages.flat()).toEqual(all.map((u) => u.id));
  });

  it('puts links on the request origin when the URL is absolute, on the org URL otherwise', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const abs = await send(sim, 'GET', 'http://127.0.0.1:9999/api/v1/groups?limit=1', `SSWS ${value}`);
    expect(abs.headers['Link']).toMatch(
      /^<http:\/\/127\.0\.0\.1:9999\/api\/v1\/groups\?limit=1>; rel="self", <http:\/\/127\.0\.0\.1:9999\/api\/v1\/groups\?limit=1&after=00g\w+>; rel="next"$/,
    );
    const rel = await send(sim, 'GET', '/api/v1/groups', `SSWS ${value}`);
    expect(rel.headers['Link']).toBe('<https://tokenlab.okta.example/api/v1/groups>; rel="self"');
  });

  it('keeps serving the default page for an invalid limit and says so in the trace', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const res = await send(sim, 'GET', '/api/v1/users?limit=-4', `SSWS ${value}`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(10);
    const step = res.trace.find((s) => s.check === 'body-valid');
    expect(step).toMatchObject({ outcome: 'pass', basis: 'assumption' });
    expect(step?.detail).toContain('limit=-4');
  });

  it('pages API tokens and groups', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    await tokenFor(sim, 'org-admin');
    await tokenFor(sim, 'read-only-admin');
    expect((await walk(sim, '/api/v1/api-tokens?limit=2', `SSWS ${value}`)).map((p) => p.length)).toEqual([2, 1]);
    expect((await walk(sim, '/api/v1/groups?limit=3', `SSWS ${value}`)).map((p) => p.length)).toEqual([3, 1]);
  });

  it('gives System Log polling requests a next link even on an empty page, and bounded ones none at the end', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const auth = `SSWS ${value}`;
    const total = sim.systemLog().length;
    const first = await send(sim, 'GET', `/api/v1/logs?limit=${total}`, auth);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers['Link'] ?? '')?.[1] ?? '';
    const empty = await send(sim, 'GET', next, auth);
    expect(empty.body).toEqual([]);
    expect(empty.headers['Link']).toContain('rel="next"');
    const bounded = await send(sim, 'GET', `/api/v1/logs?since=2020-01-01T00:00:00Z&until=2030-01-01T00:00:00Z`, auth);
    expect(bounded.body).toHaveLength(total);
    expect(bounded.headers['Link']).not.toContain('rel="next"');
  });

  it('refuses a System Log date that is not ISO-8601 with the documented cause', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const res = await send(sim, 'GET', '/api/v1/logs?until=yesterday', `SSWS ${value}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      errorCode: 'E0000001',
      errorCauses: [
        { errorSummary: expect.stringContaining('until: The date format in your query is not recognized') as string },
      ],
    });
  });
});

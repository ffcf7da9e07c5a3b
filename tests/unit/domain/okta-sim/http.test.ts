/** Reading a simulated HTTP request: the URL's path and query, and headers by name. */
import { describe, expect, it } from 'vitest';
import { getHeader, parseUrl } from '../../../../src/domain/okta-sim/pipeline/http.ts';
import { newSim, send, tokenFor } from './helpers.ts';

describe('parseUrl', () => {
  it.each([
    ['a plain path', '/api/v1/users', '/api/v1/users'],
    ['a full URL, whose host is ignored', 'https://other.okta.example:8443/api/v1/users?x=1', '/api/v1/users'],
    ['a path without its leading slash', 'api/v1/users', '/api/v1/users'],
    ['one trailing slash', '/api/v1/users/', '/api/v1/users'],
    ['a fragment', '/api/v1/users#top', '/api/v1/users'],
    ['surrounding spaces', '  /api/v1/logs  ', '/api/v1/logs'],
    ['the root', '/', '/'],
    ['nothing', '', '/'],
  ])('reads the path of %s', (_, url, path) => {
    expect(parseUrl(url).path).toBe(path);
  });

  it('keeps the first value when a query key repeats', () => {
    expect(parseUrl('/api/v1/users?limit=2&limit=5').query['limit']).toBe('2');
  });

  it('decodes keys and values, + as a space, and keeps malformed escapes as written', () => {
    const { query } = parseUrl(
      '/api/v1/users?q=Mei+Chen&filter=status%20eq%20%22ACTIVE%22&bad=%E0%A4%A&flag&&%6C%69mit=3',
    );
    expect({ ...query }).toEqual({
      q: 'Mei Chen',
      filter: 'status eq "ACTIVE"',
      bad: '%E0%A4%A',
      flag: '',
      limit: '3',
    });
  });

  it('keeps a __proto__ key as plain data', () => {
    const { query } = parseUrl('/api/v1/users?__proto__=x&toString=y');
    expect(Object.entries(query)).toEqual([
      ['__proto__', 'x'],
      ['toString', 'y'],
    ]);
    expect(Object.getPrototypeOf(query)).toBeNull();
  });

  it('ignores the query when the fragment comes first', () => {
    expect({ ...parseUrl('/api/v1/users#a?limit=1').query }).toEqual({});
  });
});

describe('getHeader', () => {
  it('finds a header whatever the case of its name', () => {
    expect(getHeader({ AUTHORIZATION: 'SSWS x' }, 'authorization')).toBe('SSWS x');
    expect(getHeader({ 'Content-Length': '0' }, 'content-length')).toBe('0');
  });

  it('answers undefined for no headers, another header, or a value that is not a string', () => {
    expect(getHeader(undefined, 'authorization')).toBeUndefined();
    expect(getHeader({ 'X-Authorization': 'SSWS x' }, 'authorization')).toBeUndefined();
    expect(getHeader({ Authorization: 42 as unknown as string }, 'authorization')).toBeUndefined();
  });
});

describe('the pipeline reads the query as parsed', () => {
  it('uses the first of two limit parameters', async () => {
    const sim = newSim();
    const { value } = await tokenFor(sim, 'super-admin');
    const res = await send(sim, 'GET', '/api/v1/users?limit=1&limit=5', `SSWS ${value}`);
    expect(res.body).toHaveLength(1);
  });
});

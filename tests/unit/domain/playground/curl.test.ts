import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteWord, toCurl, type CurlInput } from '../../../../src/domain/playground/curl.ts';

/**
 * A small POSIX shell word splitter (quotes, `$VAR`/`${VAR}` expansion, backslash-newline), enough
 * to prove that the generated command means exactly the intended arguments.
 */
function shellWords(cmd: string, env: Record<string, string>): string[] {
  const words: string[] = [];
  let cur: string | null = null;
  let i = 0;
  const add = (s: string) => (cur = (cur ?? '') + s);
  const expand = (): string => {
    const m = /^\$(?:\{(\w+)\}|(\w+))/.exec(cmd.slice(i));
    if (!m) throw new Error(`bad $ at ${i}`);
    i += m[0].length;
    return env[(m[1] ?? m[2])!] ?? '';
  };
  while (i < cmd.length) {
    const c = cmd[i]!;
    if (c === '\\' && cmd[i + 1] === '\n') i += 2;
    else if (c === ' ' || c === '\n') {
      if (cur !== null) words.push(cur);
      cur = null;
      i++;
    } else if (c === "'") {
      const end = cmd.indexOf("'", i + 1);
      add(cmd.slice(i + 1, end));
      i = end + 1;
    } else if (c === '"') {
      i++;
      add('');
      while (cmd[i] !== '"') {
        if (cmd[i] === '$') add(expand());
        else if (cmd[i] === '\\' || cmd[i] === '`' || cmd[i] === '!') throw new Error('unsafe char in double quotes');
        else add(cmd[i++]!);
      }
      i++;
    } else if (c === '\\') {
      add(cmd[i + 1]!);
      i += 2;
    } else if (c === '$') add(expand());
    else add(cmd[i++]!);
  }
  if (cur !== null) words.push(cur);
  return words;
}

const VALUE = '00lab.AbCdEfGhIjKlMnOpQrStUvWxYz01234567';
const base: CurlInput = {
  method: 'GET',
  url: 'https://tokenlab.okta.example/api/v1/users',
  authorization: `SSWS ${VALUE}`,
  headers: [],
};

describe('toCurl', () => {
  it('replaces an SSWS value with $OKTA_API_TOKEN', () => {
    const cmd = toCurl(base);
    expect(cmd).toBe(`curl https://tokenlab.okta.example/api/v1/users \\\n  -H "Authorization: SSWS $OKTA_API_TOKEN"`);
    expect(cmd).not.toContain(VALUE);
  });

  it('replaces a Bearer value with $OKTA_ACCESS_TOKEN', () => {
    expect(toCurl({ ...base, authorization: 'Bearer eyJ.a.b' })).toContain(
      '"Authorization: Bearer $OKTA_ACCESS_TOKEN"',
    );
  });

  it('shows the value only when asked', () => {
    expect(toCurl(base, { reveal: true })).toContain(`'Authorization: SSWS ${VALUE}'`);
  });

  it('sends no Authorization header when the field is empty', () => {
    expect(toCurl({ ...base, authorization: '  ' })).not.toContain('Authorization');
  });

  it('replaces known values in the path and body too', () => {
    const cmd = toCurl(
      { ...base, method: 'POST', url: `https://x.example/api/v1/${VALUE}`, body: `{"t":"${VALUE}"}` },
      { secrets: [{ value: VALUE, variable: 'OKTA_API_TOKEN' }] },
    );
    expect(cmd).not.toContain(VALUE);
    expect(shellWords(cmd, { OKTA_API_TOKEN: 'T' })).toEqual([
      'curl',
      '-X',
      'POST',
      'https://x.example/api/v1/T',
      '-H',
      'Authorization: SSWS T',
      '--data-raw',
      '{"t":"T"}',
    ]);
  });

  it('quotes hostile text so the shell sees it literally', () => {
    const body = `'; rm -rf / #"$(id)\`!`;
    const cmd = toCurl({ ...base, method: 'POST', authorization: 'Ev!l"$x tok', body });
    expect(shellWords(cmd, { OKTA_API_TOKEN: 'T' })).toEqual([
      'curl',
      '-X',
      'POST',
      base.url,
      '-H',
      'Authorization: Ev!l"$x T',
      '--data-raw',
      body,
    ]);
  });

  it('quoteWord glues a variable followed by a word character with braces', () => {
    expect(quoteWord(['a', { variable: 'V' }, 'b'])).toBe('"a${V}b"');
  });

  it('for any request, never contains a secret and parses back to the intended words', () => {
    const secret = fc.stringMatching(/^00lab\.[A-Za-z0-9]{34}$/);
    const text = fc.string({ unit: 'grapheme-ascii', maxLength: 40 }).filter((s) => !s.includes('\n'));
    fc.assert(
      fc.property(
        secret,
        text,
        text,
        fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
        fc.constantFrom('SSWS', 'Bearer', 'Basic'),
        (value, path, hv, body, scheme) => {
          const secrets = [{ value, variable: 'OKTA_API_TOKEN' }];
          const req: CurlInput = {
            method: body === undefined ? 'GET' : 'POST',
            url: `https://tokenlab.okta.example/${path}${value}`,
            authorization: `${scheme} ${value}`,
            headers: [['X-Note', hv + value]],
            body: body === undefined ? undefined : body + value,
          };
          const cmd = toCurl(req, { secrets });
          expect(cmd).not.toContain(value);
          const words = shellWords(cmd, { OKTA_API_TOKEN: value, OKTA_ACCESS_TOKEN: value });
          const expected = [
            'curl',
            ...(req.method === 'GET' ? [] : ['-X', 'POST']),
            req.url,
            '-H',
            `Authorization: ${scheme} ${value}`,
            '-H',
            `X-Note: ${hv}${value}`,
          ];
          if (req.body !== undefined) expected.push('--data-raw', req.body);
          expect(words).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

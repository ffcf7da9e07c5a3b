import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeJson } from '../../../../src/domain/playground/json-tokens.ts';

const kinds = (text: string) => tokenizeJson(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenizeJson', () => {
  it.each([
    ['an object key and number', '{"a": 1}', ['plain:{', 'key:"a"', 'plain:: ', 'number:1', 'plain:}']],
    ['a string value is not a key', '["a", "b"]', ['plain:[', 'string:"a"', 'plain:, ', 'string:"b"', 'plain:]']],
    [
      'literals',
      '[true,false,null]',
      ['plain:[', 'literal:true', 'plain:,', 'literal:false', 'plain:,', 'literal:null', 'plain:]'],
    ],
    ['negative and exponent numbers', '-1.5e3', ['number:-1.5e3']],
    ['escaped quotes stay inside the string', '"a\\"b"', ['string:"a\\"b"']],
    ['an unterminated string', '"abc', ['string:"abc']],
  ])('%s', (_name, input, expected) => {
    expect(kinds(input)).toEqual(expected);
  });

  it('keeps markup as text: joining the tokens gives the input back', () => {
    const markup = '<img src=x onerror=alert(1)>';
    expect(
      tokenizeJson(markup)
        .map((t) => t.text)
        .join(''),
    ).toBe(markup);
  });

  it('a key followed by spaces before the colon is still a key', () => {
    expect(tokenizeJson('{"k"  : "v"}')[1]).toEqual({ kind: 'key', text: '"k"' });
  });

  it('never merges two non-plain tokens and never loses a character (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const tokens = tokenizeJson(text);
        expect(tokens.map((t) => t.text).join('')).toBe(text);
        for (const t of tokens) expect(t.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('tokenizes any JSON value so that every key and string of the source is highlighted', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const text = JSON.stringify(value, null, 2);
        const tokens = tokenizeJson(text);
        expect(tokens.map((t) => t.text).join('')).toBe(text);
        // No quote character is ever left in plain text when the input is valid JSON.
        for (const t of tokens) if (t.kind === 'plain') expect(t.text).not.toContain('"');
      }),
      { numRuns: 200 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, utf8Decode } from '../../../../src/domain/playground/base64url-decode.ts';
import { toBase64Url, utf8Encode } from '../../../../src/domain/playground/base64url.ts';

describe('base64url and UTF-8', () => {
  it('matches Node for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const bytes = utf8Encode(text);
        expect(Buffer.from(bytes).equals(Buffer.from(text, 'utf8'))).toBe(true);
        expect(toBase64Url(bytes)).toBe(Buffer.from(text, 'utf8').toString('base64url'));
        expect(utf8Decode(fromBase64Url(toBase64Url(bytes)) ?? [])).toBe(text);
      }),
    );
  });

  it('replaces lone surrogates like TextEncoder does', () => {
    expect(utf8Decode(utf8Encode('a\ud800b'))).toBe('a\ufffdb');
  });

  it.each([
    ['a character outside the alphabet', '+/=='],
    ['an impossible length', 'abcde'],
  ])('rejects %s', (_n, text) => {
    expect(fromBase64Url(text)).toBeNull();
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a truncated sequence', [0xe2, 0x82]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a byte that never starts a character', [0xff]],
  ])('rejects UTF-8 with %s', (_n, bytes) => {
    expect(utf8Decode(bytes)).toBeNull();
  });

  it('never throws on arbitrary base64url text or bytes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 100 }),
        fc.array(fc.integer({ min: 0, max: 255 })),
        (text, bytes) => {
          fromBase64Url(text);
          utf8Decode(bytes);
        },
      ),
    );
  });
});

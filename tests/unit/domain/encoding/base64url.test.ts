/** The domain's one base64url and UTF-8 implementation, checked against Node's own. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../../src/domain/encoding/base64url.ts';
import { utf8Decode, utf8Encode } from '../../../../src/domain/encoding/utf8.ts';

const bytesOf = (b: Uint8Array | null) => (b === null ? null : [...b]);

describe('base64url and UTF-8', () => {
  it('matches Node for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const bytes = utf8Encode(text);
        expect(Buffer.from(bytes).equals(Buffer.from(text, 'utf8'))).toBe(true);
        expect(toBase64Url(bytes)).toBe(Buffer.from(text, 'utf8').toString('base64url'));
        expect(utf8Decode(fromBase64Url(toBase64Url(bytes)) ?? new Uint8Array())).toBe(text);
      }),
    );
  });

  it('round-trips any bytes, and decodes exactly what Node decodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(bytesOf(fromBase64Url(text))).toEqual([...bytes]);
      }),
    );
  });

  it.each([
    ['', []],
    ['_w', [0xff]],
    ['-_8', [0xfb, 0xff]],
    ['aGk_', [104, 105, 63]],
    ['aGk=', [104, 105]],
    ['AAAA', [0, 0, 0]],
  ])('decodes %j', (text, bytes) => {
    expect(bytesOf(fromBase64Url(text))).toEqual(bytes);
  });

  it('uses the URL-safe alphabet and no padding when encoding', () => {
    expect(toBase64Url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
    expect(toBase64Url(Uint8Array.of(104))).toBe('aA');
  });

  it('replaces lone surrogates like TextEncoder does', () => {
    expect(utf8Decode(utf8Encode('a\ud800b'))).toBe('a\ufffdb');
  });

  it('keeps a leading byte-order mark', () => {
    expect(utf8Decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toBe('\ufeffA');
  });

  it.each([
    ['a character outside the alphabet', '+/=='],
    ['a space', 'aG k'],
    ['an impossible length', 'abcde'],
  ])('rejects %s', (_n, text) => {
    expect(fromBase64Url(text)).toBeNull();
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a truncated sequence', [0xe2, 0x82]],
    ['a continuation byte that is not one', [0xc3, 0x41]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a byte that never starts a character', [0xff]],
  ])('rejects UTF-8 with %s', (_n, bytes) => {
    expect(utf8Decode(Uint8Array.from(bytes))).toBeNull();
  });

  it('decodes again after rejecting malformed bytes', () => {
    expect(utf8Decode(Uint8Array.of(0xe2, 0x82))).toBeNull();
    expect(utf8Decode(Uint8Array.of(0xe2, 0x82, 0xac))).toBe('€');
  });

  it('never throws on arbitrary base64url text or bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), fc.uint8Array(), (text, bytes) => {
        fromBase64Url(text);
        utf8Decode(bytes);
      }),
    );
  });
});

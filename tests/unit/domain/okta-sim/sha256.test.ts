/** The pure-TypeScript SHA-256 agrees with WebCrypto. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../src/domain/okta-sim/ssws/sha256.ts';

async function webcrypto(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('hex');
}

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j to the FIPS 180-2 test vector', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  it('matches WebCrypto for any string, including multi-block and non-ASCII input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 80 }),
        ),
        async (text) => {
          expect(sha256Hex(text)).toBe(await webcrypto(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Decoding a JWT without verifying it, and the one rule that tells an access token from an ID token. */
import { describe, expect, it } from 'vitest';
import { accessClaims, decodeJwtParts, jwtKind } from '../../../../src/domain/jwt/decode.ts';

const part = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const HEADER = part({ alg: 'RS256', kid: 'k1' });
const PAYLOAD = part({ sub: 'x', scp: ['okta.users.read'] });
const SIGNATURE = Buffer.from([1, 2, 3, 254]).toString('base64url');

describe('decodeJwtParts', () => {
  it('decodes the header and payload, and gives the bytes of the signing input exactly as sent', () => {
    const decoded = decodeJwtParts(`${HEADER}.${PAYLOAD}.${SIGNATURE}`);
    expect(decoded).toEqual({
      ok: true,
      jwt: {
        header: { alg: 'RS256', kid: 'k1' },
        payload: { sub: 'x', scp: ['okta.users.read'] },
        signature: Uint8Array.of(1, 2, 3, 254),
        signingInput: new TextEncoder().encode(`${HEADER}.${PAYLOAD}`),
      },
    });
  });

  it('decodes UTF-8 claims', () => {
    const decoded = decodeJwtParts(`${HEADER}.${part({ name: 'Zoë Ōkubo' })}.${SIGNATURE}`);
    expect(decoded.ok && decoded.jwt.payload['name']).toBe('Zoë Ōkubo');
  });

  it.each([
    ['one part', 'eyJhbGciOiJSUzI1NiJ9'],
    ['two parts', `${HEADER}.${PAYLOAD}`],
    ['four parts', `${HEADER}.${PAYLOAD}.${SIGNATURE}.x`],
    ['an API token', '00lab.8tR2kQ9wLm4ZpX7cV1bN6yH3gF5dS0aJqE'],
  ])('reports %s as not-three-parts', (_, token) => {
    expect(decodeJwtParts(token)).toEqual({ ok: false, problem: 'not-three-parts' });
  });

  it.each([
    ['an empty header', `.${PAYLOAD}.${SIGNATURE}`],
    ['a header that is not base64url', `${HEADER}+.${PAYLOAD}.${SIGNATURE}`],
    ['a padded payload', `${HEADER}.${PAYLOAD}=.${SIGNATURE}`],
    ['a payload that is not JSON', `${HEADER}.${part('{nope')}.${SIGNATURE}`],
    ['a payload that is a JSON array', `${HEADER}.${part([1, 2])}.${SIGNATURE}`],
    ['a payload that is JSON null', `${HEADER}.${part(null)}.${SIGNATURE}`],
    ['a payload that is a JSON string', `${HEADER}.${part('"x"')}.${SIGNATURE}`],
    ['a payload that is not UTF-8', `${HEADER}.${Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')}.${SIGNATURE}`],
  ])('reports %s as not-base64url-json', (_, token) => {
    expect(decodeJwtParts(token)).toEqual({ ok: false, problem: 'not-base64url-json' });
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a+b'],
    ['of an impossible length', 'abcde'],
  ])('decodes the claims but gives no signature when the signature part is %s', (_, signature) => {
    const decoded = decodeJwtParts(`${HEADER}.${PAYLOAD}.${signature}`);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.jwt.signature).toBeNull();
  });
});

describe('the access-token rule', () => {
  it.each([
    ['cid and scp', { cid: '0oa1', scp: ['okta.users.read'] }, 'access'],
    ['cid and no scopes', { cid: '0oa1', scp: [] }, 'access'],
    ['scp without cid', { scp: ['okta.users.read'] }, 'id'],
    ['cid without scp', { cid: '0oa1' }, 'id'],
    ['a cid that is not a string', { cid: 7, scp: ['okta.users.read'] }, 'id'],
    ['scp as a string', { cid: '0oa1', scp: 'okta.users.read' }, 'id'],
    ['a scope that is not a string', { cid: '0oa1', scp: ['okta.users.read', 1] }, 'id'],
    ['ID-token claims', { sub: '00u1', aud: '0oa1', nonce: 'n', amr: ['pwd'] }, 'id'],
  ] as const)('a payload with %s is an %s token', (_, payload, kind) => {
    expect(jwtKind(payload)).toBe(kind);
  });

  it('hands back the client id and scopes of an access token', () => {
    expect(accessClaims({ cid: '0oa1', scp: ['a', 'b'], sub: '0oa1' })).toEqual({ cid: '0oa1', scp: ['a', 'b'] });
    expect(accessClaims({ sub: '00u1' })).toBeUndefined();
  });
});

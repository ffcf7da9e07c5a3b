/**
 * A compact JWS that carries a signature, decoded for verification with a client's own key:
 * client assertions and DPoP proofs. Decoding is jwt/decode.ts's; this adds only what those
 * checks need: a non-empty signature, and the signing input as bytes for WebCrypto.
 */
import { utf8Encode } from '../../encoding/utf8.ts';
import { decodeJwtParts } from '../../jwt/decode.ts';

export interface SignedJws {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signature: Uint8Array;
  signingInput: Uint8Array;
}

/** The JWS's parts, or `undefined` when it is not three base64url parts with a signature. */
export function decodeSignedJws(token: string): SignedJws | undefined {
  const decoded = decodeJwtParts(token);
  if (!decoded.ok || !decoded.jwt.signature || decoded.jwt.signature.length === 0) return undefined;
  const { header, payload, signature, signingInput } = decoded.jwt;
  return { header, payload, signature, signingInput: utf8Encode(signingInput) };
}

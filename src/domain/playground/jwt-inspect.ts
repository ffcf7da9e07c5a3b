/**
 * The JWT inspector's model: a Bearer token's header and claims in plain language, with human
 * dates, and two separate verdicts. "Signature" answers "did the org's key sign exactly this?";
 * "Accepted by Okta" adds everything else a valid signature does not prove (expiry, issuer,
 * audience, token type). Loaded only when a Bearer token is on screen.
 */
import { decodeJwtParts, jwtKind } from '../jwt/decode.ts';
import { checkLabel, createOktaSim, type OktaSim } from '../okta-sim/index.ts';
import { formatDate } from './dates.ts';
import { relativeTime } from './relative-time.ts';

export interface ClaimRow {
  name: string;
  /** The value as JSON text. */
  value: string;
  meaning: string;
  /** For time claims: the date in words. */
  when?: string;
}

/**
 * What the token is: an access token or an ID token by its claims (`jwtKind`), or, whatever its
 * claims, `not-okta` when it is not signed with RS256: Okta signs access tokens with RS256 only
 * (fact access-token-jwt-rs256), so an HS256 sample is no Okta access token at all.
 */
export type TokenKind = 'access' | 'id' | 'not-okta';

export type DecodedView =
  { ok: true; header: ClaimRow[]; claims: ClaimRow[]; kind: TokenKind; alg: string } | { ok: false; reason: string };

/** What each claim or header field means (facts access-token-claims, access-token-jwt-rs256, dpop-token-binding). */
const MEANING: Record<string, string> = {
  alg: 'Signing algorithm. Okta signs access tokens with RS256.',
  kid: "Key ID: which of the authorization server's public keys checks the signature.",
  typ: 'Media type of the token.',
  ver: 'Version of the token format.',
  jti: 'Unique ID of this token.',
  iss: "Issuer: the authorization server that minted the token. Tokens for Okta's own APIs come from the org authorization server.",
  aud: 'Audience: who the token is meant for. It must name the API receiving it.',
  sub: 'Subject: who the token speaks for. With client credentials there is no user, so it is the client ID.',
  iat: 'Issued at.',
  exp: "Expires at. Access tokens with Okta's scopes live one hour.",
  cid: 'Client ID of the app that asked for the token.',
  uid: 'ID of the signed-in user; absent when no user is involved (client credentials).',
  scp: 'Scopes: what the token may be used for. Each endpoint accepts certain scopes.',
  auth_time: 'When the user signed in.',
  nonce: 'Value the app sent when signing in, echoed back to stop replays. An ID-token claim.',
  amr: 'How the user authenticated (password, MFA, ...). An ID-token claim.',
  idp: 'Identity provider that authenticated the user.',
  name: "The user's name. An ID-token claim about the person, not about API access.",
  email: "The user's email address. An ID-token claim.",
  preferred_username: "The user's login. An ID-token claim.",
  at_hash: 'Hash of an access token issued alongside this ID token.',
};

/** Why a value is not a JWT, in the inspector's words. */
const REASONS = {
  'not-three-parts': 'A JWT has three parts separated by dots; this value does not.',
  'not-base64url-json': 'The header or payload is not base64url-encoded JSON, so this is not a JWT.',
} as const;

const TIME = new Set(['iat', 'exp', 'auth_time', 'nbf']);

function rows(obj: Record<string, unknown>, now: number): ClaimRow[] {
  return Object.entries(obj).map(([name, v]) => {
    const row: ClaimRow = {
      name,
      value: JSON.stringify(v) ?? String(v),
      meaning: MEANING[name] ?? 'A claim this lab does not explain.',
    };
    if (TIME.has(name) && typeof v === 'number' && Number.isFinite(v))
      row.when = `${formatDate(v * 1000)} (${relativeTime(v * 1000, now)})`;
    return row;
  });
}

/**
 * Decodes (does not verify) a JWT for display. `now` is the simulated clock, for relative dates.
 *
 * @example
 * decodeForInspector('eyJ...', sim.now()) // { ok: true, kind: 'access', alg: 'RS256', header: [...], claims: [...] }
 */
export function decodeForInspector(token: string, now: number): DecodedView {
  const decoded = decodeJwtParts(token.trim());
  if (!decoded.ok) return { ok: false, reason: REASONS[decoded.problem] };
  const { header, payload } = decoded.jwt;
  const alg = typeof header['alg'] === 'string' ? header['alg'] : 'no algorithm';
  return {
    ok: true,
    header: rows(header, now),
    claims: rows(payload, now),
    kind: alg === 'RS256' ? jwtKind(payload) : 'not-okta',
    alg,
  };
}

export interface Verdicts {
  signature: { ok: boolean; text: string };
  accepted: { ok: boolean; text: string };
}

/**
 * Checks the token against a throwaway copy of the org (so the real org's rate-limit counters
 * and request ids do not move) and splits the simulator's trace into the two verdicts.
 */
export async function verdicts(sim: OktaSim, token: string): Promise<Verdicts> {
  const probe = createOktaSim({ state: sim.snapshot() });
  const res = await probe.handle({
    method: 'GET',
    url: '/api/v1/users/me',
    headers: { Authorization: `Bearer ${token.trim()}` },
  });
  const step = (c: string) => res.trace.find((s) => s.check === c);
  const sigFail = ['jwt-format', 'jwt-kid', 'jwt-signature'].map(step).find((s) => s?.outcome === 'fail');
  const tokenFail = res.trace.find((s) => s.check.startsWith('jwt-') && s.outcome === 'fail');
  return {
    signature: sigFail
      ? { ok: false, text: sigFail.summary }
      : { ok: true, text: "Valid: the org's signing key signed exactly this header and payload." },
    accepted: tokenFail
      ? { ok: false, text: `Rejected at "${checkLabel(tokenFail.check)}": ${tokenFail.summary}` }
      : {
          ok: true,
          text: "Okta accepts this token as an access token for this org. Whether a call succeeds still depends on its scopes and the app's role.",
        },
  };
}

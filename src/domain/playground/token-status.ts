/**
 * The colour the Admin Console's Tokens page gives an API token (fact sheet section 2, "Console
 * status colours", from Okta's 2022-23 help text):
 * - green: used in the last 3 days;
 * - gray: not used in 3 days and at least 7 days before expiry;
 * - red: within 7 days of expiring.
 * Yellow ("suspicious", for agent tokens) is not modelled: the lab has no agent tokens.
 *
 * The help text does not say how a never-used token is shown: it has not been "used in the last
 * 3 days", so it is gray or red by its expiry like any other unused token.
 */

const DAY_MS = 86_400_000;

/** `expired` and `revoked` are lab labels: the real Tokens page simply stops listing them. */
export type TokenColour = 'green' | 'gray' | 'red' | 'expired' | 'revoked';

export interface TokenTimes {
  /** Epoch ms of the last successful use, or `null` if never used. */
  lastUsed: number | null;
  /** Epoch ms when the 30-day window closes. */
  expiresAt: number;
  /** Epoch ms of revocation, or `null`. */
  revoked?: number | null;
}

/**
 * The status colour of a token at time `now` (epoch ms).
 *
 * @example
 * tokenColour({ lastUsed: now - 86_400_000, expiresAt: now + 29 * 86_400_000 }, now) // 'green'
 */
export function tokenColour(t: TokenTimes, now: number): TokenColour {
  if (t.revoked != null) return 'revoked';
  if (now >= t.expiresAt) return 'expired';
  if (t.lastUsed !== null && now - t.lastUsed < 3 * DAY_MS) return 'green';
  return t.expiresAt - now < 7 * DAY_MS ? 'red' : 'gray';
}

/** Words for each colour, so the status never relies on colour alone. */
export const TOKEN_COLOUR_TEXT: Record<TokenColour, string> = {
  green: 'Used in the last 3 days',
  gray: 'Not used for 3 days or more',
  red: 'Expires within 7 days',
  expired: 'Expired (30 days unused)',
  revoked: 'Revoked',
};

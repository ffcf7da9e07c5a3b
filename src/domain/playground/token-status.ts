/**
 * The colour the Admin Console's Tokens page gives an API token (fact console-status-colours,
 * from Okta's 2022-23 help text):
 * - green: used in the last 3 days;
 * - gray: not used in 3 days and at least 7 days before expiry;
 * - red: within 7 days of expiring.
 * Yellow ("suspicious", for agent tokens) is not modelled: the lab has no agent tokens.
 *
 * The help text does not say how a never-used token is shown. By the rules it is gray (or red by
 * its expiry), but "Not used for 3 days or more" would be false for a token made a minute ago,
 * so the lab names that case `unused` ("Never used") and draws it gray; red still wins.
 */

const DAY_MS = 86_400_000;

/** `expired` and `revoked` are lab labels: the real Tokens page simply stops listing them. */
export type TokenColour = 'green' | 'gray' | 'unused' | 'red' | 'expired' | 'revoked';

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
  if (t.expiresAt - now < 7 * DAY_MS) return 'red';
  return t.lastUsed === null ? 'unused' : 'gray';
}

/** Words for each colour, so the status never relies on colour alone. */
export const TOKEN_COLOUR_TEXT: Record<TokenColour, string> = {
  green: 'Used in the last 3 days',
  gray: 'Not used for 3 days or more',
  unused: 'Never used',
  red: 'Expires within 7 days',
  expired: 'Expired (30 days unused)',
  revoked: 'Revoked',
};

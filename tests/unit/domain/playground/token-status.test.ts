import { describe, expect, it } from 'vitest';
import { TOKEN_COLOUR_TEXT, tokenColour } from '../../../../src/domain/playground/token-status.ts';

const DAY = 86_400_000;
const now = Date.UTC(2026, 2, 2, 9);

describe("tokenColour follows the Tokens page's colours (fact console-status-colours)", () => {
  it.each([
    ['used an hour ago: green', { lastUsed: now - 3_600_000, expiresAt: now + 30 * DAY - 3_600_000 }, 'green'],
    ['used 2.9 days ago: green', { lastUsed: now - 2.9 * DAY, expiresAt: now + 27.1 * DAY }, 'green'],
    ['used exactly 3 days ago: gray', { lastUsed: now - 3 * DAY, expiresAt: now + 27 * DAY }, 'gray'],
    ['never used, created seconds ago: unused', { lastUsed: null, expiresAt: now + 30 * DAY - 5_000 }, 'unused'],
    ['never used, created 10 days ago: unused', { lastUsed: null, expiresAt: now + 20 * DAY }, 'unused'],
    ['exactly 7 days before expiry: gray', { lastUsed: now - 23 * DAY, expiresAt: now + 7 * DAY }, 'gray'],
    ['6.9 days before expiry: red', { lastUsed: null, expiresAt: now + 6.9 * DAY }, 'red'],
    ['expiry reached: expired', { lastUsed: null, expiresAt: now }, 'expired'],
    ['revoked wins over everything', { lastUsed: now, expiresAt: now + 30 * DAY, revoked: now }, 'revoked'],
  ] as const)('%s', (_name, times, colour) => {
    expect(tokenColour(times, now)).toBe(colour);
  });
});

describe('the words beside the colour', () => {
  it('never call a token made seconds ago "Not used for 3 days or more"', () => {
    const made = tokenColour({ lastUsed: null, expiresAt: now + 30 * DAY }, now);
    expect(TOKEN_COLOUR_TEXT[made]).toBe('Never used');
    expect(TOKEN_COLOUR_TEXT[tokenColour({ lastUsed: now - 4 * DAY, expiresAt: now + 26 * DAY }, now)]).toBe(
      'Not used for 3 days or more',
    );
  });
});

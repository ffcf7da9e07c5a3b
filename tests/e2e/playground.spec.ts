import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test, trackScriptBytes, waitForHydration } from './fixtures.ts';

/**
 * The playground's reader contract (issue 4, "Tests"): every flow by mouse and by keyboard
 * alone, safety (no network, hostile text shown as text, real-token warning), share links,
 * copy as curl, goals, axe in both themes, and the JavaScript budget measured from the build.
 */

type Mode = 'mouse' | 'keyboard';
const EVIL = '<img src=x onerror=alert(1)>';
const REAL_LOOKING = `00${'Ab3-x'.repeat(8)}`; // 42 characters: the scanners' Okta token shape.

/** Activates a button or link: a click, or focus plus Enter. */
async function press(page: Page, mode: Mode, target: Locator): Promise<void> {
  if (mode === 'mouse') return target.click();
  await target.focus();
  await page.keyboard.press('Enter');
}

/** Replaces a field's text by clicking into it, or by focusing it and typing. */
async function typeInto(page: Page, mode: Mode, field: Locator, text: string): Promise<void> {
  if (mode === 'mouse') {
    await field.click();
    await field.fill(text);
    return;
  }
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Picks a select option by its label: with the mouse API, or by keyboard type-ahead. */
async function choose(page: Page, mode: Mode, select: Locator, label: string): Promise<void> {
  if (mode === 'mouse') {
    await select.selectOption({ label });
    return;
  }
  await select.focus();
  await page.keyboard.type(label);
  await expect(select.locator('option:checked')).toHaveText(label);
}

/**
 * Waits for one `client:visible` island: a lesson has several, and those below the fold never
 * hydrate, so the page-wide `waitForHydration` would wait forever.
 */
async function hydrateEmbed(embed: Locator): Promise<void> {
  await embed.scrollIntoViewIfNeeded();
  await expect(embed.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(embed.locator('.pg[data-ready]')).toBeVisible();
}

async function open(page: Page, path = '/playground/'): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
  await expect(page.locator('.pg[data-ready]')).toBeVisible();
}

const status = (page: Page) => page.getByLabel('Response status');
const live = (page: Page) => page.locator('.pg [aria-live="polite"]');
const send = (page: Page, mode: Mode) => press(page, mode, page.getByRole('button', { name: 'Send request' }));

async function createToken(page: Page, mode: Mode, name: string): Promise<void> {
  await typeInto(page, mode, page.getByLabel('Token name'), name);
  await press(page, mode, page.getByRole('button', { name: 'Create token' }));
  await expect(page.getByRole('group', { name: `Token value for ${name}` })).toBeVisible();
}

for (const mode of ['mouse', 'keyboard'] as const) {
  test.describe(`by ${mode}`, () => {
    test('no header gives 403 E0000005; a new token gives 200; revoked, 401 E0000011', async ({ page }) => {
      await open(page);
      await expect(page.getByLabel('Method')).toHaveValue('GET');
      await expect(page.getByLabel('Path', { exact: true })).toHaveValue('/api/v1/users');
      await expect(page.getByLabel('Authorization header')).toHaveValue('');
      await send(page, mode);
      await expect(status(page)).toHaveText('403 Forbidden');
      await expect(live(page)).toContainText(
        '403 Forbidden. Error code E0000005. First failing check: Authorization header.',
      );
      const trace = page.getByRole('list', { name: 'Verification trace' });
      await expect(trace.getByRole('listitem').filter({ hasText: 'Fail' })).toContainText('Authorization header');

      await createToken(page, mode, 'CI pipeline');
      const value = await page.locator('.pg-value').innerText();
      await expect(page.getByLabel('Authorization header')).toHaveValue(`SSWS ${value}`);
      await expect(page.getByLabel('Credential').locator('option:checked')).toHaveText('API token: CI pipeline');
      await send(page, mode);
      await expect(status(page)).toHaveText('200 OK');
      await expect(live(page)).toContainText('200 OK. Every check passed.');

      await press(page, mode, page.getByRole('button', { name: 'Revoke CI pipeline' }));
      await expect(page.getByRole('row', { name: /CI pipeline/ })).toContainText('Revoked');
      await send(page, mode);
      await expect(status(page)).toHaveText('401 Unauthorized');
      await expect(live(page)).toContainText('Error code E0000011. First failing check: Not revoked.');
      await expect(
        page.getByRole('list', { name: 'System Log, newest first' }).getByRole('listitem').first(),
      ).toContainText('system.api_token.revoke');
    });

    test('an unused token is rejected after the clock moves 31 days', async ({ page }) => {
      await open(page);
      await createToken(page, mode, 'Idle job');
      await typeInto(page, mode, page.getByLabel('Days to advance'), '31');
      await press(page, mode, page.getByRole('button', { name: 'Advance clock' }));
      await expect(page.getByText('Simulated time: 2 Apr 2026, 09:00 UTC')).toBeVisible();
      await expect(page.getByRole('row', { name: /Idle job/ })).toContainText('Expired');
      await send(page, mode);
      await expect(status(page)).toHaveText('401 Unauthorized');
      await expect(live(page)).toContainText('E0000011');
    });

    test("a write fails with 403 E0000006 once the token's creator is read-only", async ({ page }) => {
      await open(page);
      await createToken(page, mode, 'User sync');
      await choose(page, mode, page.getByLabel('Role of Alex Rivera'), 'READ_ONLY_ADMIN');
      await choose(page, mode, page.getByLabel('Method'), 'POST');
      await typeInto(
        page,
        mode,
        page.getByLabel('Body', { exact: true }),
        '{"profile":{"firstName":"Kim","lastName":"Lee","email":"kim@example.com","login":"kim@example.com"}}',
      );
      await send(page, mode);
      await expect(status(page)).toHaveText('403 Forbidden');
      await expect(live(page)).toContainText("Error code E0000006. First failing check: Creator's role.");
    });

    test('a burst ends in 429 E0000047', async ({ page }) => {
      await open(page);
      await typeInto(page, mode, page.getByLabel('Rate-limit share (%)'), '5');
      await createToken(page, mode, 'Log shipper');
      await typeInto(page, mode, page.getByLabel('Path', { exact: true }), '/api/v1/logs');
      // 5% of the 120-a-minute logs bucket is 6 calls.
      for (let i = 0; i < 6; i++) {
        await send(page, mode);
        await expect(status(page)).toHaveText('200 OK');
      }
      await send(page, mode);
      await expect(status(page)).toHaveText('429 Too Many Requests');
      await expect(live(page)).toContainText('E0000047');
      await expect(page.locator('.pg-headers')).toContainText('X-Rate-Limit-Remaining');
    });

    test('a Bearer token with the scope gets 200, without it 403 insufficient_scope', async ({ page }) => {
      await open(page);
      await press(page, mode, page.getByText('Service apps (OAuth 2.0)'));
      await typeInto(page, mode, page.getByLabel('App name'), 'Reports');
      await press(page, mode, page.getByRole('button', { name: 'Create service app' }));
      await press(page, mode, page.getByRole('button', { name: 'Issue access token for Reports' }));
      await expect(page.getByLabel('Authorization header')).toHaveValue(/^Bearer eyJ/);
      await expect(page.getByRole('region', { name: 'JWT inspector' })).toContainText('okta.users.read');
      await send(page, mode);
      await expect(status(page)).toHaveText('200 OK');
      await typeInto(page, mode, page.getByLabel('Path', { exact: true }), '/api/v1/logs');
      await send(page, mode);
      await expect(status(page)).toHaveText('403 Forbidden');
      await expect(live(page)).toContainText('Error code insufficient_scope. First failing check: Scope.');
    });
  });
}

test('Tab reaches every request control in order and Enter sends', async ({ page }) => {
  await open(page);
  await page.getByLabel('Method').focus();
  const order = ['Path', 'Credential', 'Authorization header'];
  for (const name of order) {
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(name, { exact: true })).toBeFocused();
  }
  await page.keyboard.press('Tab'); // the "Other headers" disclosure
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Send request' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('403 Forbidden');
});

test('the Credential select switches between no header, saved tokens and a custom value', async ({ page }) => {
  await open(page);
  await createToken(page, 'mouse', 'First');
  await createToken(page, 'mouse', 'Second');
  const credential = page.getByLabel('Credential');
  const header = page.getByLabel('Authorization header');
  await credential.selectOption({ label: 'API token: First' });
  await expect(header).toHaveValue(/^SSWS 00lab\./);
  await credential.selectOption({ label: 'No Authorization header' });
  await expect(header).toHaveValue('');
  await credential.selectOption({ label: 'Custom value' });
  await expect(header).toBeFocused();
  await header.fill('Bearer not-a-jwt');
  await expect(credential).toHaveValue('custom');
});

test('history lists each request and sends it again', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await createToken(page, 'mouse', 'CI');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toHaveText('200 OK');
  const history = page.getByRole('list', { name: 'Requests sent, newest first' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('SSWS + API token: CI');
  await history.getByRole('button', { name: 'Send again: request 1' }).click();
  await expect(status(page)).toHaveText('403 Forbidden');
  await expect(page.getByLabel('Authorization header')).toHaveValue('');
});

test('Reset returns to the scenario as it was loaded', async ({ page }) => {
  await open(page);
  await createToken(page, 'mouse', 'CI');
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.getByRole('button', { name: '+7 days' }).click();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByText('The scenario was reset.')).toBeVisible();
  await expect(page.getByText('No API tokens yet.', { exact: true })).toBeVisible();
  await expect(page.getByText('Simulated time: 2 Mar 2026, 09:00 UTC')).toBeVisible();
  await expect(status(page)).toHaveText('Nothing sent yet');
  await expect(page.getByLabel('Authorization header')).toHaveValue('');
  await expect(page.getByText('Requests you send appear here.')).toBeVisible();
});

test('copy as curl replaces the token with $OKTA_API_TOKEN unless asked', async ({ page }) => {
  await open(page);
  await createToken(page, 'mouse', 'CI');
  const value = await page.locator('.pg-value').innerText();
  await page.getByRole('button', { name: 'Copy as curl' }).click();
  const curl = page.getByLabel('curl command');
  await expect(curl).toHaveValue(/Authorization: SSWS \$OKTA_API_TOKEN/);
  expect(await curl.inputValue()).not.toContain(value);
  await page.getByLabel('Show token values in curl').check();
  await expect(curl).toHaveValue(new RegExp(value.replace('.', '\\.')));
});

test('a share link restores the org and the request without holding a token value', async ({ page, context }) => {
  await open(page);
  await createToken(page, 'mouse', 'CI pipeline');
  const value = await page.locator('.pg-value').innerText();
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.getByRole('button', { name: '+7 days' }).click();
  await page.getByRole('button', { name: 'Revoke CI pipeline' }).click();
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/\/playground\/#s=[A-Za-z0-9_-]+$/);
  expect(link).not.toContain(value);
  expect(Buffer.from(link.split('#s=')[1]!, 'base64url').toString()).not.toContain(value);

  const other = await context.newPage();
  await open(other, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.getByText('Restored from a share link.')).toBeVisible();
  await expect(other.getByText('Simulated time: 9 Mar 2026, 09:00 UTC')).toBeVisible();
  await expect(other.getByRole('row', { name: /CI pipeline/ })).toContainText('Revoked');
  await expect(other.getByLabel('Authorization header')).toHaveValue(`SSWS ${value}`);
  await other.getByRole('button', { name: 'Send request' }).click();
  await expect(other.getByLabel('Response status')).toHaveText('401 Unauthorized');
});

test('a damaged share link is refused with a reason and the default scenario loads', async ({ page }) => {
  await open(
    page,
    `/playground/#s=${Buffer.from(JSON.stringify([1, 'playground', [['drop']], ['GET', '/', '', '', '']])).toString('base64url')}`,
  );
  await expect(page.locator('.pg-notice')).toContainText('not a valid share link');
  await expect(page.getByRole('heading', { name: 'Scenario: Playground' })).toBeVisible();
});

test('?scenario= loads that scenario, and meeting its goal ticks it and records progress', async ({ page }) => {
  await open(page, '/playground/?scenario=revoked-token');
  await expect(page.getByRole('heading', { name: /^Scenario: / })).not.toHaveText('Scenario: Playground');
  const goal = page.locator('.pg-goal');
  await expect(goal).toContainText('401 E0000011');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(goal).toContainText('Goal met');
  await expect(live(page)).toContainText('Goal met.');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const saved = JSON.parse(localStorage.getItem('tokenlab:progress:v2') ?? '{}') as {
          goals?: Record<string, number>;
        };
        return saved.goals?.['revoked-token'] ?? 0;
      }),
    )
    .toBeGreaterThan(0);
});

test('the page does not change size when it hydrates: the server already renders the opening org', async ({
  page,
  browser,
}) => {
  // Before hydration, as a slow connection shows it: the server's HTML with scripts off.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const before = await plain.newPage();
  await before.goto('/playground/');
  const grid = (p: Page) => p.locator('.pg-grid').boundingBox();
  const height = (await grid(before))?.height ?? 0;
  await expect(before.getByText('alex.rivera@example.com')).toBeVisible();
  await plain.close();
  await open(page);
  expect(Math.abs(((await grid(page))?.height ?? 0) - height)).toBeLessThan(2);
});

test('an unknown ?scenario= says so and opens the default scenario', async ({ page }) => {
  await open(page, '/playground/?scenario=no-such-scenario');
  await expect(page.locator('.pg-notice')).toContainText('There is no scenario "no-such-scenario"');
  await expect(page.getByRole('heading', { name: 'Scenario: Playground' })).toBeVisible();
});

test.describe('offline', () => {
  // The browser logs the failed fetch; that one message is expected here.
  test.use({ allowedConsole: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] });
  test('when the scenario list cannot be fetched, the reader is told and the default scenario still works', async ({
    page,
  }) => {
    // The page carries only its opening scenario; others come from /playground/scenarios.json.
    await page.route('**/playground/scenarios.json', (route) => route.abort('internetdisconnected'));
    await open(page, '/playground/?scenario=revoked-token');
    await expect(page.locator('.pg-notice')).toContainText('The list of scenarios could not be loaded');
    await expect(page.getByRole('heading', { name: 'Scenario: Playground' })).toBeVisible();
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByLabel('Response status')).toHaveText('403 Forbidden');
  });
});

test('a lesson embed hydrates when scrolled to, keeps its space, meets its goal and links to the full page', async ({
  page,
}) => {
  await page.goto('/learn/a-tokens-life/revoking-a-token/');
  const embed = page
    .locator('.playground-embed')
    .filter({ has: page.locator('astro-island') })
    .first();
  const before = await embed.boundingBox();
  await hydrateEmbed(embed);
  const after = await embed.boundingBox();
  expect(Math.abs((after?.height ?? 0) - (before?.height ?? 0))).toBeLessThan(2);
  await embed.getByRole('button', { name: 'Send request' }).click();
  await expect(embed.locator('.pg-goal')).toContainText('Goal met');
  await expect(embed.getByRole('link', { name: 'Open in the full playground' })).toHaveAttribute(
    'href',
    /\/playground\/\?scenario=/,
  );
});

test('hostile text is shown as text everywhere, never run as HTML', async ({ page }) => {
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await open(page);
  await createToken(page, 'mouse', EVIL);
  await page.getByLabel('Method').selectOption('POST');
  await page.getByLabel('Path', { exact: true }).fill(`/api/v1/users/${EVIL}`);
  await page.locator('summary', { hasText: 'Other headers' }).click();
  await page.getByLabel('Other headers').fill(`X-Note: ${EVIL}`);
  await page.getByLabel('Body', { exact: true }).fill(`{"profile": "${EVIL}"}`);
  await page.getByLabel('Authorization header').fill(`SSWS ${EVIL}`);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).not.toHaveText('Nothing sent yet');
  await page.getByRole('button', { name: 'Copy as curl' }).click();
  await expect(page.getByRole('row', { name: new RegExp('img src=x') })).toBeVisible();
  expect(await page.locator('.pg img, main img[src="x"]').count()).toBe(0);
  await expect(page.locator('.pg-history')).toContainText(EVIL);
});

test('a real-looking token is warned about and kept out of history, share links and storage', async ({ page }) => {
  await open(page);
  await page.getByLabel('Authorization header').fill(`SSWS ${REAL_LOOKING}`);
  await expect(page.getByRole('alert')).toContainText('This looks like a real Okta API token');
  await expect(page.getByRole('alert')).toContainText('revoke it');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toHaveText('401 Unauthorized');
  await expect(page.locator('.pg-notice')).toContainText('kept out of history and share links');
  await expect(page.getByText('Requests you send appear here.')).toBeVisible();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByLabel('Share link')).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy as curl' }).click();
  await expect(page.getByLabel('curl command')).toHaveCount(0);
  const stored = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href,
  );
  expect(stored).not.toContain(REAL_LOOKING);
});

test('no network request leaves the site: only same-origin static files are fetched', async ({ page, baseURL }) => {
  const bad: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    // `other` is how Chromium labels the favicon; it must still be a file of the site.
    const staticFile =
      ['document', 'script', 'stylesheet', 'image', 'font'].includes(r.resourceType()) ||
      (r.resourceType() === 'other' && /\.(svg|png|ico|css|js)$/.test(url.pathname));
    if (url.origin !== new URL(baseURL!).origin || r.method() !== 'GET' || !staticFile)
      bad.push(`${r.method()} ${r.resourceType()} ${r.url()}`);
  });
  await open(page);
  await createToken(page, 'mouse', 'CI');
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.getByRole('button', { name: '+31 days' }).click();
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.getByText('Service apps (OAuth 2.0)').click();
  await page.getByRole('button', { name: 'Create service app' }).click();
  await page.getByRole('button', { name: /^Issue access token/ }).click();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('region', { name: 'JWT inspector' })).toBeVisible();
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Copy as curl' }).click();
  expect(bad).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the playground has no axe violations in the ${scheme} theme, with a token, a response and the inspector`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await open(page);
    await createToken(page, 'mouse', 'CI');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('Service apps (OAuth 2.0)').click();
    await page.getByRole('button', { name: 'Create service app' }).click();
    await page.getByRole('button', { name: /^Issue access token/ }).click();
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('region', { name: 'JWT inspector' })).toContainText('Valid');
    await page.getByRole('button', { name: 'Copy as curl' }).click();
    await page.getByRole('button', { name: 'Share' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`a lesson with embedded playgrounds has no axe violations in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('/learn/a-tokens-life/revoking-a-token/');
    const embed = page.locator('.playground-embed').first();
    await hydrateEmbed(embed);
    await embed.getByRole('button', { name: 'Send request' }).click();
    await expect(embed.getByLabel('Response status')).not.toHaveText('Nothing sent yet');
    expect(await axeViolations(page)).toEqual([]);
  });
}

/**
 * The playground's budget (DEVELOPERS.md): at most 40 KB gzip of JavaScript, inline scripts
 * included, before the OAuth/JWT parts load. The test logs the live number; `npm run size` shows
 * where the bytes go: Astro's island loader and theme-init inline; Preact with its hooks and JSX
 * runtime; the site script; the simulator (request pipeline, console, trace sentences, seed org,
 * routes, SHA-256); the scenario runner, the playground session and its store; the request
 * builder, response and trace views shared with lesson embeds; and the full page's console
 * panels, tools, history and curl.
 */
const GUARD_KB = 40;

test('JavaScript budget: at most 40 KB gzip for everything but the OAuth/JWT parts, which load on first use', async ({
  page,
}) => {
  const scripts = trackScriptBytes(page);
  const names: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') names.push(new URL(r.url()).pathname.replace('/_astro/', ''));
  });
  await open(page);
  // Use every SSWS feature first: create, send, clock, curl, share, history, revoke.
  await createToken(page, 'mouse', 'CI');
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.getByRole('button', { name: '+1 day' }).click();
  await page.getByRole('button', { name: 'Copy as curl' }).click();
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Send again: request 1' }).click();
  await page.getByRole('button', { name: 'Revoke CI' }).click();
  await page.waitForLoadState('networkidle');
  // Inline scripts count too (Astro's island loader, theme-init), as in the other budget tests.
  const ssws = await scripts.totalWithInline();
  const before = names.join(', ');
  expect(
    names.some((n) => /JwtInspector|AppsPanel|bearer|issue|jwt/.test(n)),
    `OAuth code loaded early: ${before}`,
  ).toBe(false);

  // Then the OAuth parts arrive, only now.
  await page.getByText('Service apps (OAuth 2.0)').click();
  await page.getByRole('button', { name: 'Create service app' }).click();
  await page.getByRole('button', { name: /^Issue access token/ }).click();
  await expect(page.getByRole('region', { name: 'JWT inspector' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const after = await scripts.totalWithInline();
  expect(after).toBeGreaterThan(ssws);
  test.info().annotations.push({ type: 'js-gzip', description: `${ssws} B before OAuth/JWT, ${after} B after` });
  console.log(`playground JS (gzip, inline included): ${ssws} B before OAuth/JWT, ${after} B after`);
  expect(ssws, `gzip bytes of the scripts loaded before any OAuth/JWT use: ${before}`).toBeLessThanOrEqual(
    GUARD_KB * 1024,
  );
});

import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Service workers are blocked in every other spec (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** Visits the home page and waits until the service worker has precached the site and controls the page. */
async function firstVisit(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
}

/**
 * Cuts the network for the pages and the service worker alike: the last test shows that a
 * request the worker passes on to the network then fails.
 */
async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

test('after a first visit, a lesson, search, a quiz and the playground work with no network', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await firstVisit(page);
  await goOffline(context);

  // A lesson never opened before, read from the cache.
  const lesson = await page.goto('/learn/rate-limits/');
  expect(lesson?.fromServiceWorker()).toBe(true);
  await page.goto('/learn/tokens-at-a-glance/what-tokens-do-not-do/');
  await expect(page.getByRole('heading', { level: 1, name: 'What API tokens do not do' })).toBeVisible();

  // Search loads Pagefind and its index from the cache.
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('bcrypt');
  await expect(page.locator('#search-results').getByRole('link', { name: /What API tokens do not do/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // A quiz page hydrates its island.
  await page.goto('/learn/tokens-at-a-glance/quiz/');
  await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeVisible();

  // The playground loads its scenarios and answers a request.
  await page.goto('/playground/');
  await expect(page.locator('.pg[data-ready]')).toBeVisible();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByLabel('Response status')).toHaveText('403 Forbidden');
});

test.describe('what the worker does not have', () => {
  // The failed request below is the point of the test, so its console error is expected.
  test.use({ allowedConsole: [/Failed to load resource/] });

  test('a file the site did not precache fails offline: the network really is cut for the worker too', async ({
    page,
    context,
  }) => {
    await firstVisit(page);
    await goOffline(context);
    // The sitemap is not precached: offline, its request must fail rather than reach the server.
    const failed = await page.evaluate(() =>
      fetch('/sitemap-index.xml').then(
        () => false,
        () => true,
      ),
    );
    expect(failed).toBe(true);
  });
});

test('when the site changes, the page offers "New version available" and Reload switches to it', async ({ page }) => {
  test.setTimeout(90_000);
  await firstVisit(page);
  const first = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
  expect(first).toMatch(/\/sw\.js$/);
  await expect(page.getByRole('status').filter({ hasText: 'New version available' })).toHaveCount(0);

  // A new build: any change to sw.js's bytes is one. The file is put back whatever happens.
  const file = `${process.env['TOKENLAB_DIST'] ?? 'dist'}/sw.js`;
  const original = readFileSync(file, 'utf8');
  try {
    appendFileSync(file, `\n// e2e: a new build ${Date.now()}\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.getByRole('status').filter({ hasText: 'New version available' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    const reload = notice.getByRole('button', { name: 'Reload' });
    await reload.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(notice).toHaveCount(0);
    // The page now runs under the new worker, which is no longer waiting.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting))).toBe(true);
  } finally {
    writeFileSync(file, original);
  }
});

import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { expect, sitemapPaths, test, trackScriptBytes } from './fixtures.ts';

test.describe('site frame', () => {
  test('a reader goes from home to a lesson and on to the next lesson by keyboard alone', async ({ page }) => {
    await page.goto('/');
    const start = page.getByRole('link', { name: 'Start the course' });
    await expect(start).toBeVisible();
    // Tab until the "Start the course" link has focus, then follow it with Enter.
    for (let i = 0; i < 40 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(start).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/learn\/tokens-at-a-glance\/what-an-api-token-is\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'What an API token is' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();

    const next = page.getByRole('link', { name: /^Next/ });
    for (let i = 0; i < 200 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/learn\/tokens-at-a-glance\/what-tokens-do-not-do\/$/);
    await expect(page.getByRole('link', { name: /^Previous/ })).toHaveAttribute(
      'href',
      '/learn/tokens-at-a-glance/what-an-api-token-is/',
    );
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/learn/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('search finds a lesson by a word from its body', async ({ page }) => {
    await page.goto('/learn/');
    await page.getByRole('button', { name: 'Search' }).click();
    const field = page.getByRole('searchbox', { name: 'Search' });
    await expect(field).toBeFocused();
    await field.fill('badge');
    const results = page.locator('#search-results');
    await expect(results.getByRole('link', { name: /What an API token is/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /result/ })).toContainText('for “badge”');
  });

  test('search opens with the / key and closes with Escape', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  });

  test('the theme choice survives a reload and is applied before the body is parsed', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await expect(theme.getByRole('option')).toHaveText(['Light', 'Dark', 'Auto']);
    await theme.selectOption({ label: 'Dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // Record the theme at the moment <body> first appears: that is before the first paint.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (!document.body) return;
        obs.disconnect();
        (window as unknown as { themeAtBody: string }).themeAtBody =
          `${document.documentElement.dataset['theme']}|${getComputedStyle(document.documentElement).backgroundColor}`;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    const atBody = await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody);
    expect(atBody).toBe('dark|rgb(13, 17, 23)');
    await expect(theme).toHaveValue('dark');

    await theme.selectOption({ label: 'Auto' });
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
  });

  test('every page has a unique title, a description, Open Graph tags and a canonical URL', async ({ page }) => {
    // One visit per page in the sitemap (over 40): more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    const titles = new Map<string, string>();
    for (const path of sitemapPaths()) {
      await page.goto(path);
      const title = await page.title();
      expect(titles.has(title), `${path} repeats the title of ${titles.get(title)}`).toBe(false);
      titles.set(title, path);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{30,}/);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
    }
  });

  /** Gzip bytes of every script a page loads, inline ones included, until the network is idle. */
  async function scriptBytes(page: Page, path: string) {
    const scripts = trackScriptBytes(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    return { total: await scripts.totalWithInline(), urls: scripts.urls() };
  }

  test('a page without an island loads at most 3 KB gzip of JavaScript before search opens', async ({ page }) => {
    // Every lesson embeds a playground island, so the pages that carry only the site script
    // are the chapter overviews, the outline's siblings, the glossary and About.
    for (const path of ['/learn/tokens-at-a-glance/', '/glossary/']) {
      const { total, urls } = await scriptBytes(page, path);
      expect(await page.locator('astro-island').count(), `${path} has no island`).toBe(0);
      expect(
        urls.some((u) => u.includes('pagefind')),
        'Pagefind loads before search opens',
      ).toBe(false);
      console.log(`${path} JS (gzip): ${total} B`);
      expect(total, `${path}: ${urls.join(', ')}`).toBeLessThanOrEqual(3 * 1024);
    }
  });

  test('a lesson page loads only the site script and the island loader, at most 6 KB, until a playground scrolls into view', async ({
    page,
  }) => {
    const { total, urls } = await scriptBytes(page, '/learn/tokens-at-a-glance/what-an-api-token-is/');
    // The embedded playground is client:visible: until it is scrolled into view no island has
    // hydrated (Astro removes `ssr` on hydration) and no component code has been fetched.
    expect(await page.locator('astro-island').count()).toBeGreaterThan(0);
    expect(await page.locator('astro-island:not([ssr])').count()).toBe(0);
    const componentUrls = await page
      .locator('astro-island')
      .evaluateAll((els) => els.map((e) => e.getAttribute('component-url')));
    expect(urls.filter((u) => componentUrls.some((c) => c && u.endsWith(c)))).toEqual([]);
    // The budget for a lesson before its playground hydrates: 6 KB (the site script with its
    // shared chunks, plus Astro's inline island loader).
    console.log(`lesson JS before its playground hydrates (gzip): ${total} B`);
    expect(total, urls.join(', ')).toBeLessThanOrEqual(6 * 1024);
  });
});

test('every kind of page loads at most 15 KB gzip of CSS', async ({ page }) => {
  const paths = [
    '/',
    '/learn/tokens-at-a-glance/what-an-api-token-is/',
    '/playground/',
    '/learn/rate-limits/quiz/',
    '/exam/',
  ];
  for (const path of paths) {
    const sizes = new Map<string, number>();
    const listener = async (r: Response) => {
      if (r.request().resourceType() === 'stylesheet' && r.status() === 200)
        sizes.set(r.url(), gzipSync(await r.body(), { level: 9 }).length);
    };
    page.on('response', listener);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join(''),
    );
    page.off('response', listener);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0) + gzipSync(inline, { level: 9 }).length;
    expect(total, `${path}: ${[...sizes.keys()].join(', ')}`).toBeLessThanOrEqual(15 * 1024);
  }
});

test.describe('not found', () => {
  test.use({ allowedConsole: [/Failed to load resource.*404/] });
  test('an unknown address shows a helpful 404 page with a link home', async ({ page }) => {
    const response = await page.goto('/learn/no-such-lesson/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

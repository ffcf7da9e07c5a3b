import { axeViolations, expect, sitemapPaths, test } from './fixtures.ts';

/** axe (WCAG 2.2 AA) on every page in the sitemap, in the light and the dark scheme. */
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${scheme} theme`, () => {
    for (const path of sitemapPaths()) {
      test(`${path} has no axe violations`, async ({ page }) => {
        // /facts/ lists every fact with its sources, several thousand elements: axe needs longer.
        if (path === '/facts/') test.slow();
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('the 404 page has no axe violations', async ({ page }) => {
  await page.goto('/404.html');
  expect(await axeViolations(page)).toEqual([]);
});

import { expect, sitemapPaths, test } from './fixtures.ts';

/** Runs in the `no-javascript` project: the course must read well with JavaScript off. */
test.describe('without JavaScript', () => {
  test('every lesson shows its title, objectives, contents, body and navigation', async ({ page }) => {
    // One visit per lesson (over 20): more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    const lessons = sitemapPaths().filter((p) => /^\/learn\/[^/]+\/[^/]+\/$/.test(p) && !p.endsWith('/quiz/'));
    expect(lessons.length).toBeGreaterThan(10);
    for (const path of lessons) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'You will learn' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Recap' })).toBeVisible();
      // The sidebar is a <details> that needs no script to open on narrow screens.
      await expect(page.getByRole('navigation', { name: 'Course' })).toBeAttached();
      expect(await page.locator('article p').count(), `${path} has paragraphs`).toBeGreaterThan(5);
    }
  });

  test('the glossary lists its terms with definitions', async ({ page }) => {
    await page.goto('/glossary/');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    expect(await page.locator('dl dt').count()).toBeGreaterThanOrEqual(30);
    await expect(page.locator('#ssws')).toBeVisible();
  });
});

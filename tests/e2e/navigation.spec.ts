import { expect, test } from './fixtures.ts';

const LESSON = '/learn/tokens-at-a-glance/what-tokens-do-not-do/';

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu button opens and closes the main navigation by keyboard', async ({ page }) => {
    await page.goto('/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toHaveAttribute('aria-controls', 'site-menu');
    await expect(nav).toBeHidden();

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Glossary' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();

    // Tab into the menu, then Escape closes it and puts focus back on the button.
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Course' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(nav).toBeHidden();

    await page.keyboard.press('Space');
    await expect(nav).toBeVisible();
    await page.keyboard.press('Space');
    await expect(nav).toBeHidden();
  });

  test('a lesson starts near the top: contents and "On this page" are collapsed', async ({ page }) => {
    await page.goto(LESSON);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link').first()).toBeHidden();
    const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(h1, 'the lesson has an h1').not.toBeNull();
    console.log(`lesson h1 top at 390 px: ${Math.round(h1!.y)} px`);
    expect(h1!.y).toBeLessThan(300);

    // The summary opens the list by keyboard.
    const summary = toc.locator('summary');
    await expect(summary).toHaveText('On this page');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(toc.getByRole('link').first()).toBeVisible();
  });
});

test.describe('on a wide screen (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('there is no menu button and the navigation is shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toBeVisible();
  });

  test('"On this page" marks the section in view as current', async ({ page }) => {
    await page.goto(LESSON);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('heading', { name: 'On this page' })).toBeVisible();
    const links = toc.getByRole('link');
    await expect(links.first()).toHaveAttribute('aria-current', 'true');

    // Jump to the third section: its link becomes current, and only its link.
    const third = links.nth(2);
    const id = (await third.getAttribute('href'))!.slice(1);
    await page.locator(`[id="${id}"]`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await expect(third).toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('[aria-current="true"]')).toHaveCount(1);
  });

  test('a search result links to the matching heading, and its excerpt leaves out widget text', async ({ page }) => {
    await page.goto('/learn/');
    await page.getByRole('button', { name: 'Search' }).click();
    // "bcrypt" appears in one section of "What API tokens do not do", below its first heading.
    await page.getByRole('searchbox', { name: 'Search' }).fill('bcrypt');
    const result = page.locator('#search-results').getByRole('link', { name: /^What API tokens do not do › / });
    await expect(result).toBeVisible();
    const href = await result.getAttribute('href');
    expect(href).toMatch(/^\/learn\/tokens-at-a-glance\/what-tokens-do-not-do\/#[\w-]+$/);
    await result.click();
    const id = href!.split('#')[1]!;
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();

    // Words that appear only in lesson chrome and the playground widget are not in the index.
    await page.getByRole('button', { name: 'Search' }).click();
    for (const q of ['Nothing sent yet', 'min read']) {
      await page.getByRole('searchbox', { name: 'Search' }).fill(q);
      await expect(page.getByRole('status').filter({ hasText: /result/ })).toBeVisible();
      await expect(page.locator('#search-results')).not.toContainText(q);
    }
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures.ts';

/**
 * Phones (issue 15, item 1): no page scrolls sideways at 390 px (or at 320 px, the narrowest
 * screen the course supports), and the playground's Admin Console works there by touch and by
 * keyboard: create a token, send with it, revoke it. Issue 15, item 8: diagram text is at least
 * 12 px on a phone.
 */

/** Every page path in every sitemap file of the build (dist/sitemap-*.xml). */
function everySitemapPath(): string[] {
  const dist = process.env['TOKENLAB_DIST'] ?? 'dist';
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return files.flatMap((f) =>
    [...readFileSync(`${dist}/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
}

/** The lessons whose built page holds a diagram (`<figure class="diagram …">`). */
function lessonsWithDiagrams(): string[] {
  const dist = process.env['TOKENLAB_DIST'] ?? 'dist';
  return everySitemapPath().filter((path) => {
    const file = `${dist}${path}index.html`;
    return path.startsWith('/learn/') && existsSync(file) && readFileSync(file, 'utf8').includes('class="diagram ');
  });
}

/**
 * Every piece of text a diagram shows, with the size it renders at in CSS px: an SVG `<text>`'s
 * font size times the scale of its SVG on screen (the viewBox shrinks a wide drawing on a phone),
 * and for HTML inside the figure, its computed font size. Hidden text (a layout the screen does
 * not use) is skipped.
 */
const diagramText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.diagram')].flatMap((figure) => {
      const svgText = [...figure.querySelectorAll<SVGTextElement>('svg text')].flatMap((t) => {
        const ctm = t.getScreenCTM();
        if (!ctm || t.getClientRects().length === 0) return [];
        const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
        return [{ text: t.textContent?.trim() ?? '', px }];
      });
      const htmlText = [...figure.querySelectorAll<HTMLElement>(':not(svg, svg *)')].flatMap((e) => {
        const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        if (!own || e.getClientRects().length === 0) return [];
        return [{ text: e.textContent?.trim().slice(0, 40) ?? '', px: parseFloat(getComputedStyle(e).fontSize) }];
      });
      return [...svgText, ...htmlText];
    }),
  );

/** How far the page is wider than the screen (0 when nothing scrolls sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('no sideways scrolling at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const paths = everySitemapPath();
  test('the sitemap lists the pages', () => {
    expect(paths.length).toBeGreaterThan(20);
  });
  for (const path of paths) {
    test(`${path} fits the screen`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    });
  }
});

test.describe('diagram text on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const lessons = lessonsWithDiagrams();
  test('the lessons with diagrams are found', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(12);
  });
  for (const path of lessons) {
    test(`${path}: no diagram text renders under 12 px`, async ({ page }) => {
      await page.goto(path);
      const text = await diagramText(page);
      expect(text.length).toBeGreaterThan(0);
      const small = text.filter((t) => t.px < 12).map((t) => `"${t.text}" at ${t.px.toFixed(1)} px`);
      expect(small, 'diagram text smaller than 12 px').toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
  }
});

test('on a desktop, every diagram fits the lesson column (its frame does not scroll)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const path of lessonsWithDiagrams()) {
    await page.goto(path);
    const frames = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.diagram-frame')].map((f) => f.scrollWidth - f.clientWidth),
    );
    expect(frames.length, path).toBeGreaterThan(0);
    expect(frames, path).toEqual(frames.map(() => 0));
  }
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of ['/', '/glossary/', '/playground/', '/learn/inside-a-request/reading-error-responses/']) {
    test(`${path} fits the screen`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('the Admin Console on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  async function open(page: Page): Promise<void> {
    await page.goto('/playground/');
    await waitForHydration(page);
    await expect(page.locator('.pg[data-ready]')).toBeVisible();
  }

  test('by touch: create a token, send with it, revoke it, all without sideways scrolling', async ({ page }) => {
    await open(page);
    const tabs = page.getByRole('tablist', { name: 'Playground' });
    await expect(tabs.getByRole('tab')).toHaveText(['Console', 'Your app', 'Response']);
    await tabs.getByRole('tab', { name: 'Console' }).tap();
    await expect(page.getByRole('tabpanel', { name: 'Console' })).toBeVisible();
    await expect(page.getByRole('tabpanel', { name: 'Your app' })).toBeHidden();
    // Full-width role and status controls that show their whole value.
    const role = page.getByLabel('Role of Alex Rivera');
    expect((await role.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    await page.getByLabel('Token name').tap();
    await page.getByLabel('Token name').fill('Phone');
    await page.getByRole('button', { name: 'Create token' }).tap();
    await expect(page.getByRole('group', { name: 'Token value for Phone' })).toBeVisible();

    await tabs.getByRole('tab', { name: 'Your app' }).tap();
    await expect(page.getByLabel('Credential').locator('option:checked')).toHaveText('API token: Phone');
    await page.getByRole('button', { name: 'Send request' }).tap();
    // Send opens the Response tab with the answer in view.
    await expect(tabs.getByRole('tab', { name: 'Response' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByLabel('Response status')).toHaveText('200 OK');
    await expect(page.getByLabel('Response status')).toBeInViewport();

    await tabs.getByRole('tab', { name: 'Console' }).tap();
    const revoke = page.getByRole('button', { name: 'Revoke Phone' });
    const box = await revoke.boundingBox();
    // A button of normal shape: wider than tall, its label on one line.
    expect(box && box.width > box.height).toBe(true);
    await revoke.tap();
    await expect(page.getByRole('list', { name: 'API tokens' }).getByRole('listitem')).toContainText('Revoked');
    await tabs.getByRole('tab', { name: 'Your app' }).tap();
    await page.getByRole('button', { name: 'Send request' }).tap();
    await expect(page.getByLabel('Response status')).toHaveText('401 Unauthorized');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  test('by keyboard: arrow keys move between tabs, and the same journey works', async ({ page }) => {
    await open(page);
    const tabs = page.getByRole('tablist', { name: 'Playground' });
    await tabs.getByRole('tab', { name: 'Your app' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.getByRole('tab', { name: 'Console' })).toBeFocused();
    await expect(tabs.getByRole('tab', { name: 'Console' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(tabs.getByRole('tab', { name: 'Response' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: 'Console' })).toHaveAttribute('aria-selected', 'true');

    await page.getByLabel('Token name').focus();
    await page.keyboard.type('Keys');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: 'Token value for Keys' })).toBeVisible();
    await tabs.getByRole('tab', { name: 'Console' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Send request' }).focus();
    await page.keyboard.press('Enter');
    // Focus lands on the answer: the status line in the Response tab.
    await expect(page.locator('#pg-status')).toBeFocused();
    await expect(page.getByLabel('Response status')).toHaveText('200 OK');
    await tabs.getByRole('tab', { name: 'Response' }).focus();
    await page.keyboard.press('Home');
    await page.getByRole('button', { name: 'Revoke Keys' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'API tokens' })).toBeFocused();
    await expect(page.getByRole('list', { name: 'API tokens' })).toContainText('Revoked');
  });
});

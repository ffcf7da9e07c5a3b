import { expect, test } from './fixtures.ts';
import { readQuiz } from './quiz-helpers.ts';

// Runs in the `no-javascript` Playwright project: JavaScript is off in the browser.
test('a quiz page without JavaScript lists its questions and says answering needs JavaScript', async ({ page }) => {
  const questions = readQuiz('tokens-at-a-glance');
  await page.goto('/learn/tokens-at-a-glance/quiz/');
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz: API tokens at a glance' })).toBeVisible();
  await expect(page.getByText('Answering needs JavaScript.')).toBeVisible();
  for (const q of questions) await expect(page.getByText(q.prompt, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
});

test('review, exam and progress pages say they need JavaScript', async ({ page }) => {
  for (const [path, text] of [
    ['/review/', 'Review needs JavaScript'],
    ['/exam/', 'The practice exam needs JavaScript'],
    ['/progress/', 'this page needs JavaScript'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(text)).toBeVisible();
  }
});

test('code-block language labels sit on their own blocks, not over the logo', async ({ page }) => {
  await page.goto('/learn/tokens-at-a-glance/what-an-api-token-is/');
  const brand = (await page.getByRole('link', { name: 'Token Lab' }).first().boundingBox())!;
  const blocks = page.locator('pre.astro-code');
  expect(await blocks.count()).toBeGreaterThan(0);
  for (const pre of await blocks.all()) {
    const box = (await pre.boundingBox())!;
    // The label is the block's ::before: it must lie inside the block, which lies below the header.
    const label = await pre.evaluate((el) => {
      const s = getComputedStyle(el, '::before');
      return { content: s.content, position: s.position };
    });
    expect(label.content).not.toBe('none');
    expect(label.position).not.toBe('absolute');
    expect(box.y).toBeGreaterThan(brand.y + brand.height);
    // In the flow, the label takes the block's first line: the code starts below it.
    const firstLine = (await pre.locator('.line').first().boundingBox())!;
    expect(firstLine.y - box.y).toBeGreaterThan(16);
  }
});

test('the header hides Search and Theme, which need JavaScript, and keeps every link', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden();
    // No menu button without JavaScript: the navigation is shown as plain links.
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toBeVisible();
  }
});

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

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures.ts';
import { answerByMouse, form, readQuiz } from './quiz-helpers.ts';

const KEY = 'tokenlab:progress:v2';
const DAY = 24 * 60 * 60 * 1000;
const chapter = 'tokens-at-a-glance';
const questions = readQuiz(chapter);

/** A realistic saved value: one lesson read, one quiz taken, one goal met. */
function savedProgress(at = Date.now()): unknown {
  return {
    version: 2,
    lessons: { '/learn/tokens-at-a-glance/what-an-api-token-is/': { visitedAt: at - DAY, completedAt: at - DAY } },
    goals: {},
    quizzes: { [chapter]: { attempts: 1, bestScore: 8, bestTotal: 11, lastScore: 8, lastTotal: 11, lastAt: at - DAY } },
    review: {},
    exams: [],
    prefs: {},
  };
}

/** Writes a raw value under the progress key, as a corrupted or older browser might hold it. */
async function save(page: Page, value: string): Promise<void> {
  await page.evaluate(({ k, v }) => localStorage.setItem(k, v), { k: KEY, v: value });
}

test.describe('saved progress', () => {
  for (const [name, value] of [
    ['a cut-off JSON value', '{'],
    ['fields of the wrong types', JSON.stringify({ version: 2, lessons: [], goals: 'all', quizzes: 7 })],
    ['a huge string', 'x'.repeat(1_500_000)],
  ] as const) {
    test(`${name} in localStorage still shows the page, resets progress and says so once`, async ({ page }) => {
      await page.goto('/about/');
      await save(page, value);
      await page.goto(`/learn/${chapter}/quiz/`);
      await expect(page.getByRole('status').filter({ hasText: 'could not be read, so it was reset' })).toBeVisible();
      await waitForHydration(page);
      await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
      expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!)).toMatchObject({
        version: 2,
        lessons: {},
      });
      await page.reload();
      await waitForHydration(page);
      await expect(page.getByText('could not be read')).toHaveCount(0);
    });
  }

  test('progress from an older version is migrated and the reader is told', async ({ page }) => {
    await page.goto('/about/');
    await page.evaluate(() =>
      localStorage.setItem(
        'tokenlab:progress:v1',
        JSON.stringify({
          version: 1,
          visited: ['/learn/tokens-at-a-glance/what-an-api-token-is/'],
          completed: [],
          quizBest: {},
        }),
      ),
    );
    await page.goto('/learn/');
    await expect(page.getByRole('status').filter({ hasText: 'updated to a new format' })).toBeVisible();
    await expect(page.getByRole('link', { name: /What an API token is.*\(visited\)/ })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('tokenlab:progress:v1'))).toBeNull();
  });

  test('a page keeps working when storage refuses writes (quota, private mode)', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto('/learn/tokens-at-a-glance/what-an-api-token-is/');
    await expect(page.getByRole('status').filter({ hasText: 'not saving your progress' })).toBeVisible();
    await page.goto(`/learn/${chapter}/quiz/`);
    await waitForHydration(page);
    await answerByMouse(page, questions[0]!);
    await expect(page.locator('.feedback')).not.toBeEmpty();
  });

  test('a lesson is completed by Mark as done, not by scrolling; the sidebar marks it', async ({ page }) => {
    const lesson = '/learn/tokens-at-a-glance/what-an-api-token-is/';
    await page.goto(lesson);
    // The sidebar sits in a closed <details> on narrow screens, so it is read by selector.
    const link = page.locator(`.course-sidebar a[data-lesson-url="${lesson}"]`);
    await expect(link).toContainText('(visited)');
    await expect(page.locator('.course-sidebar')).toContainText('✓ completed · ○ visited, not yet completed');
    // Scrolling to the end is not reading: the lesson stays visited.
    await page.locator('.pager').scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await page.goto('/learn/');
    await expect(page.getByRole('main').getByRole('link', { name: 'What an API token is (visited)' })).toBeVisible();

    await page.goto(lesson);
    const done = page.getByRole('button', { name: 'Mark as done' });
    await done.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'You completed this lesson.' })).toBeFocused();
    await expect(done).toBeHidden();
    await expect(link).toContainText('(completed)');
    await page.goto('/learn/');
    await expect(page.getByRole('main').getByRole('link', { name: 'What an API token is (completed)' })).toBeVisible();
    await page.goto('/progress/');
    await waitForHydration(page);
    await expect(page.getByRole('row', { name: /API tokens at a glance/ })).toContainText(/1 of \d+/);
  });

  test('the home page offers Continue once the reader has started', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    await expect(page.getByText(/^Lessons completed: 0 of \d+$/)).toBeVisible();
    await expect(page.getByRole('link', { name: /^Continue:/ })).toHaveCount(0);

    await page.goto('/learn/tokens-at-a-glance/what-an-api-token-is/');
    await page.goto('/');
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Continue: What an API token is' }).click();
    await expect(page).toHaveURL(/\/learn\/tokens-at-a-glance\/what-an-api-token-is\/$/);

    await page.getByRole('button', { name: 'Mark as done' }).click();
    const next = page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Next/ });
    const nextTitle = (await next.innerText()).replace(/^Next\s*/, '').trim();
    await page.goto('/');
    await waitForHydration(page);
    await expect(page.getByRole('link', { name: `Continue: ${nextTitle}` })).toBeVisible();
    await expect(page.getByText(/^Lessons completed: 1 of \d+$/)).toBeVisible();
    await expect(page.getByText(/^Playground goals met: 0 of \d+$/)).toBeVisible();
    await expect(page.getByText(/^Chapter quizzes taken: 0 of 7$/)).toBeVisible();
    await expect(page.locator('[data-chapter-progress="tokens-at-a-glance"]')).toHaveText(
      /^Your progress: lessons completed 1 of \d+\.$/,
    );
  });

  test('export then import round-trips, a bad file changes nothing, reset asks first', async ({ page }, info) => {
    const saved = savedProgress();
    await page.goto('/about/');
    await save(page, JSON.stringify(saved));
    await page.goto('/progress/');
    await waitForHydration(page);
    const quizCell = page.getByRole('row', { name: /API tokens at a glance/ });
    await expect(quizCell).toContainText('8 of 11');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const file = info.outputPath('progress.json');
    await (await download).saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(saved);

    await page
      .getByLabel('Import progress')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version":2}') });
    await expect(page.getByRole('alert')).toHaveText(
      'bad.json: This file is JSON but not a Token Lab progress file (progress.lessons is not valid). Nothing was changed.',
    );
    await expect(quizCell).toContainText('8 of 11');
    await page
      .getByLabel('Import progress')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('my progress, roughly') });
    await expect(page.getByRole('alert')).toHaveText(
      'notes.txt: This file is not JSON. Choose a file saved with "Export progress". Nothing was changed.',
    );
    await page.getByLabel('Import progress').setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.from(`"${'x'.repeat(1_100_000)}"`),
    });
    await expect(page.getByRole('alert')).toHaveText(
      'huge.json: This file is too large to be Token Lab progress (the limit is 1 MB). Nothing was changed.',
    );
    await expect(quizCell).toContainText('8 of 11');

    await page.getByRole('button', { name: 'Reset progress' }).click();
    await expect(quizCell).toContainText('8 of 11');
    await page.getByRole('button', { name: 'Yes, reset everything' }).click();
    await expect(quizCell).toContainText('Not taken');
    await expect(page.getByRole('button', { name: 'Reset progress' })).toBeFocused();

    await page.getByLabel('Import progress').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Progress imported' })).toBeVisible();
    await expect(quizCell).toContainText('8 of 11');
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!)).toEqual(saved);
  });

  test('two open tabs stay in sync', async ({ page, context }) => {
    await page.goto('/about/');
    await save(page, JSON.stringify(savedProgress()));
    await page.goto('/');
    await waitForHydration(page);
    await expect(page.getByText(/^Lessons completed: 1 of \d+$/)).toBeVisible();
    const other = await context.newPage();
    await other.goto('/progress/');
    await waitForHydration(other);
    await other.getByRole('button', { name: 'Reset progress' }).click();
    await other.getByRole('button', { name: 'Yes, reset everything' }).click();
    await expect(page.getByText(/^Lessons completed: 0 of \d+$/)).toBeVisible();
  });
});

test.describe('review and exam', () => {
  test('a missed question waits in review, comes back when due, and the home page counts it', async ({ page }) => {
    await page.goto(`/learn/${chapter}/quiz/?seed=review`);
    await waitForHydration(page);
    await page.getByRole('radio', { name: 'All on one page' }).check();
    const missed = questions.find((q) => q.type !== 'order')!;
    for (const q of questions) await answerByMouse(page, q, q === missed);
    await page.getByRole('button', { name: 'See results' }).click();
    await expect(page.getByRole('status', { name: 'Score' })).toHaveText(
      new RegExp(`^${questions.length - 1} of ${questions.length}`),
    );

    await page.goto('/review/');
    await waitForHydration(page);
    await expect(page.getByText('Nothing is due for review right now.')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: missed.prompt })).toBeVisible();

    // Review is not empty until tomorrow: the question can be practised now, without moving it.
    await page.getByRole('button', { name: 'Practise now' }).click();
    await expect(page.getByText('Practising 1 question not yet due')).toBeVisible();
    await answerByMouse(page, missed);
    await expect(form(page, missed).locator('.feedback')).toContainText('Correct.');
    await page.getByRole('button', { name: 'Finish practice' }).click();
    await expect(page.getByRole('heading', { name: 'Practice finished' })).toBeFocused();
    await expect(page.getByText(/Passed/)).toHaveCount(0);
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByText('Nothing is due for review right now.')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: missed.prompt })).toBeVisible();

    // Two days later the question is due.
    await page.clock.setFixedTime(Date.now() + 2 * DAY);
    await page.goto('/');
    await waitForHydration(page);
    await expect(page.getByRole('link', { name: '1 question due' })).toBeVisible();
    await page.goto('/review/');
    await waitForHydration(page);
    await expect(page.getByText('1 question due for review.')).toBeVisible();
    await answerByMouse(page, missed);
    await expect(form(page, missed).locator('.feedback')).toContainText('Correct.');
    await page.getByRole('button', { name: 'Finish review' }).click();
    await expect(page.getByRole('heading', { name: 'Review finished' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: '1 of 1 question right' })).toBeVisible();
    // A right answer moves it to the 3-day wait: it is no longer due.
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByText('Nothing is due for review right now.')).toBeVisible();
  });

  test('the practice exam draws 20 questions from several chapters and saves the result', async ({ page }) => {
    await page.goto('/exam/');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Start the exam' }).click();
    for (let i = 1; i <= 20; i++) {
      await expect(page.getByRole('heading', { name: `Question ${i} of 20` })).toBeVisible();
      const choice = page.locator('form.question input').first();
      if (await choice.count()) await choice.check();
      await page.getByRole('button', { name: i === 20 ? 'See results' : 'Next question' }).click();
    }
    await expect(page.getByRole('heading', { name: 'Exam results' })).toBeFocused();
    await expect(page.getByRole('status', { name: 'Score' })).toContainText(/of 20/);
    const rows = page.getByRole('table').getByRole('row');
    // A header row plus one row per chapter: every chapter with a quiz is drawn from.
    expect(await rows.count()).toBeGreaterThanOrEqual(1 + 5);
    await page.goto('/progress/');
    await waitForHydration(page);
    await expect(page.getByText(/: \d+ of 20 \(\d+%\)/)).toBeVisible();
  });

  test('the exam timer shows the time left', async ({ page }) => {
    await page.goto('/exam/');
    await waitForHydration(page);
    await page.getByLabel('Use a 30-minute timer').check();
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await expect(page.getByText(/^Time left: (30 min 0 s|29 min \d+ s)/)).toBeVisible();
  });
});

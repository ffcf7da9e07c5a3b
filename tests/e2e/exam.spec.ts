import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Question } from '../../src/domain/quiz/types.ts';
import { axeViolations, expect, test, waitForHydration } from './fixtures.ts';
import { readQuiz, rightOptions, wrongOption } from './quiz-helpers.ts';

const EXAM_KEY = 'tokenlab:exam:v1';
/** Every question in the course, found by the prompt the exam shows. */
const all: Question[] = readdirSync('src/content/quizzes').flatMap((f) => readQuiz(f.replace(/\.yaml$/, '')));

/** The question on screen. */
async function onScreen(page: Page): Promise<Question> {
  const legend = (await page.locator('form.question legend').first().innerText()).trim();
  const q = all.find((x) => x.prompt === legend);
  if (!q) throw new Error(`no question with the prompt "${legend}"`);
  return q;
}

/** Chooses an answer to the question on screen (order questions keep their shuffled order). */
async function choose(page: Page, q: Question, wrong: boolean): Promise<string | undefined> {
  if (q.type === 'order') return undefined;
  const role = q.type === 'multiple' ? 'checkbox' : 'radio';
  const names = wrong ? [wrongOption(q)!] : rightOptions(q);
  for (const name of names) await page.getByRole(role, { name, exact: true }).check();
  return names.join('; ');
}

/** Answers questions until `upTo` (1-based, inclusive), each with its first option or its order as shown. */
async function answerThrough(page: Page, from: number, upTo: number): Promise<void> {
  for (let i = from; i <= upTo; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i} of 20` })).toBeVisible();
    const choice = page.locator('form.question input').first();
    if (await choice.count()) await choice.check();
    await page.getByRole('button', { name: i === 20 ? 'See results' : 'Next question' }).click();
  }
}

async function startExam(page: Page, query = '?seed=e2e-exam'): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/exam/${query}`);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 20' })).toBeFocused();
}

test.describe('practice exam', () => {
  // Twenty questions, with axe over a long results page, take a while on a loaded machine.
  test.slow();
  test('the results go over every question: your answer, the right answer and why', async ({ page }) => {
    await startExam(page);
    // The first question is answered wrong (or left in its shuffled order), the rest right.
    const first = await onScreen(page);
    const given = await choose(page, first, true);
    await page.getByRole('button', { name: 'Next question' }).click();
    for (let i = 2; i <= 20; i++) {
      await expect(page.getByRole('heading', { name: `Question ${i} of 20` })).toBeVisible();
      await choose(page, await onScreen(page), false);
      await page.getByRole('button', { name: i === 20 ? 'See results' : 'Next question' }).click();
    }
    await expect(page.getByRole('heading', { name: 'Exam results' })).toBeFocused();
    await expect(page.getByText(/Passed: the pass mark is 70%/)).toBeVisible();
    const answers = page.getByRole('list', { name: 'Every question, with the answers' }).getByRole('listitem');
    await expect(answers).toHaveCount(20);
    for (const item of await answers.all()) {
      await expect(item).toContainText('Your answer: ');
      await expect(item).toContainText('Right answer: ');
      await expect(item.locator('.explanation').first()).not.toBeEmpty();
      await expect(item.getByRole('link', { name: /^Revisit the lesson/ })).toBeVisible();
    }
    const firstItem = answers.first();
    await expect(firstItem).toContainText(first.prompt);
    if (given !== undefined) {
      await expect(firstItem).toContainText(`Wrong: ${first.prompt}`);
      await expect(firstItem.getByText(`Your answer: ${given}`, { exact: true })).toBeVisible();
      await expect(
        firstItem.getByText(`Right answer: ${rightOptions(first).join('; ')}`, { exact: true }),
      ).toBeVisible();
    }
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  test('Previous and Flag for review work by keyboard; flagged questions are listed before finishing', async ({
    page,
  }) => {
    await startExam(page);
    const first = await onScreen(page);
    if (first.type !== 'order') {
      await page
        .getByRole(first.type === 'multiple' ? 'checkbox' : 'radio')
        .first()
        .focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('button', { name: 'Next question' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Question 2 of 20' })).toBeFocused();

    // Flag question 2, then go back to question 1: its answer is still chosen and can change.
    const flag = page.getByRole('button', { name: 'Flag for review' });
    await expect(flag).toHaveAttribute('aria-pressed', 'false');
    await flag.focus();
    await page.keyboard.press('Enter');
    await expect(flag).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Flagged for review: 1')).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.getByRole('button', { name: 'Previous' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Question 1 of 20' })).toBeFocused();
    if (first.type !== 'order') await expect(page.locator('form.question input:checked')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Previous' })).toHaveCount(0);

    // On to the end: the flagged question is listed, and reachable, before finishing.
    await page.getByRole('button', { name: 'Next question' }).focus();
    await page.keyboard.press('Enter');
    await answerThrough(page, 2, 20);
    await expect(page.getByRole('heading', { name: 'Before you finish' })).toBeFocused();
    await expect(page.getByText('You flagged 1 question for review.')).toBeVisible();
    await page.getByRole('button', { name: 'Go to question 2' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Question 2 of 20' })).toBeFocused();
    await page.getByRole('button', { name: 'Flag for review' }).press('Enter');
    await expect(page.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'false');
    // With nothing flagged, the last question finishes the exam.
    for (let i = 2; i < 20; i++) await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByRole('button', { name: 'See results' }).press('Enter');
    await expect(page.getByRole('heading', { name: 'Exam results' })).toBeFocused();
  });

  test('leaving mid-exam asks first, and a reload resumes the exam where it was', async ({ page }) => {
    await startExam(page);
    await answerThrough(page, 1, 3);
    await page.getByRole('button', { name: 'Flag for review' }).click();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await waitForHydration(page);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your exam in progress was restored: question 4 of 20, 3 answered.' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Question 4 of 20' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(page.getByRole('heading', { name: 'Question 3 of 20' })).toBeVisible();

    // Once the exam is finished, leaving no longer asks, and a reload starts afresh.
    await answerThrough(page, 3, 20);
    await page.getByRole('button', { name: 'Finish the exam' }).click();
    await expect(page.getByRole('heading', { name: 'Exam results' })).toBeFocused();
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await waitForHydration(page);
    await expect(page.getByRole('button', { name: 'Start the exam' })).toBeVisible();
  });

  test('a saved exam that cannot be read is dropped with a notice, never a crash', async ({ page }) => {
    await page.goto('/exam/');
    await page.evaluate(
      (k) => sessionStorage.setItem(k, '{"version":1,"seed":"x","questions":["nope/nope"]}'),
      EXAM_KEY,
    );
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByRole('status').filter({ hasText: 'could not be read, so it was discarded' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the exam' })).toBeVisible();
    expect(await page.evaluate((k) => sessionStorage.getItem(k), EXAM_KEY)).toBeNull();
  });

  test('on a phone the timer stays in view while the reader scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 500 });
    await page.goto('/exam/');
    await waitForHydration(page);
    await page.getByLabel('Use a 30-minute timer').check();
    await page.getByRole('button', { name: 'Start the exam' }).click();
    const timer = page.getByText(/^Time left: (30 min 0 s|29 min \d+ s)/);
    await expect(timer).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(timer).toBeInViewport();
    // The countdown is not read out every second: its live region stays silent until 5 minutes.
    await expect(page.locator('.exam-timer-bar [aria-live]')).toHaveText('');
  });
});

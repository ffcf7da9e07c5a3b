import type { Page } from '@playwright/test';
import { currentOption, isDomcQuestion, sayDomc, startDomc, type DomcQuestion } from '../../src/domain/quiz/domc.ts';
import { viewOptions } from '../../src/domain/quiz/options.ts';
import { axeViolations, expect, test, trackScriptBytes, waitForHydration } from './fixtures.ts';
import { readQuiz } from './quiz-helpers.ts';

const KEY = 'tokenlab:progress:v2';
const chapter = 'rate-limits';
const questions = readQuiz(chapter).filter(isDomcQuestion);

const themes = async (page: Page): Promise<void> => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    expect(await axeViolations(page)).toEqual([]);
  }
};

const progress = async (page: Page) =>
  JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null') as {
    quizzes: Record<string, { attempts: number; lastScore: number; lastTotal: number }>;
    review: Record<string, { step: number; due: number }>;
    exams: { score: number; total: number }[];
  };

/** The question on screen, found by its prompt. */
async function onScreen(page: Page, from: readonly DomcQuestion[]): Promise<DomcQuestion> {
  const prompt = (await page.locator('.domc-prompt').innerText()).trim();
  const q = from.find((x) => x.prompt === prompt);
  if (!q) throw new Error(`no question with the prompt "${prompt}"`);
  return q;
}

/** Whether the option on screen is a right answer of `q`. */
async function optionIsRight(page: Page, q: DomcQuestion): Promise<boolean> {
  const text = (await page.locator('.domc-option-text').innerText()).trim();
  const option = viewOptions(q).find((o) => o.text.trim() === text);
  if (!option) throw new Error(`"${text}" is not an option of ${q.id}`);
  return option.correct;
}

/**
 * How many extra options the page will show when the reader answers every item right except
 * the first (answered wrong at its first option): the domain's seeded coin, replayed.
 */
function expectedExtras(seed: string, qs: readonly DomcQuestion[]): number {
  return qs.filter((q, n) => {
    let f = startDomc(q, `${seed}/${chapter}/${q.id}`);
    for (let o = currentOption(f); o !== undefined && f.right === undefined; o = currentOption(f)) {
      f = sayDomc(f, n === 0 ? !f.correct[o] : f.correct[o]!);
    }
    return currentOption(f) !== undefined;
  }).length;
}

test.describe('DOMC practice', () => {
  test.slow();

  test('a reader takes a chapter in DOMC form by keyboard; the review says "Your answer"; the result lands in progress and review', async ({
    page,
  }) => {
    const seed = 'e2e-domc';
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/learn/${chapter}/quiz/`);
    const link = page.getByRole('link', { name: 'Practise in DOMC format' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/learn/${chapter}/quiz/domc/`);
    await page.goto(`/learn/${chapter}/quiz/domc/?seed=${seed}`);
    await waitForHydration(page);

    const count = questions.length;
    const next = page.getByRole('button', { name: /^(Next item|See results)$/ });
    const first = await onScreen(page, questions);
    for (let n = 1; n <= count; n++) {
      await expect(page.getByRole('heading', { name: `Item ${n} of ${count}` })).toBeVisible();
      const q = await onScreen(page, questions);
      for (let step = 0; !(await next.isVisible()); step++) {
        const option = (await page.locator('.domc-option-text').innerText()).trim();
        const right = await optionIsRight(page, q);
        // The first item is answered wrong, every other right (an extra option: also "right").
        await page.keyboard.press(n === 1 && step === 0 ? (right ? 'n' : 'y') : right ? 'y' : 'n');
        await expect(next.or(page.locator('.domc-option-text').filter({ hasNotText: option }))).toBeVisible();
        if (n === 1 && step === 0) await expect(page.locator('.domc-status')).toHaveText(/^(Yes|No)\. /);
        if (n === 2 && step === 0) await themes(page);
      }
      await expect(page.locator('.domc-status')).toHaveText(
        new RegExp(`Item ${n}: ${n === 1 ? 'wrong' : 'right'}\\.$`),
      );
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
    }

    await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
    await expect(page.getByRole('status', { name: 'Score' })).toHaveText(new RegExp(`^${count - 1} of ${count} `));
    const items = page.getByRole('list', { name: 'Every item, option by option' }).locator(':scope > li');
    await expect(items).toHaveCount(count);
    await expect(items.first()).toContainText(`Wrong: ${first.prompt}`);
    for (const item of await items.all()) await expect(item).toContainText('Your answer: ');
    await expect(items.first().getByText(/^Your answer: (Yes|No), wrong$/)).toHaveCount(1);
    await expect(page.getByText('(extra option, not scored)', { exact: false })).toHaveCount(
      expectedExtras(seed, questions),
    );
    await themes(page);

    // Progress: one attempt at the chapter quiz, and the missed question in spaced review.
    const saved = await progress(page);
    expect(saved.quizzes[chapter]).toMatchObject({ attempts: 1, lastScore: count - 1, lastTotal: count });
    expect(Object.keys(saved.review)).toEqual([`${chapter}/${first.id}`]);
    await page.goto('/review/');
    await waitForHydration(page);
    await expect(page.getByRole('listitem').filter({ hasText: first.prompt })).toBeVisible();
  });

  test('review offers the due questions in DOMC form, and each result moves its schedule', async ({ page }) => {
    const q = questions.find((x) => x.type === 'single')!;
    const key = `${chapter}/${q.id}`;
    await page.goto('/review/');
    const now = await page.evaluate(() => Date.now());
    await page.evaluate(({ k, v }) => localStorage.setItem(k, v), {
      k: KEY,
      v: JSON.stringify({
        version: 2,
        lessons: {},
        goals: {},
        quizzes: {},
        review: { [key]: { step: 0, due: now - 1000, missedAt: now - 86_400_000 } },
        exams: [],
        prefs: {},
      }),
    });
    await page.reload();
    await page.getByRole('link', { name: 'Review due questions in DOMC format' }).click();
    await waitForHydration(page);
    await expect(page.getByText('1 question due for review')).toBeVisible();
    const next = page.getByRole('button', { name: 'See results' });
    while (!(await next.isVisible())) {
      const option = (await page.locator('.domc-option-text').innerText()).trim();
      await page.getByRole('button', { name: (await optionIsRight(page, q)) ? 'Yes' : 'No', exact: true }).click();
      await expect(next.or(page.locator('.domc-option-text').filter({ hasNotText: option }))).toBeVisible();
    }
    await themes(page);
    await next.click();
    await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
    expect((await progress(page)).review[key]).toMatchObject({ step: 1 });
  });

  test('the quiz page loads no DOMC code; the DOMC page stays within the quiz budget', async ({ page }) => {
    const scripts = trackScriptBytes(page);
    await page.goto(`/learn/${chapter}/quiz/`);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(scripts.urls().filter((u) => /domc/i.test(u))).toEqual([]);

    const domc = trackScriptBytes(page);
    await page.goto(`/learn/${chapter}/quiz/domc/`);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    const total = await domc.totalWithInline();
    console.log(`DOMC page JS (gzip): ${total} B`);
    expect(total, domc.urls().join(', ')).toBeLessThanOrEqual(20 * 1024);
  });
});

test.describe('Okta-format exam', () => {
  test.slow();

  test('Part I runs with a timer and Mark for review, Part II runs timed tasks, and the end gives a breakdown per part and per chapter', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/exam/');
    await page.getByRole('link', { name: 'Okta-format exam' }).click();
    await expect(page).toHaveURL('/exam/okta/');
    await page.goto('/exam/okta/?seed=e2e-okta');
    await waitForHydration(page);
    await expect(page.getByRole('heading', { name: 'Part II: hands-on tasks' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'hands-on tasks' })).toHaveAttribute('href', '/tasks/');
    await page.getByRole('button', { name: 'Start Part I' }).click();
    await expect(page.getByText(/^Part I, time left: \d+ min \d+ s/)).toBeVisible();

    const mark = page.getByRole('button', { name: 'Mark for review' });
    await mark.click();
    await expect(mark).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Marked for review: 1')).toBeVisible();
    await themes(page);

    // Every answer is Yes: it decides a single-answer item at once, a multiple-answer item at its
    // first wrong option or last right one, and an extra option may take one more answer.
    const partTwo = page.getByRole('heading', { name: 'Part II: hands-on tasks' });
    const where = async (): Promise<string> =>
      (await partTwo.isVisible())
        ? 'done'
        : `${await page.locator('#domc-item').innerText()} / ${await page.locator('.domc-option-text').innerText()}`;
    let items = 1;
    for (let presses = 0; presses < 100 && !(await partTwo.isVisible()); presses++) {
      const before = await where();
      await page.keyboard.press('y');
      await expect.poll(where).not.toBe(before);
      const now = await where();
      if (now !== 'done' && !now.startsWith(`Item ${items} of`)) {
        items++;
        // The next item is read out whole: Yes and No keep focus, so nothing else would say it.
        const prompt = (await page.locator('.domc-prompt').innerText()).trim();
        const option = (await page.locator('.domc-option-text').innerText()).trim();
        await expect(page.locator('.domc-status')).toHaveText(
          `Yes. Item ${items - 1} recorded. Item ${items} of 20: ${prompt} Option: ${option}`,
        );
      }
    }
    expect(items).toBe(20);

    // Part II: the timed tasks, each in a full playground, handed in untouched, so none is met.
    await expect(partTwo).toBeFocused();
    await page.getByRole('button', { name: 'Start Part II' }).click();
    await expect(page.getByRole('timer')).toHaveText(/^Time left: \d+:\d\d$/);
    await expect(page.getByRole('heading', { name: /^Task 1 of 3: / })).toBeVisible();
    await page.getByRole('button', { name: 'Hand in and go to the next task' }).click();
    await expect(page.getByRole('heading', { name: /^Task 2 of 3: / })).toBeFocused();
    await page.getByRole('button', { name: 'Hand in and go to the next task' }).click();
    await page.getByRole('button', { name: 'Hand in and finish' }).click();

    const results = page.getByRole('heading', { name: 'Okta-format exam results' });
    await expect(results).toBeVisible();
    const byPart = page.getByRole('table', { name: 'By part' });
    await expect(byPart.getByRole('row', { name: /Part I: DOMC items \d+ of 20/ })).toBeVisible();
    await expect(byPart.getByRole('row', { name: 'Part II: hands-on tasks 0 of 3' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /: not met$/ })).toHaveCount(3);
    await expect(
      page
        .getByRole('list', { name: /^Checks of / })
        .first()
        .getByText('not met')
        .first(),
    ).toBeVisible();
    const byChapter = page.getByRole('table', { name: 'By chapter' });
    expect(await byChapter.getByRole('row').count()).toBeGreaterThan(2);
    await expect(page.getByRole('list', { name: 'Every item, option by option' }).locator(':scope > li')).toHaveCount(
      20,
    );
    await expect(page.getByText('(marked for review)')).toHaveCount(1);
    await themes(page);

    const saved = await progress(page);
    expect(saved.exams).toHaveLength(1);
    expect(saved.exams[0]!.total).toBe(23);
    // Missed items join review, and so does the marked first item even if it was right.
    const firstRight = (
      await page
        .getByText(/^(Right|Wrong):/)
        .first()
        .innerText()
    ).startsWith('Right');
    expect(Object.keys(saved.review)).toHaveLength(20 - saved.exams[0]!.score + (firstRight ? 1 : 0));
  });
});

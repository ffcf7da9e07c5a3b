import { axeViolations, expect, test, trackScriptBytes, waitForHydration } from './fixtures.ts';
import { answerByMouse, currentQuestion, form, group, readQuiz, rightOptions } from './quiz-helpers.ts';

const chapter = 'tokens-at-a-glance';
const url = `/learn/${chapter}/quiz/?seed=e2e`;
const questions = readQuiz(chapter);

test.describe('chapter quiz', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    await waitForHydration(page);
    await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
  });

  test('a reader takes the quiz by mouse, sees feedback and explanations, and gets the right score', async ({
    page,
  }) => {
    // Answer every question right except the first two, which are answered wrong.
    const wrong = new Set<string>();
    for (let i = 0; i < questions.length; i++) {
      const q = await currentQuestion(page, questions);
      const answerWrong = i < 2;
      if (answerWrong) wrong.add(q.id);
      await answerByMouse(page, q, answerWrong);
      const feedback = form(page, q).locator('.feedback');
      await expect(feedback).toContainText(answerWrong ? 'Not quite.' : 'Correct.');
      // The explanation of the right option is shown with it.
      await expect(feedback).toContainText(q.type === 'order' ? 'The right order:' : rightOptions(q)[0]!);
      await expect(feedback.getByRole('link', { name: /^Revisit the lesson/ })).toBeVisible();
      if (q.type === 'predict')
        await expect(feedback.getByRole('link', { name: 'Try it in the playground' })).toBeVisible();
      await page.getByRole('button', { name: i === questions.length - 1 ? 'See results' : 'Next question' }).click();
    }
    const score = page.getByRole('status', { name: 'Score' });
    await expect(score).toHaveText(
      `${questions.length - 2} of ${questions.length} (${Math.round(((questions.length - 2) * 100) / questions.length)}%)`,
    );
    await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
    await expect(page.getByText(/^Time taken:/)).toBeVisible();
    await expect(page.getByRole('link', { name: /^Next chapter:/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Retake this exact quiz' })).toHaveAttribute('href', '?seed=e2e');

    // "Retry wrong answers only" brings back exactly the two missed questions.
    await page.getByRole('button', { name: 'Retry wrong answers only' }).click();
    await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
    expect(wrong.has((await currentQuestion(page, questions)).id)).toBe(true);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByText('Choose an answer first.')).toBeVisible();

    // The retry is practice: all right is 2 of 2, but it never reports "Passed".
    for (let i = 0; i < 2; i++) {
      await answerByMouse(page, await currentQuestion(page, questions));
      await page.getByRole('button', { name: i === 1 ? 'See results' : 'Next question' }).click();
    }
    await expect(score).toHaveText('2 of 2 (100%)');
    await expect(page.getByText(/^2 of 2 \(100%\) Practice: it does not count toward the pass mark/)).toBeVisible();
    await expect(page.getByText(/Passed:/)).toHaveCount(0);
    // A retry has no "exact quiz" of its own to retake.
    await expect(page.getByRole('link', { name: 'Retake this exact quiz' })).toHaveCount(0);
  });

  test('after an answer, the feedback links each fact the key rests on, and a link leads to that fact', async ({
    page,
  }) => {
    const q = await currentQuestion(page, questions);
    // The YAML names the facts by id; the page shows them as links with the facts' titles.
    const ids = (q as unknown as { facts: string[] }).facts;
    await answerByMouse(page, q, true);
    const sources = form(page, q).locator('.feedback .fact-links');
    await expect(sources).toContainText('Sources:');
    const links = sources.getByRole('link');
    await expect(links).toHaveCount(ids.length);
    expect(await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))).toEqual(
      ids.map((id) => `/facts/#${id}`),
    );
    const title = await links.first().innerText();
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`/facts/#${ids[0]}$`));
    await expect(page.getByRole('article', { name: title })).toBeInViewport();
  });

  test('a reader answers by keyboard alone, and focus follows the feedback and the next question', async ({ page }) => {
    for (let i = 0; i < 2; i++) {
      const q = await currentQuestion(page, questions);
      // This walk-through needs radio questions first; if the content or seed changes that, fail loudly.
      expect(['single', 'truefalse', 'predict'], 'the first two questions must be radio questions').toContain(q.type);
      const g = group(page, q);
      const names = await g
        .getByRole('radio')
        .evaluateAll((els) => els.map((e) => e.closest('label')!.innerText.trim()));
      const target = names.indexOf(rightOptions(q)[0]!);
      // Tab into the radio group (focus lands on the first option), arrows move, Space selects.
      const first = g.getByRole('radio').first();
      for (let t = 0; t < 30 && !(await first.evaluate((el) => el === document.activeElement)); t++)
        await page.keyboard.press('Tab');
      await expect(first).toBeFocused();
      for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      await expect(g.getByRole('radio', { name: rightOptions(q)[0]!, exact: true })).toBeChecked();
      // Enter on an option selects it rather than submitting.
      await page.keyboard.press('Enter');
      await expect(page.locator('.feedback')).toBeEmpty();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('.feedback')).toBeFocused();
      await expect(page.locator('.feedback')).toContainText('Correct.');
      const next = page.getByRole('button', { name: 'Next question' });
      for (let t = 0; t < 10 && !(await next.evaluate((el) => el === document.activeElement)); t++)
        await page.keyboard.press('Tab');
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: `Question ${i + 2} of ${questions.length}` })).toBeFocused();
    }
  });

  test('checkboxes move with the arrow keys and Enter toggles them', async ({ page }) => {
    await page.getByRole('radio', { name: 'All on one page' }).check();
    const q = questions.find((x) => x.type === 'multiple')!;
    const boxes = group(page, q).getByRole('checkbox');
    await boxes.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(boxes.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(boxes.nth(1)).toBeChecked();
    await page.keyboard.press('ArrowUp');
    await expect(boxes.first()).toBeFocused();
  });

  test('an order question reorders with buttons, keeps focus and announces the move', async ({ page }) => {
    await page.getByRole('radio', { name: 'All on one page' }).check();
    const q = questions.find((x) => x.type === 'order')!;
    const items = group(page, q).getByRole('listitem');
    const before = await items.allInnerTexts();
    const second = before[1]!.split('\n')[0]!.trim();
    const up = group(page, q).getByRole('button', { name: `Move up: ${second}`, exact: true });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(items.first()).toContainText(second);
    await expect(up).toBeFocused();
    await expect(form(page, q)).toContainText(`${second}: now step 1 of ${before.length}.`);
  });

  test('the layout choice is remembered across a reload, and progress survives it', async ({ page }) => {
    await page.getByRole('radio', { name: 'All on one page' }).check();
    await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(questions.length);
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByRole('radio', { name: 'All on one page' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(questions.length);
  });

  test('the same seed gives the same option order, another seed another order', async ({ page }) => {
    await page.getByRole('radio', { name: 'All on one page' }).check();
    const labels = await page.locator('label.option').allInnerTexts();
    await page.reload();
    await waitForHydration(page);
    expect(await page.locator('label.option').allInnerTexts()).toEqual(labels);
    await page.goto(url.replace('e2e', 'another'));
    await waitForHydration(page);
    expect(await page.locator('label.option').allInnerTexts()).not.toEqual(labels);
  });

  test('feedback and results pass axe in both themes', async ({ page }) => {
    // Four full axe runs over a page of answered questions: slow on a busy machine.
    test.slow();
    await page.getByRole('radio', { name: 'All on one page' }).check();
    for (const q of questions) await answerByMouse(page, q);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.getByRole('button', { name: 'See results' }).click();
    await expect(page.getByRole('status', { name: 'Score' })).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

// The budget for a quiz page: 20 KB of gzipped JavaScript, everything the page loads counted
// (inline scripts, Preact, hooks and the JSX runtime, the site script, the progress store and the
// quiz island with its feedback and results). `npm run size` shows where the bytes go.
test('the quiz page loads at most 20 KB of gzipped JavaScript, Preact and inline scripts included', async ({
  page,
}) => {
  const scripts = trackScriptBytes(page);
  await page.goto(`/learn/${chapter}/quiz/`);
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  const files = scripts.total();
  const total = await scripts.totalWithInline();
  console.log(`quiz page JS (gzip): ${files} B in files + ${total - files} B inline = ${total} B`);
  expect(total, scripts.urls().join(', ')).toBeLessThanOrEqual(20 * 1024);
});

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/domain/quiz/types.ts';

/**
 * The questions of a chapter quiz, read from its YAML like the build does. The schema's one
 * default (`correct: false` on a choice option that leaves it out) does not change how these
 * helpers read a question, and prompts are trimmed as the page shows them.
 */
export function readQuiz(chapter: string): Question[] {
  const data = parse(readFileSync(`src/content/quizzes/${chapter}.yaml`, 'utf8')) as { questions: Question[] };
  return data.questions.map((q) => ({ ...q, prompt: q.prompt.trim() }));
}

/** The option names a reader must choose to answer `q` right (empty for order questions). */
export function rightOptions(q: Question): string[] {
  if (q.type === 'truefalse') return [q.answer ? 'True' : 'False'];
  if (q.type === 'predict') return q.options.filter((o) => o.outcome === q.answer).map((o) => o.label ?? o.outcome);
  if (q.type === 'order') return [];
  return q.options.filter((o) => o.correct).map((o) => o.text);
}

/** A wrong option for `q` (order questions: none, they start shuffled and so are wrong as is). */
export function wrongOption(q: Question): string | undefined {
  if (q.type === 'truefalse') return q.answer ? 'False' : 'True';
  if (q.type === 'predict') return q.options.filter((o) => o.outcome !== q.answer).map((o) => o.label ?? o.outcome)[0];
  if (q.type === 'order') return undefined;
  return q.options.filter((o) => !o.correct).map((o) => o.text)[0];
}

/** The question group on screen, named by its prompt. */
export const group = (page: Page, q: Question): Locator => page.getByRole('group', { name: q.prompt, exact: true });

/**
 * Puts an order question's steps in the right order by clicking "Move up" buttons: for each
 * position, the step that belongs there moves up until it arrives.
 */
async function solveOrder(page: Page, q: Question): Promise<void> {
  if (q.type !== 'order') throw new Error(`${q.id} is not an order question`);
  const steps = q.steps.map((s) => s.text.trim());
  for (let target = 0; target < steps.length; target++) {
    const items = group(page, q).getByRole('listitem');
    let pos = (await items.allInnerTexts()).findIndex((t) => t.startsWith(steps[target]!));
    for (; pos > target; pos--) {
      await group(page, q)
        .getByRole('button', { name: `Move up: ${steps[target]}`, exact: true })
        .click();
    }
  }
}

/** Answers the question on screen with the mouse: right, or wrong when `wrong` is set. */
export async function answerByMouse(page: Page, q: Question, wrong = false): Promise<void> {
  const g = group(page, q);
  await expect(g).toBeVisible();
  if (q.type === 'order') {
    if (!wrong) await solveOrder(page, q);
  } else if (wrong) {
    await g.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: wrongOption(q)!, exact: true }).click();
  } else {
    for (const name of rightOptions(q))
      await g.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name, exact: true }).click();
  }
  await form(page, q).getByRole('button', { name: 'Check answer' }).click();
}

/** The whole question card (group, buttons and feedback) of `q`. */
export const form = (page: Page, q: Question): Locator => page.locator('form.question').filter({ has: group(page, q) });

/** Which question is on screen now (one-at-a-time layout). */
export async function currentQuestion(page: Page, questions: Question[]): Promise<Question> {
  const legend = (await page.locator('form.question legend').first().innerText()).trim();
  const q = questions.find((x) => x.prompt === legend);
  if (!q) throw new Error(`no question with the prompt "${legend}"`);
  return q;
}

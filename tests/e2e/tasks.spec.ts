/**
 * Hands-on tasks (issue 13): /tasks/ lists them, a task page grades the reader's work live in
 * "Task checks" from the simulated org, a wrong order of steps leaves checks "not met", the timed
 * set hands results in, and the pages are axe-clean in both schemes.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test, waitForHydration } from './fixtures.ts';

/** Focuses a control and presses Enter: the keyboard path. */
async function press(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await page.keyboard.press('Enter');
}

/** Replaces a field's text from the keyboard. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Picks a select option by keyboard type-ahead. */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await select.focus();
  await page.keyboard.type(label);
  await expect(select.locator('option:checked')).toHaveText(label);
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
  await expect(page.locator('.pg[data-ready]')).toBeVisible();
}

const checks = (page: Page) => page.getByRole('list', { name: 'Task checks' }).getByRole('listitem');
const status = (page: Page) => page.getByLabel('Response status');
const send = (page: Page) => press(page, page.getByRole('button', { name: 'Send request' }));

async function createToken(page: Page, name: string): Promise<void> {
  await typeInto(page, page.getByLabel('Token name'), name);
  await press(page, page.getByRole('button', { name: 'Create token' }));
  await expect(page.getByRole('group', { name: `Token value for ${name}` })).toBeVisible();
}

test('/tasks/ lists at least eight tasks, each linking to a page with the playground and Task checks', async ({
  page,
}) => {
  await page.goto('/tasks/');
  const links = page.getByRole('main').getByRole('listitem').getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(8);
  await links.filter({ hasText: 'Rotate the CI token without downtime' }).click();
  await expect(page).toHaveURL(/\/tasks\/rotate-ci-token\/$/);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rotate the CI token without downtime');
  await expect(checks(page)).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Send request' })).toBeVisible();
});

test('by keyboard, a reader rotates the CI token without downtime and sees every check met', async ({ page }) => {
  await open(page, '/tasks/rotate-ci-token/');
  for (const item of await checks(page).all()) await expect(item).toContainText('not met');
  const spoken = page.locator('.task-checks [aria-live="polite"]');

  await createToken(page, 'Rotated CI token');
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await expect(checks(page).nth(0)).toHaveText(/^✓?\s*met A token you created answers 200\.$/);
  await expect(spoken).toHaveText('Check met: A token you created answers 200.');

  await choose(page, page.getByLabel('Credential'), 'API token: CI pipeline');
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await expect(checks(page).nth(1)).toContainText(/^✓?\s*met/);

  await press(page, page.getByRole('button', { name: 'Revoke CI pipeline', exact: true }));
  await choose(page, page.getByLabel('Credential'), 'API token: CI pipeline');
  await send(page);
  await expect(status(page)).toHaveText('401 Unauthorized');
  for (const item of await checks(page).all()) await expect(item).not.toContainText('not met');
  await expect(page.getByText('4 of 4 met: task complete.')).toBeVisible();
  await expect(spoken).toContainText('All task checks are met.');
});

test('revoking the old token before the new one works leaves the no-downtime checks not met', async ({ page }) => {
  await open(page, '/tasks/rotate-ci-token/');
  await press(page, page.getByRole('button', { name: 'Revoke CI pipeline', exact: true }));
  await send(page);
  await expect(status(page)).toHaveText('401 Unauthorized');
  await createToken(page, 'Rotated CI token');
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await expect(checks(page).nth(0)).toContainText(/^✓?\s*met/);
  await expect(checks(page).nth(1)).toContainText('not met');
  await expect(checks(page).nth(2)).toContainText(/^✓?\s*met/);
  await expect(checks(page).nth(3)).toContainText('not met');
  await expect(page.getByText('2 of 4 met.')).toBeVisible();
});

test('the timed set runs three tasks under one timer and reports each result', async ({ page }) => {
  await page.goto('/tasks/timed/');
  await waitForHydration(page);
  await press(page, page.getByRole('button', { name: 'Start the timed set' }));
  await expect(page.getByRole('timer')).toHaveText(/^Time left: 1[56]:\d\d$/);
  await expect(page.getByRole('heading', { name: /^Task 1 of 3:/ })).toBeVisible();
  await expect(page.locator('.pg[data-ready]')).toBeVisible();
  // The exam shows no checks while the reader works.
  await expect(page.getByRole('list', { name: 'Task checks' })).toHaveCount(0);
  await send(page);
  await expect(status(page)).toHaveText('403 Forbidden');
  await createToken(page, 'First');
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await press(page, page.getByRole('button', { name: 'Hand in and go to the next task' }));
  await expect(page.getByRole('heading', { name: /^Task 2 of 3:/ })).toBeFocused();
  await press(page, page.getByRole('button', { name: 'Hand in and go to the next task' }));
  await press(page, page.getByRole('button', { name: 'Hand in and finish' }));
  await expect(page.getByRole('heading', { name: 'Results: 1 of 3 tasks met' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Make your first authenticated call: met' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stop the leak: not met' })).toBeVisible();
});

test('when time runs out, the timed set grades the task in progress as it stands and the rest as not met', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/tasks/timed/');
  await waitForHydration(page);
  await press(page, page.getByRole('button', { name: 'Start the timed set' }));
  await expect(page.locator('.pg[data-ready]')).toBeVisible();
  await send(page);
  await expect(status(page)).toHaveText('403 Forbidden');
  await page.clock.runFor('17:00');
  await expect(page.getByRole('heading', { name: 'Results: 0 of 3 tasks met' })).toBeFocused();
  // The call with no header was sent before time ran out, so that check of the first task counts.
  await expect(page.getByRole('list', { name: 'Checks of Make your first authenticated call' })).toContainText(
    /^✓?\s*met A call to \/api\/v1\/users with no Authorization header/,
  );
  await expect(page.getByRole('heading', { name: 'Stop the leak: not met' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`/tasks/ and a task page have no axe violations in the ${scheme} scheme`, async ({ page }) => {
    // axe reads the whole playground on the task page: give it time on a busy machine.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('/tasks/');
    expect(await axeViolations(page)).toEqual([]);
    await open(page, '/tasks/stop-the-leak/');
    await press(page, page.getByRole('button', { name: 'Revoke Deploy script', exact: true }));
    await expect(checks(page).nth(1)).toContainText(/^✓?\s*met/);
    expect(await axeViolations(page)).toEqual([]);
  });
}

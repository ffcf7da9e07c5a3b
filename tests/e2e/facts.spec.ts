import { expect, test } from './fixtures.ts';

/** The evidence page, and the citations that lead to it. */
const LESSON = '/learn/tokens-at-a-glance/what-an-api-token-is/';
const WINDOW = 'Valid for 30 days from creation or last use';

test.describe('the facts page', () => {
  test('shows a fact at its own anchor, with its status badge and quoted sources', async ({ page }) => {
    await page.goto('/facts/#token-value-shown-once');
    const fact = page.getByRole('article', { name: 'The value is shown only once' });
    await expect(fact).toHaveAttribute('id', 'token-value-shown-once');
    await expect(fact).toBeInViewport();
    await expect(fact.getByText('Confirmed', { exact: true })).toBeVisible();
    await expect(fact.getByRole('link', { name: 'Okta Developer: Create an API token', exact: true })).toHaveAttribute(
      'href',
      'https://developer.okta.com/docs/guides/create-an-api-token/main/',
    );
    await expect(fact.getByText('This is the only opportunity to see it')).toBeVisible();
    await expect(fact.getByRole('heading', { name: 'The value is shown only once' }).getByRole('link')).toHaveAttribute(
      'href',
      '#token-value-shown-once',
    );
  });

  test('shows both sides of a contested fact and the side the simulator follows', async ({ page }) => {
    await page.goto('/facts/#creator-suspended');
    const fact = page.getByRole('article', { name: "A suspended creator's token" });
    await expect(fact.getByText('Contested', { exact: true })).toBeVisible();
    await expect(fact.getByText('Side 1 (the simulator follows this side):')).toBeVisible();
    await expect(fact.getByText('Side 2:')).toBeVisible();
    await expect(fact.getByText(/Why the simulator follows side 1/)).toBeVisible();
  });

  test('says in words when Okta does not document something', async ({ page }) => {
    await page.goto('/facts/#bearer-with-api-token-undocumented');
    const fact = page.getByRole('article', { name: 'An API token sent with Bearer is not documented' });
    await expect(fact.getByText('Not documented by Okta', { exact: true })).toBeVisible();
    await expect(fact.getByText('In the simulator:')).toBeVisible();
  });

  test('hydrates no island', async ({ page }) => {
    await page.goto('/facts/');
    await expect(page.getByRole('heading', { level: 1, name: 'Facts and sources' })).toBeVisible();
    await expect(page.locator('astro-island')).toHaveCount(0);
  });
});

test.describe('citations in lessons', () => {
  test('a citation leads to its fact on the facts page', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByRole('link', { name: `source (fact: ${WINDOW})` }).click();
    await expect(page).toHaveURL(/\/facts\/#token-sliding-window$/);
    await expect(page.getByRole('article', { name: WINDOW })).toBeInViewport();
  });

  test('a citation works from the keyboard', async ({ page }) => {
    await page.goto(LESSON);
    await page.getByRole('link', { name: `source (fact: ${WINDOW})` }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/facts\/#token-sliding-window$/);
  });

  test('an undocumented fact is marked "not documented by Okta" where it is cited', async ({ page }) => {
    await page.goto(LESSON);
    const cite = page.getByRole('link', {
      name: 'not documented by Okta (fact: An API token sent with Bearer is not documented)',
    });
    await expect(cite).toBeVisible();
    await expect(cite).toHaveText(/^not documented by Okta/);
  });

  test("the lesson's Sources list comes from the facts it cites", async ({ page }) => {
    await page.goto(LESSON);
    const sources = page.getByRole('region', { name: 'Sources' });
    // Cited through token-not-exchangeable and others, not listed in the lesson's frontmatter.
    await expect(sources.getByRole('link', { name: /Core Okta API/ })).toHaveCount(1);
    await expect(sources.getByRole('link', { name: /okta-powershell-cli issue #86/ })).toBeVisible();
  });
});

test('the footer links to the facts page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Facts and sources' }).click();
  await expect(page).toHaveURL(/\/facts\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Facts and sources' })).toBeVisible();
});

test('the About page links to the facts page', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('main').getByRole('link', { name: 'facts and sources page' })).toHaveAttribute(
    'href',
    '/facts/',
  );
});

import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** WCAG 2.2 AA, spelled out so a new axe default cannot silently change what is checked. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Fixtures {
  /** Console messages matching these are not failures (e.g. the 404 test's own 404). */
  allowedConsole: RegExp[];
}

/**
 * Every page in every test fails on a Content Security Policy violation, an uncaught error or a
 * console error, so a CSP regression cannot hide behind a passing assertion.
 */
export const test = base.extend<Fixtures>({
  allowedConsole: [[], { option: true }],
  page: async ({ page, allowedConsole }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const text = m.text();
      if (!allowedConsole.some((r) => r.test(text))) problems.push(`console error: ${text}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
      });
    });
    await use(page);
    expect(problems, 'errors or CSP violations during the test').toEqual([]);
  },
});
export { expect };

/** Every page path listed in the built sitemap. */
export function sitemapPaths(): string[] {
  const dist = process.env['TOKENLAB_DIST'] ?? 'dist';
  const xml = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Runs axe with the WCAG 2.2 AA tags and returns a readable list of violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} -> ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/**
 * Gzip sizes of the JavaScript a page loads: every script file fetched since the call, and with
 * `totalWithInline()` the page's inline scripts too (Astro's island loader, theme-init). Every
 * budget test counts the same way.
 */
export function trackScriptBytes(page: Page): {
  total: () => number;
  totalWithInline: () => Promise<number>;
  urls: () => string[];
} {
  const sizes = new Map<string, number>();
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'script' || r.status() !== 200) return;
    try {
      sizes.set(r.url(), gzipSync(await r.body(), { level: 9 }).length);
    } catch {
      // The response body is gone (navigation): the next page measures again.
    }
  });
  const total = () => [...sizes.values()].reduce((a, b) => a + b, 0);
  return {
    total,
    totalWithInline: async () => {
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join(''),
      );
      return total() + gzipSync(inline, { level: 9 }).length;
    },
    urls: () => [...sizes.keys()],
  };
}

/** Waits until Astro has hydrated every island on the page. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from '@playwright/test';

/**
 * Checks over the built files themselves (no browser): every internal link and #anchor
 * resolves, every page is valid HTML, and the _headers policy allows what the pages run.
 */
const dist = process.env['TOKENLAB_DIST'] ?? 'dist';
const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const pages = walk(dist).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
const html = new Map(pages.map((f) => [f, readFileSync(f, 'utf8')]));

/** The file a site path is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidate = join(dist, clean);
  if (clean.endsWith('/')) return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : undefined;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

function ids(file: string): Set<string> {
  return new Set([...(html.get(file) ?? readFileSync(file, 'utf8')).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

test.describe('the built site', () => {
  test('every internal link, #anchor and asset reference resolves', () => {
    const broken: string[] = [];
    for (const [file, source] of html) {
      const here = '/' + relative(dist, file).replace(/index\.html$/, '');
      for (const m of source.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const ref = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|data:)/.test(ref)) continue;
        const [pathPart, hash] = ref.split('#') as [string, string | undefined];
        const target =
          pathPart === ''
            ? file
            : fileFor(pathPart.startsWith('/') ? pathPart : new URL(pathPart, `http://x${here}`).pathname);
        if (!target) {
          broken.push(`${here}: ${ref} (no such page or file)`);
          continue;
        }
        if (hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(hash))) {
          broken.push(`${here}: ${ref} (no element with id "${hash}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('every page is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Long lines of prose and attribute order are formatting, not validity.
        'attribute-boolean-style': 'off',
        'attribute-empty-style': 'off',
        // Astro writes <!DOCTYPE html> in upper case.
        'doctype-style': 'off',
        // Void elements: Astro writes <meta ...> without the self-closing slash.
        'void-style': 'off',
        // Astro islands are custom elements (<astro-island>) with non-standard attributes.
        'no-unknown-elements': 'off',
        // Shiki's <pre> holds inline <span>s with trailing whitespace; prettier-like formatting.
        'no-trailing-whitespace': 'off',
        // Sätteri writes &quot; etc. where raw characters would do.
        'no-redundant-character-reference': 'off',
        // HTML allows ids that start with a digit; headings such as "1. Choose the credential" get them.
        'valid-id': ['error', { relaxed: true }],
      },
    });
    const problems: string[] = [];
    for (const [file, source] of html) {
      // Astro writes `<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>`
      // in the body, just before the first island, wherever that island sits; it is Astro's, not
      // ours, so it is taken out before validating.
      const ours = source.replace(/<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g, '');
      const report = await validator.validateString(ours, file);
      for (const r of report.results)
        for (const msg of r.messages)
          problems.push(`${relative(dist, file)}:${msg.line}:${msg.column} ${msg.ruleId}: ${msg.message}`);
    }
    expect(problems).toEqual([]);
  });

  test("every page's styles are allowed by its own policy, with no inline style attributes", () => {
    const problems: string[] = [];
    for (const [file, source] of html) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(source)?.[1] ?? '';
      const styleSrc = policy.split(';').find((d) => d.trim().startsWith('style-src ')) ?? '';
      for (const m of source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        const hash = `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`;
        if (!styleSrc.includes(hash)) problems.push(`${relative(dist, file)}: a <style> that its CSP does not hash`);
      }
      // Shiki's colours are classes; a style="" attribute would need 'unsafe-inline'.
      if (/<[a-z][^>]*\sstyle="/i.test(source)) problems.push(`${relative(dist, file)}: a style="" attribute`);
    }
    expect(problems).toEqual([]);
  });

  test('_headers sends the security headers and allows every script and style hash the pages use', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: no-referrer');
    expect(headers).toMatch(/Permissions-Policy: \S/);
    expect(headers).not.toMatch(/SCRIPT_HASHES|STYLE_HASHES|'unsafe-inline'/);
    for (const [file, source] of html) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(source);
      expect(meta, `${file} has a CSP meta tag`).not.toBeNull();
      expect(meta![1], `${file}: no 'unsafe-inline' anywhere in its policy`).not.toContain("'unsafe-inline'");
      for (const h of meta![1]!.matchAll(/'sha256-[^']+'/g)) expect(headers, `${file} hash ${h[0]}`).toContain(h[0]);
    }
  });
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';

/**
 * Applies the reader's saved theme before first paint. Astro's processed <script>s are deferred
 * modules that run after the first paint (a flash of the wrong theme), so this small script is
 * injected at the `head-inline` stage instead: Astro adds its SHA-256 hash to the page's CSP,
 * unlike an `is:inline` script.
 */
/** @type {import('astro').AstroIntegration} */
const themeInit = {
  name: 'token-lab:theme-init',
  hooks: {
    'astro:config:setup': ({ injectScript }) => {
      const source = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
      // Inlined into every page, so its comments are dropped and its lines joined.
      const code = source
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join('');
      injectScript('head-inline', code);
    },
  },
};

/**
 * The public URL the site is deployed at. Canonical links, Open Graph URLs and the sitemap use
 * it. Set SITE_URL when you deploy somewhere else.
 */
const site = process.env.SITE_URL ?? 'https://tokenlab.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Styles are inlined: one round trip less before first paint (the whole sheet is ~3 KB gzip),
  // which is what Lighthouse's mobile LCP measures.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [themeInit, mdx(), preact(), sitemap()],
  markdown: {
    shikiConfig: {
      // Both themes pass WCAG AA contrast (github-dark fails it for comments, see TOOLCHAIN.md).
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      // light-dark() follows the page's color-scheme, so one rule serves Auto, Light and Dark.
      defaultColor: 'light-dark()',
      wrap: false,
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'self' covers Pagefind's own script, loaded from /pagefind/ when search opens;
        // 'wasm-unsafe-eval' is what Pagefind's WebAssembly search index needs to compile.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      styleDirective: {
        // Shiki writes each token's colour as an inline style="" attribute. Hashes cannot cover
        // style attributes, so 'unsafe-inline' is allowed for styles only; scripts stay strict.
        resources: ["'self'", "'unsafe-inline'"],
      },
    },
  },
});

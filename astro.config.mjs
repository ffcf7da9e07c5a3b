// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { chunkReport } from './scripts/chunk-report.mjs';
import { readFileSync } from 'node:fs';
import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';

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

/**
 * Code colours without inline styles. Shiki writes every token's colours as a style="" attribute,
 * which a Content Security Policy can only allow with 'unsafe-inline' for all styles. This
 * transformer moves them into two classes per token (`tl-<hex>` light, `td-<hex>` dark), and
 * `virtual:shiki-colors.css` defines exactly the colours the two themes use.
 * @type {import('shiki').ShikiTransformer}
 */
const shikiClasses = {
  name: 'token-lab:shiki-classes',
  pre(node) {
    // The block's background and text colours come from the stylesheet below.
    delete node.properties.style;
  },
  span(node) {
    const style = String(node.properties.style ?? '');
    const light = /--shiki-light:#([0-9a-f]+)/i.exec(style)?.[1]?.toLowerCase();
    const dark = /--shiki-dark:#([0-9a-f]+)/i.exec(style)?.[1]?.toLowerCase();
    // Anything beyond the two colours (say, italics from another theme) keeps its style, and
    // the CSP test then fails loudly instead of the style being lost silently.
    const rest = style
      .replace(/(^|;)\s*(color|--shiki-light|--shiki-dark)\s*:[^;]*/g, '')
      .replace(/;/g, '')
      .trim();
    if (!light || !dark || rest) return;
    delete node.properties.style;
    this.addClassToHast(node, [`tl-${light}`, `td-${dark}`]);
  },
};

/** The stylesheet for `shikiClasses`, built from the themes' own colours. */
function shikiColorsCss() {
  /** @param {import('shiki').ThemeRegistration} theme */
  const colors = (theme) => [
    ...new Set(
      [theme.colors?.['editor.foreground'], ...(theme.tokenColors ?? []).map((t) => t.settings?.foreground)]
        .filter((c) => typeof c === 'string')
        .map((c) => c.slice(1).toLowerCase()),
    ),
  ];
  const [lbg, lfg, dbg, dfg] = [
    githubLight.colors?.['editor.background'],
    githubLight.colors?.['editor.foreground'],
    githubDark.colors?.['editor.background'],
    githubDark.colors?.['editor.foreground'],
  ];
  return [
    `pre.astro-code{background-color:light-dark(${lbg},${dbg});color:light-dark(${lfg},${dfg});overflow-x:auto}`,
    `pre.astro-code [class*="tl-"]{color:light-dark(var(--tl),var(--td))}`,
    ...colors(githubLight).map((c) => `.tl-${c}{--tl:#${c}}`),
    ...colors(githubDark).map((c) => `.td-${c}{--td:#${c}}`),
  ].join('\n');
}

/**
 * Serves `virtual:shiki-colors.css`, imported by the base layout.
 * @type {import('vite').Plugin}
 */
const shikiColorsModule = {
  name: 'token-lab:shiki-colors',
  resolveId(id) {
    return id === 'virtual:shiki-colors.css' ? '\0virtual:shiki-colors.css' : undefined;
  },
  load(id) {
    return id === '\0virtual:shiki-colors.css' ? shikiColorsCss() : undefined;
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Stylesheets are inlined: on a slow mobile link each render-blocking CSS file costs at least a
  // round trip before first paint, and a page's CSS is only a few KB gzip. Astro hashes these
  // <style>s into the page's CSP, except those of components that MDX lessons import; so those
  // components carry no <style> (the diagrams' styles are src/styles/diagrams.css).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    themeInit,
    mdx(),
    preact(),
    sitemap(),
    // `npm run size` sets this to list every client chunk's modules by gzip size.
    ...(process.env.TOKENLAB_CHUNK_REPORT ? [chunkReport(process.env.TOKENLAB_CHUNK_REPORT)] : []),
  ],
  vite: { plugins: [shikiColorsModule] },
  markdown: {
    shikiConfig: {
      // Both themes pass WCAG AA contrast (github-dark fails it for comments, see TOOLCHAIN.md).
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      // light-dark() follows the page's color-scheme, so one rule serves Auto, Light and Dark.
      defaultColor: 'light-dark()',
      wrap: false,
      transformers: [shikiClasses],
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
        // No 'unsafe-inline': Shiki's colours are classes (shikiClasses above), and Astro hashes
        // the <style> elements it writes. Islands set styles through the CSSOM, which CSP allows.
        resources: ["'self'"],
      },
    },
  },
});

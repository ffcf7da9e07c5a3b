// Writes dist/sw.js, the offline service worker, from scripts/service-worker.js. Runs after
// Pagefind (npm's postbuild), because the search index is part of what it precaches.
// Usage: node scripts/build-sw.mjs [distDir]
//
// A small hand-written worker rather than workbox-build: the site needs precaching and an update
// prompt only, which is about forty lines, while workbox-build brings Rollup, Babel and Terser
// (well over a hundred packages) into the install to generate the same.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const walk = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

/**
 * Files a reader never needs offline: host configuration, the sitemap, the social-card image,
 * Pagefind's ready-made UIs and highlighter (the site uses its own search dialog), and Pagefind's
 * WebAssembly for pages of unknown language (every page says lang="en").
 */
const SKIP = [
  /^_headers$/,
  /^sw\.js$/,
  /^sitemap.*\.xml$/,
  /^screenshot\.png$/,
  /^pagefind\/wasm\.unknown\.pagefind$/,
  /^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/,
];

const files = walk(dist)
  .map((f) => relative(dist, f).split(sep).join('/'))
  .filter((f) => !SKIP.some((r) => r.test(f)))
  .sort();
// Pages are requested by their directory URL (trailingSlash: 'always'), not as index.html.
const urls = files.map((f) => '/' + f.replace(/(^|\/)index\.html$/, '$1'));
const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
// The version changes whenever any precached file or the worker's own code does.
const hash = createHash('sha256').update(template);
for (const f of files) hash.update(f).update(readFileSync(join(dist, f)));
const version = hash.digest('hex').slice(0, 16);
// The placeholders as assigned, so the ESLint comment naming the list is left alone.
const placeholders = ["'__TOKENLAB_VERSION__';", '= __TOKENLAB_PRECACHE__;'];
for (const p of placeholders)
  if (!template.includes(p)) throw new Error(`scripts/service-worker.js has no ${p} placeholder`);
writeFileSync(
  join(dist, 'sw.js'),
  template.replace(placeholders[0], `'${version}';`).replace(placeholders[1], `= ${JSON.stringify(urls)};`),
);
const bytes = files.reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
console.log(`sw.js: ${urls.length} files precached (${Math.round(bytes / 1024)} KB), version ${version}`);

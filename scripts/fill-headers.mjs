// After the build: collects the script and style hashes from every page's CSP <meta> into
// dist/_headers, so the header policy (needed for frame-ancestors) allows exactly what the pages
// already allow.
//
// Astro hashes every <style> it writes, except the styles of components that MDX lessons import:
// those it inlines without a hash. No such component has a <style> of its own; the lesson
// diagrams' styles live in src/styles/diagrams.css, which LessonLayout imports. If one ever gets
// one, the built-site e2e test ("every page's styles are allowed by its own policy") fails.
// Usage: node scripts/fill-headers.mjs [distDir]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const walk = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
const hashes = { 'script-src': new Set(), 'style-src': new Set() };
for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
  const meta = META.exec(readFileSync(file, 'utf8'));
  if (!meta) continue;
  const directives = meta[1].split(';');
  for (const [directive, set] of Object.entries(hashes)) {
    const value = directives.find((d) => d.trim().startsWith(`${directive} `));
    for (const m of value?.matchAll(/'sha(256|384|512)-[^']+'/g) ?? []) set.add(m[0]);
  }
}
const path = join(dist, '_headers');
const template = readFileSync(path, 'utf8');
for (const p of ['SCRIPT_HASHES', 'STYLE_HASHES'])
  if (!template.includes(p)) throw new Error(`${path} has no ${p} placeholder`);
writeFileSync(
  path,
  template
    .replace('SCRIPT_HASHES', [...hashes['script-src']].sort().join(' '))
    .replace('STYLE_HASHES', [...hashes['style-src']].sort().join(' ')),
);
console.log(
  `_headers: ${hashes['script-src'].size} script and ${hashes['style-src'].size} style hashes from the built pages`,
);

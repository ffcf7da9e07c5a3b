// After the build, two steps over every page:
// 1. Adds the SHA-256 hash of each inline <style> to the page's CSP <meta> when Astro left it out.
//    Stylesheets are inlined (no render-blocking CSS request, see astro.config.mjs), and Astro
//    does not hash the styles of components that MDX lessons import (the diagrams). The hash
//    allows that exact text only, so the policy stays free of 'unsafe-inline'.
// 2. Collects the script and style hashes from every page's CSP <meta> into dist/_headers, so the
//    header policy (needed for frame-ancestors) allows exactly what the pages already allow.
// Usage: node scripts/fill-headers.mjs [distDir]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const walk = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
const hashes = { 'script-src': new Set(), 'style-src': new Set() };
let added = 0;
for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
  let html = readFileSync(file, 'utf8');
  const meta = META.exec(html);
  if (!meta) continue;
  const directives = meta[1].split(';');
  const i = directives.findIndex((d) => d.trim().startsWith('style-src '));
  if (i >= 0) {
    for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
      if (directives[i].includes(hash)) continue;
      directives[i] = `${directives[i]} ${hash}`;
      added++;
    }
    const policy = directives.join(';');
    if (policy !== meta[1]) {
      html = html.replace(meta[0], meta[0].replace(meta[1], policy));
      writeFileSync(file, html);
    }
  }
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
  `_headers: ${hashes['script-src'].size} script and ${hashes['style-src'].size} style hashes from the built pages` +
    (added ? ` (${added} inline style hashes added to page policies)` : ''),
);

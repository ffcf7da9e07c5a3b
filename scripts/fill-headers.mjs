// After the build: collects the script hashes from every page's CSP <meta> and writes them into
// dist/_headers, so the header policy (needed for frame-ancestors) allows exactly the scripts
// the pages already allow. Usage: node scripts/fill-headers.mjs [distDir]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const hashes = new Set();
for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'));
  const scriptSrc = meta?.[1].split(';').find((d) => d.trim().startsWith('script-src'));
  for (const m of scriptSrc?.matchAll(/'sha(256|384|512)-[^']+'/g) ?? []) hashes.add(m[0]);
}
const path = join(dist, '_headers');
const template = readFileSync(path, 'utf8');
if (!template.includes('SCRIPT_HASHES')) throw new Error(`${path} has no SCRIPT_HASHES placeholder`);
writeFileSync(path, template.replace('SCRIPT_HASHES', [...hashes].sort().join(' ')));
console.log(`_headers: ${hashes.size} script hashes from the built pages`);

// Codemod: writes the file extension into every extensionless relative import, the house style
// (`./x.ts`, `./X.tsx`, `./dir/index.ts`), so that Node can run the TypeScript sources as they
// are and a reader sees which file an import names. ESLint's import-style block (eslint.config.js)
// keeps it that way. Idempotent: a specifier that already names a file is left alone, so it can be
// run again after merging branches written in the old style.
//
// It reads import and export declarations, `import()` calls and side-effect imports with
// TypeScript's own scanner (ts.preProcessFile), which skips comments and strings. In .astro files
// it reads the frontmatter and the <script> blocks; in .mdx files the top-level import and export
// lines outside code fences.
//
// Usage: node scripts/add-import-extensions.mjs [--check] [dir ...]   (default: src tests scripts);
// `npm run format:imports` runs it over the defaults.
//   --check  changes nothing; lists what it would change and exits 1 if anything would.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const check = args.includes('--check');
const roots = args.filter((a) => a !== '--check');
const SOURCE = /\.(ts|tsx|mts|js|mjs|astro|mdx)$/;
// Tried in TypeScript's own order: a file before a folder's index.
const CANDIDATES = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

const walk = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
    return e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)];
  });

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/** The [start, end) ranges of a file that hold JavaScript or TypeScript. */
function codeRanges(file, text) {
  if (file.endsWith('.astro')) {
    const ranges = [];
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (front) ranges.push([front.index + 4, front.index + 4 + front[1].length]);
    for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
      const start = m.index + m[0].indexOf('>') + 1;
      ranges.push([start, start + m[1].length]);
    }
    return ranges;
  }
  if (file.endsWith('.mdx')) {
    const ranges = [];
    let offset = 0;
    let fenced = false;
    for (const line of text.split('\n')) {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      else if (!fenced && /^(import|export)\s/.test(line)) ranges.push([offset, offset + line.length]);
      offset += line.length + 1;
    }
    return ranges;
  }
  return [[0, text.length]];
}

let changedFiles = 0;
let changedImports = 0;
const unresolved = [];
for (const root of roots.length > 0 ? roots : ['src', 'tests', 'scripts']) {
  for (const file of walk(root).filter((f) => SOURCE.test(f))) {
    const text = readFileSync(file, 'utf8');
    const edits = [];
    for (const [start, end] of codeRanges(file, text)) {
      const code = text.slice(start, end);
      for (const ref of ts.preProcessFile(code, true, true).importedFiles) {
        const spec = ref.fileName;
        if (!/^\.\.?\//.test(spec)) continue;
        const target = resolve(dirname(file), spec);
        if (isFile(target)) continue;
        const ext = CANDIDATES.find((c) => isFile(target + c));
        if (!ext) {
          unresolved.push(`${file}: ${spec}`);
          continue;
        }
        // The scanner's position is the opening quote; the specifier follows it.
        const at = code.indexOf(spec, ref.pos);
        if (at < 0) throw new Error(`${file}: cannot find ${spec} where the scanner saw it`);
        edits.push({ at: start + at + spec.length, insert: ext });
      }
    }
    if (edits.length === 0) continue;
    changedFiles++;
    changedImports += edits.length;
    if (check) {
      console.log(`${relative('.', file)}: ${edits.length} extensionless import(s)`);
      continue;
    }
    let out = text;
    for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at);
    writeFileSync(file, out);
  }
}
for (const u of unresolved) console.warn(`not found, left as it is: ${u}`);
console.log(
  `${check ? 'would add' : 'added'} ${changedImports} extension(s) in ${changedFiles} file(s)` +
    (unresolved.length ? `; ${unresolved.length} relative import(s) name no file` : ''),
);
if ((check && changedImports > 0) || unresolved.length > 0) process.exitCode = 1;

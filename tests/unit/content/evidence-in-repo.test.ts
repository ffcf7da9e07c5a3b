/**
 * The evidence lives in the repository: code, tests, scripts and the top-level documents cite
 * fact ids (src/content/facts/) or source ids (src/content/sources.yaml), never the old external
 * sheet of facts, its section numbers or its `[S<n>]` source numbers, which a person who clones
 * the repository cannot open. The patterns are written so that this file does not match them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** What an outside reference looks like; the second also catches one broken across comment lines. */
const OUTSIDE = [
  { name: 'the external facts file', pattern: /okta-fact[s]/ },
  { name: 'the sheet of facts', pattern: /\bfact(?:\s|[*#]|\/\/)*shee[t]/i },
  { name: 'a source number of the sheet', pattern: /\[S\d+\]/ },
];

/** Every text file under `dir`, skipping generated and installed folders. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', '.astro'].includes(entry.name) ? [] : files(path);
    return /\.(ts|tsx|mts|mjs|js|astro|mdx|md|yaml|json|css)$/.test(entry.name) ? [path] : [];
  });
}

/** `file:line: text` for each line of `text` where `pattern` starts a match. */
function hits(file: string, text: string, pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, `${pattern.flags}g`);
  return [...text.matchAll(global)].map((m) => {
    const line = text.slice(0, m.index).split('\n').length;
    return `${relative(ROOT, file)}:${line}: ${m[0].replace(/\s+/g, ' ')}`;
  });
}

const scanned = [
  ...['src', 'tests', 'scripts'].flatMap((dir) => files(join(ROOT, dir))),
  join(ROOT, 'README.md'),
  join(ROOT, 'ARCHITECTURE.md'),
];

describe('references to evidence outside the repository', () => {
  it('scans the source, the tests, the scripts and the top-level documents', () => {
    expect(scanned.length).toBeGreaterThan(100);
  });

  it.each(OUTSIDE)('none points at $name: cite a fact id instead', ({ pattern }) => {
    const found = scanned.flatMap((file) => hits(file, readFileSync(file, 'utf8'), pattern));
    expect(found).toEqual([]);
  });

  // The samples are joined at run time so that this file holds none of them.
  it.each([
    ['the facts file', ['see ../shared/okta', 'facts.md'].join('-'), [0]],
    ['a comment naming the sheet', ['// see the fact', 'sheet section 5'].join(' '), [1]],
    ['one broken across comment lines', [' * rests on the fact', ' * sheet (section 2)'].join('\n'), [1]],
    ['one broken across line comments', ['// rests on the fact', '// sheet (section 2)'].join('\n'), [1]],
    ['a numbered source', `error texts [S${28}]`, [2]],
    ['nothing in a fact id', '// see fact dpop-proof', []],
  ])('the patterns find %s', (_, text, expected) => {
    expect(OUTSIDE.flatMap(({ pattern }, i) => (pattern.test(text) ? [i] : []))).toEqual(expected);
  });
});

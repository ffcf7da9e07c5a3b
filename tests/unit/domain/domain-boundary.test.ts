/**
 * The simulator, the scenario runner and the outcome labels import nothing outside
 * `src/domain/`: no Preact, Astro, zod or `node:*`, so they run in any browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAIN = resolve(import.meta.dirname, '../../../src/domain');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const OWN = [...files(join(DOMAIN, 'okta-sim')), ...files(join(DOMAIN, 'scenarios')), join(DOMAIN, 'outcome.ts')];

describe('the domain boundary', () => {
  it.each(OWN.map((f) => [relative(DOMAIN, f), f]))('%s imports only relative modules inside src/domain', (_, file) => {
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1] ?? m[2] ?? '');
    for (const spec of specifiers) {
      expect(spec.startsWith('.'), `${spec} is not a relative import`).toBe(true);
      expect(resolve(dirname(file), spec).startsWith(DOMAIN), `${spec} leaves src/domain`).toBe(true);
    }
  });

  it('uses no DOM or Node globals in the simulator', () => {
    for (const file of OWN) {
      // Comments and string literals hold prose ("Okta does not document ..."), not code.
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
        .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
      expect(code, file).not.toMatch(
        /\b(window|document|localStorage|process|Buffer|require)\s*[.([]|Math\.random|Date\.now/,
      );
    }
  });
});

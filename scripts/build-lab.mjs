// Builds the lab server into one JavaScript file, dist-lab/token-lab.mjs, with the playground's
// scenarios next to it (dist-lab/scenarios/). Runs as `prepack`, so a packed or published
// package carries it: Node strips TypeScript types only outside node_modules, so an installed
// package cannot run src/lab/*.ts, while a clone can (bin/token-lab.mjs picks whichever exists).
//
// esbuild comes with the site's toolchain (Vite); the bundle includes the `yaml` parser and the
// simulator, and needs only Node.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

const out = new URL('../dist-lab/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [new URL('../src/lab/cli.ts', import.meta.url).pathname],
  outfile: new URL('token-lab.mjs', out).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  legalComments: 'none',
  // `yaml` resolves to CommonJS under Node, whose require() calls need a real `require`.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
cpSync(new URL('../src/content/scenarios/', import.meta.url), new URL('scenarios/', out), { recursive: true });
console.log('Built dist-lab/token-lab.mjs and dist-lab/scenarios/.');

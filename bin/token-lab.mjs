#!/usr/bin/env node
// `npx token-lab serve`: runs the lab server.
//
// Which code runs: the bundle `dist-lab/token-lab.mjs` when it exists (`npm pack` builds it
// through the `prepack` script, scripts/build-lab.mjs, because Node refuses to strip TypeScript
// types under node_modules), else the TypeScript sources in src/lab/, which Node 22.18+ and 24
// run directly by stripping their types (a clone after `npm install`; `npx` puts the project's
// Node 24 first on PATH).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist-lab/token-lab.mjs', import.meta.url);
const sources = new URL('../src/lab/cli.ts', import.meta.url);
const useBundle = existsSync(bundle);
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (!useBundle && !(major > 22 || (major === 22 && minor >= 18))) {
  console.error(
    `token-lab: Node ${process.versions.node} cannot run the TypeScript sources; run it through npx in the project (Node 24) or build the bundle with "npm pack".`,
  );
  process.exit(1);
}
const { main } = await import((useBundle ? bundle : sources).href);
process.exitCode = await main(process.argv.slice(2));

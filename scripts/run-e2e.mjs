// Runs the Playwright suite against the production build in dist/ (run `npm run build` first;
// `npm test` does). Finds or installs a Chromium first, so the run never hangs on a download.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const dist = process.env.TOKENLAB_DIST ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No built site in ${dist}/: run \`npm run build\` first.`);
  process.exit(1);
}
let executable;
try {
  executable = await findChromium();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TOKENLAB_CHROMIUM: executable },
});
process.exit(result.status ?? 1);

import type { KnipConfig } from 'knip';

/**
 * Knip lists unused files, exports and dependencies, and dependencies used but not declared
 * (`npm run lint`). The entry points are stated here rather than left to the plugins' defaults,
 * so that a new kind of entry shows up as "unused files" until it is named.
 */
const config: KnipConfig = {
  entry: [
    // scripts/bench.mjs starts these by path (`npx tsx scripts/bench-sim.ts`, `node scripts/…`),
    // which knip cannot follow. The other scripts are reached from package.json or by import.
    'scripts/bench-sim.ts',
    'scripts/bench-playground.mjs',
    'scripts/bench-lab.mjs',
    // The domain's public edges: what they export is the API other code (the lab server, a
    // reader's own tests) may use, whether or not this repository uses every name today.
    'src/domain/okta-sim/index.ts',
    'src/domain/scenarios/index.ts',
  ],
  // The site: the config, the content collections and every route. Layouts, components and
  // islands are reached from the routes through their imports.
  astro: {
    entry: ['astro.config.mjs', 'src/content.config.ts', 'src/pages/**/*.{astro,ts}', 'src/content/**/*.mdx'],
  },
  vitest: { entry: ['tests/unit/**/*.test.ts', 'tests/conformance/**/*.test.ts'] },
  playwright: { entry: ['tests/e2e/**/*.spec.ts'] },
  // A type used in its own module's signatures is part of that module's contract (a caller may
  // need to name it), so only exported values that nothing else uses are reported.
  ignoreExportsUsedInFile: { interface: true, type: true },
  // scripts/find-chromium.mjs installs Debian's Chromium with apt-get when none is found.
  // scripts/bench-lab.mjs pins the server to one core with taskset (util-linux) where it exists.
  ignoreBinaries: ['apt-get', 'taskset'],
};

export default config;

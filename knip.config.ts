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
    // The quiz islands' JSX runtime, which their per-file JSX pragmas name instead of importing.
    'src/islands/quiz/jsx-runtime.ts',
    'src/islands/quiz/jsx-dev-runtime.ts',
  ],
  // The site: the config, the content collections and every route. Layouts, components and
  // islands are reached from the routes through their imports.
  astro: {
    entry: ['astro.config.mjs', 'src/content.config.ts', 'src/pages/**/*.{astro,ts}', 'src/content/**/*.mdx'],
  },
  vitest: { entry: ['tests/unit/**/*.test.ts'] },
  playwright: { entry: ['tests/e2e/**/*.spec.ts'] },
  // A type used in its own module's signatures is part of that module's contract (a caller may
  // need to name it), so only exported values that nothing else uses are reported.
  ignoreExportsUsedInFile: { interface: true, type: true },
  // scripts/bench.mjs runs tsx through npx (see above).
  ignoreDependencies: ['tsx'],
  // scripts/find-chromium.mjs installs Debian's Chromium with apt-get when none is found.
  ignoreBinaries: ['apt-get'],
};

export default config;

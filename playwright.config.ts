import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs as args } from './scripts/chromium-flags.mjs';

// scripts/run-e2e.mjs finds a Chromium and passes it here; Playwright never downloads one.
const executablePath = process.env['TOKENLAB_CHROMIUM'];
const port = Number(process.env['E2E_PORT'] ?? 4399);
const dist = process.env['TOKENLAB_DIST'] ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    // The offline service worker would answer from its cache and precache the whole site in every
    // new context, changing what other tests measure; tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /no-js.*\.spec\.ts/ },
    {
      name: 'no-javascript',
      use: { ...devices['Desktop Chrome'], channel: undefined, javaScriptEnabled: false },
      testMatch: /no-js.*\.spec\.ts/,
    },
  ],
  webServer: {
    // `npx` runs astro on the project's Node 24; preview serves the production build.
    command: `npx astro preview --port ${port} --host 127.0.0.1 --outDir ${dist}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    stdout: 'ignore',
  },
});

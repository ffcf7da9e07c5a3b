import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: the domain must not need a DOM.
export default defineConfig({
  test: {
    environment: 'node',
    // tests/conformance/ starts the lab server on loopback and drives it with Okta's own SDK.
    include: ['tests/unit/**/*.test.ts', 'tests/conformance/**/*.test.ts'],
    coverage: {
      // The gate covers the domain, the code every feature's rules live in; islands, pages and
      // scripts are covered by the e2e suite instead. `npm run test:unit` fails below these.
      provider: 'v8',
      include: ['src/domain/**/*.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 95, branches: 85 },
    },
  },
});

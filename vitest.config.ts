import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: the domain must not need a DOM.
export default defineConfig({
  test: {
    environment: 'node',
    // tests/conformance/ starts the lab server on loopback and drives it with Okta's own SDK.
    include: ['tests/unit/**/*.test.ts', 'tests/conformance/**/*.test.ts'],
  },
});

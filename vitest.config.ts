import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: the domain must not need a DOM.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The integration test runs whole builds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

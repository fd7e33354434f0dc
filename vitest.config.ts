import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit and integration tests; the browser suite (tests/e2e) has its own config.
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // The integration test runs whole builds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

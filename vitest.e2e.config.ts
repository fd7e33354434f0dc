import { defineConfig } from 'vitest/config';

// The browser suite: runs against dist/ (`npm run test:e2e` builds it first), one file at
// a time, because each file drives Chromium and the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

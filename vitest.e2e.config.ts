import { defineConfig } from 'vitest/config';

/** Real-browser tests: the built extension in Chromium and Firefox, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    passWithNoTests: false,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['verbose'],
  },
});

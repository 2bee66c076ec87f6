import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // A suite that silently stops finding its files must fail, not pass.
    passWithNoTests: false,
    environment: 'node',
  },
});

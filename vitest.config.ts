import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Several suites start servers and databases; two cores is all CI has.
    maxWorkers: 2,
  },
});

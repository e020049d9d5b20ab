import { defineConfig } from 'vitest/config';

// End-to-end tests: the real built extension (dist/, dist-firefox/) in Debian Chromium and Firefox ESR.
// One browser at a time: the CI machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    passWithNoTests: true,
  },
});

import { defineConfig } from 'vitest/config';

// Unit tests: pure code in Node (the analyzer, CLI, validators, adapters' text maps via fixtures).
// Browser end-to-end tests have their own config (vitest.e2e.config.ts) and need `npm run build` first.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});

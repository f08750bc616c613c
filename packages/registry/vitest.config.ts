import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./src/testing/global-setup.ts'],
    // A PGlite or PostgreSQL database per file on a 2-core machine: generous, but never a timing assertion.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

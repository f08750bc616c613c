import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    // A PGlite or PostgreSQL database per file, and real sockets: generous, but never a timing assertion.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

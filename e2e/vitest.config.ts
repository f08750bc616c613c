import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A migrated PGlite template and the PostgreSQL URL for every test file, as the service's tests have.
    globalSetup: ['./test/global-setup.ts'],
    // Real processes, a real browser and a database per file on 2 shared cores: time limits guard against hangs, not speed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

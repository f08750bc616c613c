import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Custom elements, shadow DOM and form events without a browser; the real-browser tests live in apps/service/test.
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    // The first test of a file also pays for loading the rule sets and the analyzer: seconds on a loaded machine.
    testTimeout: 30_000,
  },
});

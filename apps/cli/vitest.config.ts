import { defineConfig } from 'vitest/config';

// The end-to-end tests start the real `lens` command: give them time on a 2-core machine.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } });

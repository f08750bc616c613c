import { defineConfig } from 'vitest/config';

// CI runs on 2 shared cores: the first Russian analysis compiles large regular expressions, and
// the differential tests run hundreds of cases. Time limits guard against hangs, not speed.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } });
